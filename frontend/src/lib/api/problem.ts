/** One field-level violation of an RFC 9457 problem (`violations[]`). */
export interface Violation {
  field: string;
  message: string;
}

export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  violations?: Violation[];
}

/**
 * Every failed API call rejects with an ApiProblem: the server's
 * application/problem+json body when it sent one, otherwise a problem built from
 * the HTTP status (status 0 means the server could not be reached at all).
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly violations: Violation[];

  constructor(body: ProblemBody & { status: number }) {
    super(body.detail ?? body.title ?? `HTTP ${body.status}`);
    this.name = 'ApiProblem';
    this.status = body.status;
    this.type = body.type ?? 'about:blank';
    this.title = body.title ?? '';
    this.detail = body.detail;
    this.instance = body.instance;
    this.violations = body.violations ?? [];
  }

  /** The slug of the problem type, e.g. `validation-failed` for `https://werkhub.nl/problems/validation-failed`. */
  get slug(): string {
    const last = this.type.split('/').pop();
    return last ?? this.type;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function isViolation(value: unknown): value is Violation {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Violation).field === 'string' &&
    typeof (value as Violation).message === 'string'
  );
}

/** Reads a failed response into an ApiProblem, tolerating bodies that are not problem+json. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body = (await response.clone().json()) as unknown;
      if (typeof body === 'object' && body !== null) {
        const b = body as Record<string, unknown>;
        return new ApiProblem({
          status: typeof b.status === 'number' ? b.status : response.status,
          type: typeof b.type === 'string' ? b.type : undefined,
          title: typeof b.title === 'string' ? b.title : undefined,
          detail: typeof b.detail === 'string' ? b.detail : undefined,
          instance: typeof b.instance === 'string' ? b.instance : undefined,
          violations: Array.isArray(b.violations) ? b.violations.filter(isViolation) : [],
        });
      }
    } catch {
      // Not parseable: fall through to a problem built from the status line.
    }
  }
  return new ApiProblem({ status: response.status, title: response.statusText || undefined });
}

/**
 * Maps server violations to form fields. The server names fields by their JSON
 * property (`kvkNumber`); a dotted path (`request.kvkNumber`) is matched on its
 * last segment. Violations that match no known field are returned in `other`.
 */
export function violationsByField<F extends string>(
  violations: Violation[],
  fields: readonly F[],
): { byField: Partial<Record<F, string>>; other: Violation[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: Violation[] = [];
  const known = new Set<string>(fields);
  for (const v of violations) {
    const candidates = [v.field, v.field.split('.').pop() ?? v.field, v.field.replace(/\[\d+\]$/, '')];
    const match = candidates.find((c) => known.has(c)) as F | undefined;
    if (match) {
      byField[match] = byField[match] ? `${byField[match]}; ${v.message}` : v.message;
    } else {
      other.push(v);
    }
  }
  return { byField, other };
}
