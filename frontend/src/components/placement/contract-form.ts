import type { Violation } from '@/lib/api/problem';
import type { ArrangementInput, ArrangementKind, Placement, PlacementContract } from '@/lib/api/types';
import { daysBetween } from '@/lib/dates';
import { formatAmountInput, parseAmount } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

/** The arrangement kinds in the order the editor shows them. */
export const ARRANGEMENT_KINDS: readonly ArrangementKind[] = ['JOBCOACH', 'OV_TOPUP', 'TRAINING', 'WORKPLACE_ADAPTATION', 'OTHER'];

/** The OV top-up the API assumes when none is given (docs/api.md); shown prefilled so nobody has to guess. */
export const DEFAULT_OV_TOPUP = 250;

/** One row of the arrangements editor: a kind that is ticked (sent) or not. */
export interface ArrangementRow {
  /** Stable React key and element id part; also maps server violations back to the row. */
  key: string;
  kind: ArrangementKind;
  on: boolean;
  /** As typed, Dutch notation (`250,00`); only for OV_TOPUP. */
  amount: string;
  description: string;
}

export interface ContractValues {
  startDate: string;
  /** Vast contract: no end date. */
  permanent: boolean;
  endDate: string;
  hoursPerWeek: string;
  jobcoach: string;
  arrangements: ArrangementRow[];
}

/** Field errors: `startDate`, `endDate`, `hoursPerWeek`, `jobcoach`, `arrangements`, `<rowKey>.amount`, `<rowKey>.description`. */
export type ContractErrors = Record<string, string>;

export function hasDescription(kind: ArrangementKind): boolean {
  return kind === 'TRAINING' || kind === 'WORKPLACE_ADAPTATION' || kind === 'OTHER';
}

/** "Scholing" and "Anders" say nothing without a description, so the API requires one. */
export function descriptionRequired(kind: ArrangementKind): boolean {
  return kind === 'TRAINING' || kind === 'OTHER';
}

function row(kind: ArrangementKind, index: number, on = false, amount?: number | null, description?: string | null): ArrangementRow {
  return {
    key: `${kind.toLowerCase()}-${index}`,
    kind,
    on,
    amount: kind === 'OV_TOPUP' ? formatAmountInput(amount ?? DEFAULT_OV_TOPUP) : '',
    description: description ?? '',
  };
}

/** A new contract: one unticked row per kind, OV-tegoed prefilled with € 250,00, hours from the vacancy when known. */
export function emptyContract(defaultHours?: number | null): ContractValues {
  return {
    startDate: '',
    permanent: false,
    endDate: '',
    hoursPerWeek: defaultHours ? String(defaultHours) : '',
    jobcoach: '',
    arrangements: ARRANGEMENT_KINDS.map((kind) => row(kind, 0)),
  };
}

/** The form for changing a placement's contract: its arrangements ticked, the other kinds offered unticked. */
export function contractFromPlacement(placement: Placement): ContractValues {
  const rows: ArrangementRow[] = [];
  for (const kind of ARRANGEMENT_KINDS) {
    const existing = placement.arrangements.filter((a) => a.kind === kind);
    if (existing.length === 0) rows.push(row(kind, 0));
    existing.forEach((a, i) => rows.push(row(kind, i, true, a.amount, a.description)));
  }
  return {
    startDate: placement.startDate,
    permanent: !placement.endDate,
    endDate: placement.endDate ?? '',
    hoursPerWeek: String(placement.hoursPerWeek),
    jobcoach: placement.jobcoach ?? '',
    arrangements: rows,
  };
}

/** What the form checks before sending; the server checks the same (and the date ranges) again. */
export function validateContract(values: ContractValues): ContractErrors {
  const errors: ContractErrors = {};
  if (!values.startDate) errors.startDate = nl.contract.startDateRequired;
  if (!values.permanent) {
    if (!values.endDate) errors.endDate = nl.contract.endDateRequired;
    else if (values.startDate && daysBetween(values.startDate, values.endDate) <= 0) errors.endDate = nl.contract.endDateAfterStart;
  }
  const hours = Number(values.hoursPerWeek);
  if (!/^\d+$/.test(values.hoursPerWeek.trim()) || hours < 1 || hours > 60) errors.hoursPerWeek = nl.contract.hoursRequired;
  if (!values.jobcoach) errors.jobcoach = nl.contract.jobcoachRequired;
  for (const r of values.arrangements) {
    if (!r.on) continue;
    if (r.kind === 'OV_TOPUP') {
      const amount = parseAmount(r.amount);
      if (amount === null || amount < 0.01 || amount > 10_000) errors[`${r.key}.amount`] = nl.contract.amountInvalid;
    }
    if (descriptionRequired(r.kind) && !r.description.trim()) errors[`${r.key}.description`] = nl.contract.descriptionRequired;
  }
  return errors;
}

/** The order in which the form focuses the first error. */
export function errorOrder(values: ContractValues): string[] {
  return [
    'startDate',
    'endDate',
    'hoursPerWeek',
    'jobcoach',
    'arrangements',
    ...values.arrangements.flatMap((r) => [`${r.key}.amount`, `${r.key}.description`]),
  ];
}

/** The element id of a contract field, for focusing the first error. */
export function contractFieldId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace('.', '-')}`;
}

/**
 * The request body, and for every sent arrangement the row it came from (the server names
 * violations by the index in the sent list: `arrangements[1].description`).
 */
export function toContract(values: ContractValues): { contract: PlacementContract; rowKeys: string[] } {
  const sent = values.arrangements.filter((r) => r.on);
  const arrangements: ArrangementInput[] = sent.map((r) => {
    const a: ArrangementInput = { kind: r.kind };
    if (r.kind === 'OV_TOPUP') a.amount = parseAmount(r.amount) ?? DEFAULT_OV_TOPUP;
    if (hasDescription(r.kind) && r.description.trim()) a.description = r.description.trim();
    return a;
  });
  const contract: PlacementContract = {
    startDate: values.startDate,
    hoursPerWeek: Number(values.hoursPerWeek),
    jobcoach: values.jobcoach,
    arrangements,
  };
  if (!values.permanent && values.endDate) contract.endDate = values.endDate;
  return { contract, rowKeys: sent.map((r) => r.key) };
}

const TOP_FIELDS = ['startDate', 'endDate', 'hoursPerWeek', 'jobcoach'] as const;

/**
 * Puts server violations at their field. The API names them with or without the
 * `placement.` prefix (the transition wraps the contract, PUT sends it bare), and names
 * arrangements by their index in the sent list.
 */
export function contractViolations(violations: Violation[], rowKeys: readonly string[]): { errors: ContractErrors; other: Violation[] } {
  const errors: ContractErrors = {};
  const other: Violation[] = [];
  const add = (field: string, message: string) => {
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  };
  for (const v of violations) {
    const path = v.field.replace(/^.*?\bplacement\./, '').replace(/^.*\.(?=(startDate|endDate|hoursPerWeek|jobcoach|arrangements)\b)/, '');
    const item = /^arrangements\[(\d+)\]\.(amount|description|kind)$/.exec(path);
    if (item) {
      const key = rowKeys[Number(item[1])];
      if (key && item[2] !== 'kind') add(`${key}.${item[2]}`, v.message);
      else add('arrangements', v.message);
    } else if (/^arrangements(\[\d+\])?$/.test(path)) {
      add('arrangements', v.message);
    } else if ((TOP_FIELDS as readonly string[]).includes(path)) {
      add(path, v.message);
    } else {
      other.push(v);
    }
  }
  return { errors, other };
}
