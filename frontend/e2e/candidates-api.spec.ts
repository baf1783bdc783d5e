import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
  API_URL,
  bearer,
  candidateProfile,
  municipalToken,
  putCandidate,
  runStamp,
  seedCandidate,
  someTalents,
  uniqueWord,
  userToken,
  type TalentRef,
} from './support';

// Issue 3 (talent profiles) through the real Keycloak and the real backend, without the browser:
// tenancy between municipalities, what each role sees in the JSON that leaves the server,
// bulk intake and erasure. Every run uses its own client numbers and names.

const candidatesUrl = (code: string, clientNumber?: string) =>
  `${API_URL}/api/municipalities/${code}/candidates${clientNumber === undefined ? '' : `/${encodeURIComponent(clientNumber)}`}`;

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

async function expectProblem(response: APIResponse, status: number): Promise<Problem> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(status);
  return problem;
}

/** The problem a caller gets for something that does not exist, to compare "not yours" against. */
async function expectNotFoundLike(response: APIResponse, reference: Problem): Promise<void> {
  const problem = await expectProblem(response, 404);
  expect(problem.type).toBe(reference.type);
  expect(problem.title).toBe(reference.title);
}

interface CandidatePage {
  items: { id: string; lastName: string }[];
  totalItems: number;
}

interface AuditEvent {
  action: string;
  actor: string;
  actorRole: string;
  candidateId: string;
  municipalityCode: string;
  route: string;
}

async function auditEvents(request: APIRequestContext, token: string, candidateId: string): Promise<{ raw: string; items: AuditEvent[] }> {
  const response = await request.get(`${API_URL}/api/audit-events`, { headers: bearer(token), params: { candidateId, size: '100' } });
  expect(response.status(), await response.text()).toBe(200);
  const raw = await response.text();
  return { raw, items: (JSON.parse(raw) as { items: AuditEvent[] }).items };
}

async function searchCandidates(request: APIRequestContext, token: string, query: Record<string, string>): Promise<CandidatePage> {
  const response = await request.get(`${API_URL}/api/candidates`, { headers: bearer(token), params: query });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as CandidatePage;
}

test.describe('municipal intake: idempotent PUT and tenancy', () => {
  let rotterdam: string;
  let capelle: string;
  const stamp = runStamp();
  const rotterdamNumber = `E2E-RTM-${stamp}`;
  const capelleNumber = `E2E-CAP-${stamp}`;

  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    rotterdam = await municipalToken(request, 'rotterdam');
    capelle = await municipalToken(request, 'capelle');
    await request.dispose();
  });

  test('a PUT creates (201) and the same body again changes nothing (200, same ETag and version)', async ({ request }) => {
    const profile = candidateProfile({ lastName: uniqueWord('Idem') });
    const created = await putCandidate(request, rotterdam, 'rotterdam', rotterdamNumber, profile);
    expect(created.status(), await created.text()).toBe(201);
    const first = (await created.json()) as { id: string; version: number; updatedAt: string; clientNumber: string; municipalityCode: string };
    expect(first.clientNumber).toBe(rotterdamNumber);
    expect(first.municipalityCode).toBe('rotterdam');
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    const etag = created.headers()['etag'];
    expect(etag).toBe(`"${first.version}"`);

    const again = await putCandidate(request, rotterdam, 'rotterdam', rotterdamNumber, profile);
    expect(again.status(), await again.text()).toBe(200);
    const second = (await again.json()) as typeof first;
    expect(again.headers()['etag']).toBe(etag);
    expect(second.version).toBe(first.version);
    expect(second.updatedAt).toBe(first.updatedAt);
    expect(second.id).toBe(first.id);

    const read = await request.get(candidatesUrl('rotterdam', rotterdamNumber), { headers: bearer(rotterdam) });
    expect(read.status()).toBe(200);
    expect(read.headers()['etag']).toBe(etag);

    // The unchanged PUT left no trace: one CREATED event, no UPDATED.
    const audit = await auditEvents(request, rotterdam, first.id);
    expect(audit.items.filter((e) => e.action === 'CREATED')).toHaveLength(1);
    expect(audit.items.filter((e) => e.action === 'UPDATED')).toHaveLength(0);

    // A real change with a stale If-Match is refused (412); with the current one it is an update.
    const stale = await request.put(candidatesUrl('rotterdam', rotterdamNumber), {
      headers: { ...bearer(rotterdam), 'If-Match': `"${first.version + 7}"` },
      data: { ...profile, hoursPerWeekMax: 36 },
    });
    await expectProblem(stale, 412);
    const changed = await request.put(candidatesUrl('rotterdam', rotterdamNumber), {
      headers: { ...bearer(rotterdam), 'If-Match': etag },
      data: { ...profile, hoursPerWeekMax: 36 },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    expect(((await changed.json()) as { version: number }).version).toBeGreaterThan(first.version);
    expect((await auditEvents(request, rotterdam, first.id)).items.filter((e) => e.action === 'UPDATED')).toHaveLength(1);
  });

  test("Capelle gets 404 for everything under Rotterdam, exactly as for an unknown client number", async ({ request }) => {
    const profile = candidateProfile({ lastName: uniqueWord('Rotterdammer') });
    const own = await seedCandidate(request, rotterdam, 'rotterdam', `${rotterdamNumber}-T`, profile);

    // What "does not exist" looks like for Capelle under its own code and under Rotterdam's.
    const unknownOwn = await expectProblem(
      await request.get(candidatesUrl('capelle', `ONBEKEND-${stamp}`), { headers: bearer(capelle) }),
      404,
    );
    const unknownThere = await expectProblem(
      await request.get(candidatesUrl('rotterdam', `ONBEKEND-${stamp}`), { headers: bearer(capelle) }),
      404,
    );
    expect(unknownThere.type).toBe(unknownOwn.type);

    const path = candidatesUrl('rotterdam', own.clientNumber);
    await expectNotFoundLike(await request.get(path, { headers: bearer(capelle) }), unknownOwn);
    await expectNotFoundLike(
      await request.put(path, { headers: bearer(capelle), data: candidateProfile({ lastName: 'Overschreven' }) }),
      unknownOwn,
    );
    await expectNotFoundLike(await request.delete(path, { headers: bearer(capelle) }), unknownOwn);
    await expectNotFoundLike(await request.get(candidatesUrl('rotterdam'), { headers: bearer(capelle) }), unknownOwn);
    await expectNotFoundLike(
      await request.post(`${candidatesUrl('rotterdam')}/bulk`, {
        headers: bearer(capelle),
        data: { items: [{ clientNumber: `${rotterdamNumber}-X`, profile }] },
      }),
      unknownOwn,
    );

    // Nor does Capelle see the audit trail of Rotterdam's candidate.
    const audit = await request.get(`${API_URL}/api/audit-events`, { headers: bearer(capelle), params: { candidateId: own.id } });
    if (audit.status() === 200) {
      expect(((await audit.json()) as { items: unknown[] }).items).toEqual([]);
    } else {
      await expectProblem(audit, 404);
    }

    // Nothing Capelle tried has touched Rotterdam's profile.
    const after = await request.get(path, { headers: bearer(rotterdam) });
    expect(after.status()).toBe(200);
    const body = (await after.json()) as { version: number; lastName: string };
    expect(body.version).toBe(own.version);
    expect(body.lastName).toBe(profile.lastName);
    expect((await request.get(candidatesUrl('rotterdam', `${rotterdamNumber}-X`), { headers: bearer(rotterdam) })).status()).toBe(404);
  });

  test("and the other way round: Capelle's profile is invisible to Rotterdam", async ({ request }) => {
    const profile = candidateProfile({ lastName: uniqueWord('Capellenaar'), postcode: '2901 AB' });
    const own = await seedCandidate(request, capelle, 'capelle', capelleNumber, profile);
    const unknown = await expectProblem(
      await request.get(candidatesUrl('rotterdam', `ONBEKEND-${stamp}`), { headers: bearer(rotterdam) }),
      404,
    );

    const path = candidatesUrl('capelle', capelleNumber);
    await expectNotFoundLike(await request.get(path, { headers: bearer(rotterdam) }), unknown);
    await expectNotFoundLike(await request.put(path, { headers: bearer(rotterdam), data: profile }), unknown);
    await expectNotFoundLike(await request.delete(path, { headers: bearer(rotterdam) }), unknown);
    await expectNotFoundLike(await request.get(candidatesUrl('capelle'), { headers: bearer(rotterdam) }), unknown);

    // Rotterdam's own list never contains it.
    const list = await request.get(candidatesUrl('rotterdam'), { headers: bearer(rotterdam), params: { size: '100', updatedSince: new Date(Date.now() - 3_600_000).toISOString() } });
    expect(list.status()).toBe(200);
    const ids = ((await list.json()) as { items: { id: string }[] }).items.map((c) => c.id);
    expect(ids).not.toContain(own.id);

    const still = await request.get(path, { headers: bearer(capelle) });
    expect(still.status()).toBe(200);
    expect(((await still.json()) as { version: number }).version).toBe(own.version);
  });
});

test.describe('visibility per role (the JSON that leaves the server)', () => {
  const stamp = runStamp();
  const searchWord = uniqueWord('zichtbaarheid');
  let rotterdam: string;
  let consultant: string;
  let jobcoach: string;
  let talents: TalentRef[];
  let visible: { id: string; clientNumber: string };
  let hidden: { id: string; clientNumber: string };
  let assigned: { id: string; clientNumber: string };
  let notAssigned: { id: string; clientNumber: string };

  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    rotterdam = await municipalToken(request, 'rotterdam');
    consultant = await userToken(request, 'consultant');
    jobcoach = await userToken(request, 'jobcoach');
    talents = await someTalents(request, consultant, 2);
    const motivation = `Ik wil werken als ${searchWord} in de haven.`;
    const talentInput = talents.map((t, i) => ({ code: t.code, level: 3 + i }));
    visible = await seedCandidate(request, rotterdam, 'rotterdam', `E2E-VIS-${stamp}-1`, candidateProfile({
      lastName: uniqueWord('Zichtbaar'), motivation, talents: talentInput, postcode: '3072 AP',
    }));
    hidden = await seedCandidate(request, rotterdam, 'rotterdam', `E2E-VIS-${stamp}-2`, candidateProfile({
      lastName: uniqueWord('Onzichtbaar'), motivation, consent: false, jobcoach: 'jobcoach',
    }));
    assigned = await seedCandidate(request, rotterdam, 'rotterdam', `E2E-VIS-${stamp}-3`, candidateProfile({
      lastName: uniqueWord('Begeleid'), motivation, jobcoach: 'jobcoach',
    }));
    notAssigned = await seedCandidate(request, rotterdam, 'rotterdam', `E2E-VIS-${stamp}-4`, candidateProfile({
      lastName: uniqueWord('Zelfstandig'), motivation, jobcoach: 'iemand-anders',
    }));
    await request.dispose();
  });

  test('a consultant gets no client number, gender, birth date, exact postcode or coordinates', async ({ request }) => {
    const response = await request.get(`${API_URL}/api/candidates/${visible.id}`, { headers: bearer(consultant) });
    expect(response.status(), await response.text()).toBe(200);
    const json = (await response.json()) as Record<string, unknown>;
    for (const key of ['clientNumber', 'gender', 'birthDate', 'postcode', 'latitude', 'longitude']) {
      expect(Object.keys(json), `consultant view must not carry ${key}`).not.toContain(key);
    }
    expect(json.postcodeArea).toBe('3072');
    expect(json.id).toBe(visible.id);
    expect(json.municipalityCode).toBe('rotterdam');
    expect(json.municipalityName).toBeTruthy();
    const raw = await response.text();
    expect(raw).not.toContain(visible.clientNumber);
    expect(raw).not.toContain('3072 AP');
    expect(raw).not.toContain('1990-05-03');
    // Talents come with their label, category and level.
    const shown = json.talents as { code: string; labelNl: string; category: string; level: number }[];
    expect(shown.map((t) => [t.code, t.level]).sort()).toEqual(talents.map((t, i) => [t.code, 3 + i]).sort());
    expect(shown.every((t) => t.labelNl && t.category)).toBe(true);
  });

  test('a consultant search result carries the same limited view', async ({ request }) => {
    const page = await searchCandidates(request, consultant, { q: searchWord, size: '100' });
    const hit = page.items.find((c) => c.id === visible.id) as Record<string, unknown> | undefined;
    expect(hit, 'the consenting profile is found').toBeTruthy();
    for (const key of ['clientNumber', 'gender', 'birthDate', 'postcode', 'latitude', 'longitude']) {
      expect(Object.keys(hit!)).not.toContain(key);
    }
  });

  test("the consultant's reads are in the municipality's audit log, without personal data", async ({ request }) => {
    expect((await request.get(`${API_URL}/api/candidates/${visible.id}`, { headers: bearer(consultant) })).status()).toBe(200);
    await searchCandidates(request, consultant, { q: searchWord });
    const { raw, items } = await auditEvents(request, rotterdam, visible.id);
    const read = items.find((e) => e.action === 'READ' && e.actor === 'consultant');
    expect(read, raw).toBeTruthy();
    expect(read!.actorRole).toBe('consultant');
    expect(read!.municipalityCode).toBe('rotterdam');
    expect(read!.route).toContain('/api/candidates/');
    expect(items.some((e) => e.action === 'SEARCH_HIT' && e.actor === 'consultant'), raw).toBe(true);
    expect(raw).not.toContain(visible.clientNumber);
    // Consultants and jobcoaches do not read the audit log.
    await expectProblem(await request.get(`${API_URL}/api/audit-events`, { headers: bearer(consultant) }), 403);
    await expectProblem(await request.get(`${API_URL}/api/audit-events`, { headers: bearer(jobcoach) }), 403);
  });

  test('a profile without consent is 404 for a consultant and absent from the search', async ({ request }) => {
    await expect
      .poll(async () => (await request.get(`${API_URL}/api/candidates/${hidden.id}`, { headers: bearer(consultant) })).status())
      .toBe(404);
    const problem = (await (await request.get(`${API_URL}/api/candidates/${hidden.id}`, { headers: bearer(consultant) })).json()) as Problem;
    expect(problem.status).toBe(404);

    const page = await searchCandidates(request, consultant, { q: searchWord, size: '100' });
    const ids = page.items.map((c) => c.id);
    expect(ids).toContain(visible.id); // the search itself works
    expect(ids).not.toContain(hidden.id);
  });

  test('a jobcoach sees the profiles assigned to them and nothing else', async ({ request }) => {
    const own = await request.get(`${API_URL}/api/candidates/${assigned.id}`, { headers: bearer(jobcoach) });
    expect(own.status(), await own.text()).toBe(200);
    const json = (await own.json()) as Record<string, unknown>;
    expect(json.jobcoach).toBe('jobcoach');
    expect(Object.keys(json)).not.toContain('clientNumber');

    await expectProblem(await request.get(`${API_URL}/api/candidates/${notAssigned.id}`, { headers: bearer(jobcoach) }), 404);
    await expectProblem(await request.get(`${API_URL}/api/candidates/${visible.id}`, { headers: bearer(jobcoach) }), 404);

    const page = await searchCandidates(request, jobcoach, { q: searchWord, size: '100' });
    const ids = page.items.map((c) => c.id);
    expect(ids).toContain(assigned.id);
    expect(ids).not.toContain(notAssigned.id);
    expect(ids).not.toContain(visible.id);
  });

  test('an admin gets 403 on the candidate routes', async ({ request }) => {
    const admin = await userToken(request, 'admin');
    await expectProblem(await request.get(`${API_URL}/api/candidates`, { headers: bearer(admin) }), 403);
    await expectProblem(await request.get(`${API_URL}/api/candidates/${visible.id}`, { headers: bearer(admin) }), 403);
  });

  test("municipal staff (user rotterdam) read Rotterdam's own profiles in full, but not the consultant routes", async ({ request }) => {
    const staff = await userToken(request, 'rotterdam');
    const response = await request.get(candidatesUrl('rotterdam', hidden.clientNumber), { headers: bearer(staff) });
    expect(response.status(), await response.text()).toBe(200);
    const json = (await response.json()) as Record<string, unknown>;
    expect(json.clientNumber).toBe(hidden.clientNumber);
    expect(json.gender).toBe('FEMALE');
    expect(json.birthDate).toBe('1990-05-03');
    expect(json.postcode).toBe('3072 AP');
    expect(json.consent).toBe(false);

    const list = await request.get(candidatesUrl('rotterdam'), { headers: bearer(staff), params: { size: '5' } });
    expect(list.status()).toBe(200);
    expect(((await list.json()) as { totalItems: number }).totalItems).toBeGreaterThanOrEqual(4);

    await expectProblem(await request.get(candidatesUrl('capelle'), { headers: bearer(staff) }), 404);
    await expectProblem(await request.get(`${API_URL}/api/candidates`, { headers: bearer(staff) }), 403);
  });
});

test.describe('bulk intake', () => {
  test('3 valid and 2 invalid items: an outcome per item, and the valid ones are stored', async ({ request }) => {
    const rotterdam = await municipalToken(request, 'rotterdam');
    const stamp = runStamp();
    const numbers = [1, 2, 3, 4, 5].map((i) => `E2E-BULK-${stamp}-${i}`);
    const items = [
      { clientNumber: numbers[0], profile: candidateProfile({ lastName: uniqueWord('Bulkeen') }) },
      { clientNumber: numbers[1], profile: candidateProfile({ lastName: uniqueWord('Bulktwee'), postcode: '0123 AB' }) },
      { clientNumber: numbers[2], profile: candidateProfile({ lastName: uniqueWord('Bulkdrie') }) },
      {
        clientNumber: numbers[3],
        // 111222333 passes the BSN eleven-test: never stored, wherever it appears.
        profile: candidateProfile({ lastName: uniqueWord('Bulkvier'), motivation: 'Mijn nummer is 111222333.' }),
      },
      { clientNumber: numbers[4], profile: candidateProfile({ lastName: uniqueWord('Bulkvijf') }) },
    ];

    const response = await request.post(`${candidatesUrl('rotterdam')}/bulk`, { headers: bearer(rotterdam), data: { items } });
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as {
      created: number;
      updated: number;
      unchanged: number;
      invalid: number;
      results: { index: number; clientNumber: string; outcome: string; candidateId?: string; problem?: Problem }[];
    };
    expect({ created: body.created, updated: body.updated, unchanged: body.unchanged, invalid: body.invalid }).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      invalid: 2,
    });
    const byIndex = new Map(body.results.map((r) => [r.index, r]));
    expect(body.results).toHaveLength(5);
    for (const i of [0, 2, 4]) {
      expect(byIndex.get(i)?.outcome, `item ${i}`).toBe('CREATED');
      expect(byIndex.get(i)?.clientNumber).toBe(numbers[i]);
      expect(byIndex.get(i)?.candidateId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const badPostcode = byIndex.get(1)!;
    expect(badPostcode.outcome).toBe('INVALID');
    expect(badPostcode.problem?.status).toBe(422);
    expect(badPostcode.problem?.violations?.map((v) => v.field).join(' ')).toContain('postcode');
    const bsn = byIndex.get(3)!;
    expect(bsn.outcome).toBe('INVALID');
    expect(bsn.problem?.status).toBe(422);
    expect(bsn.problem?.violations?.map((v) => v.field).join(' ')).toContain('motivation');
    expect(JSON.stringify(body)).not.toContain('111222333');

    for (const i of [0, 2, 4]) {
      const read = await request.get(candidatesUrl('rotterdam', numbers[i]), { headers: bearer(rotterdam) });
      expect(read.status(), `valid item ${i} is readable`).toBe(200);
      expect(((await read.json()) as { id: string }).id).toBe(byIndex.get(i)?.candidateId);
    }
    for (const i of [1, 3]) {
      expect((await request.get(candidatesUrl('rotterdam', numbers[i]), { headers: bearer(rotterdam) })).status(), `invalid item ${i}`).toBe(404);
    }

    // The same request again: nothing new, the valid items are unchanged.
    const again = await request.post(`${candidatesUrl('rotterdam')}/bulk`, { headers: bearer(rotterdam), data: { items } });
    expect(again.status()).toBe(200);
    const second = (await again.json()) as typeof body;
    expect({ created: second.created, unchanged: second.unchanged, invalid: second.invalid }).toEqual({ created: 0, unchanged: 3, invalid: 2 });
  });
});

test.describe('erasure (AVG art. 17)', () => {
  test('DELETE erases the person: 404 afterwards, not found by search, only an anonymous ERASED audit event', async ({ request }) => {
    const rotterdam = await municipalToken(request, 'rotterdam');
    const consultant = await userToken(request, 'consultant');
    const clientNumber = `E2E-DEL-${runStamp()}`;
    const firstName = uniqueWord('Voornaam');
    const lastName = uniqueWord('Vergeet');
    const created = await seedCandidate(request, rotterdam, 'rotterdam', clientNumber, candidateProfile({
      firstName,
      lastName,
      email: `${lastName}@example.nl`,
      motivation: `Mijn naam is ${lastName} en ik zoek werk in de logistiek.`,
    }));

    // Before: the consultant reads it and finds it by the name in the motivation.
    expect((await request.get(`${API_URL}/api/candidates/${created.id}`, { headers: bearer(consultant) })).status()).toBe(200);
    expect((await searchCandidates(request, consultant, { q: lastName })).items.map((c) => c.id)).toContain(created.id);

    const erased = await request.delete(candidatesUrl('rotterdam', clientNumber), { headers: bearer(rotterdam) });
    expect(erased.status(), await erased.text()).toBe(204);

    await expectProblem(await request.get(candidatesUrl('rotterdam', clientNumber), { headers: bearer(rotterdam) }), 404);
    await expectProblem(await request.get(`${API_URL}/api/candidates/${created.id}`, { headers: bearer(consultant) }), 404);
    const search = await searchCandidates(request, consultant, { q: lastName });
    expect(search.totalItems).toBe(0);
    expect(search.items).toEqual([]);
    // Deleting again is a 404 as well.
    await expectProblem(await request.delete(candidatesUrl('rotterdam', clientNumber), { headers: bearer(rotterdam) }), 404);

    const audit = await request.get(`${API_URL}/api/audit-events`, {
      headers: bearer(rotterdam),
      params: { candidateId: created.id, size: '100' },
    });
    expect(audit.status(), await audit.text()).toBe(200);
    const raw = await audit.text();
    const events = (JSON.parse(raw) as { items: { action: string; candidateId: string; municipalityCode: string }[] }).items;
    const erasedEvents = events.filter((e) => e.action === 'ERASED');
    expect(erasedEvents).toHaveLength(1);
    expect(erasedEvents[0].candidateId).toBe(created.id);
    expect(erasedEvents[0].municipalityCode).toBe('rotterdam');
    for (const personal of [firstName, lastName, clientNumber, `${lastName}@example.nl`, '3072 AP', '1990-05-03']) {
      expect(raw, `audit events must not contain ${personal}`).not.toContain(personal);
    }
  });
});
