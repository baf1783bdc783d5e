import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const API_URL = process.env.E2E_API_URL ?? 'http://localhost:8090';
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8190';
export const REALM = process.env.E2E_KEYCLOAK_REALM ?? 'werkhub';
export const TOKEN_URL = `${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`;

/** An 8-digit KvK number that differs per run (derived from the clock). */
export function uniqueKvk(): string {
  return String(Date.now()).slice(-8);
}

/** Opens the SPA, is redirected to the real Keycloak login page, and signs in there. */
export async function login(page: Page, username: string, password: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => !url.href.startsWith(KEYCLOAK_URL) && !url.searchParams.has('code'));
}

/** Axe (WCAG 2.0/2.1 A and AA) must find no serious or critical violation on the current page. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  expect(severe, `axe violations on ${what} (${page.url()})`).toEqual([]);
}

/** The page must not scroll sideways (it fits the viewport, e.g. 375 px on a phone). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'document wider than the viewport').toBeLessThanOrEqual(innerWidth);
}

export async function passwordToken(request: APIRequestContext, username: string, password: string): Promise<string> {
  const response = await request.post(TOKEN_URL, {
    form: { grant_type: 'password', client_id: 'werkhub-cli', username, password, scope: 'openid' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function clientCredentialsToken(
  request: APIRequestContext,
  clientId: string,
  clientSecret: string,
): Promise<string> {
  const response = await request.post(TOKEN_URL, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Authorization header for a token. */
export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** Client credentials of the demo municipal systems in the realm. */
export const MUNICIPAL_CLIENTS = {
  rotterdam: { clientId: 'gemeente-rotterdam', secret: 'gemeente-rotterdam-secret' },
  capelle: { clientId: 'gemeente-capelle', secret: 'gemeente-capelle-secret' },
} as const;

/** A token of a municipal system (client credentials; its token carries `municipality=<code>`). */
export async function municipalToken(request: APIRequestContext, code: keyof typeof MUNICIPAL_CLIENTS): Promise<string> {
  const client = MUNICIPAL_CLIENTS[code];
  return clientCredentialsToken(request, client.clientId, client.secret);
}

/** A password-grant token of a demo user (password = username in the demo realm). */
export async function userToken(request: APIRequestContext, username: 'consultant' | 'jobcoach' | 'admin' | 'rotterdam'): Promise<string> {
  return passwordToken(request, username, username);
}

/** Digits of the clock, different on every run (for client numbers). */
export function runStamp(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`;
}

/** Letters only (a–z), different per run: for names and search words the Dutch full-text search keeps whole. */
export function uniqueWord(prefix: string): string {
  let n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  }
  return `${prefix}${letters}`;
}

export interface TalentRef {
  code: string;
  labelNl: string;
  category: string;
}

/** The first `count` active talents of the seeded taxonomy (sorted by Dutch label). */
export async function someTalents(request: APIRequestContext, token: string, count: number): Promise<TalentRef[]> {
  const response = await request.get(`${API_URL}/api/talents?size=${count}&sort=labelNl,asc`, { headers: bearer(token) });
  expect(response.status(), await response.text()).toBe(200);
  const page = (await response.json()) as { items: TalentRef[] };
  expect(page.items.length, 'seeded talents').toBeGreaterThanOrEqual(count);
  return page.items.slice(0, count);
}

/** A valid CandidateProfileRequest (docs/api.md), with the given changes. */
export function candidateProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Sanne',
    lastName: 'Verbeek',
    email: 'sanne.verbeek@example.nl',
    phone: '06 12345678',
    gender: 'FEMALE',
    birthDate: '1990-05-03',
    postcode: '3072 AP',
    latitude: 51.9,
    longitude: 4.5,
    targetGroups: ['PRAKTIJKROUTE'],
    talents: [],
    interests: 'Werken met mijn handen, buiten zijn.',
    motivation: 'Ik wil graag weer aan het werk in een klein team.',
    preferredSectors: ['LOGISTICS'],
    preferredOccupations: ['Magazijnmedewerker'],
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    availableFrom: '2026-01-01',
    maxTravelDistanceKm: 15,
    drivingLicence: false,
    dutchLevel: 'B1',
    consent: true,
    status: 'ACTIVE',
    ...overrides,
  };
}

/** PUT /api/municipalities/{code}/candidates/{clientNumber}; returns the response. */
export async function putCandidate(
  request: APIRequestContext,
  token: string,
  code: string,
  clientNumber: string,
  profile: Record<string, unknown>,
) {
  return request.put(`${API_URL}/api/municipalities/${code}/candidates/${encodeURIComponent(clientNumber)}`, {
    headers: bearer(token),
    data: profile,
  });
}

/** Like {@link putCandidate}, but expects 200/201 and returns the MunicipalCandidateResponse. */
export async function seedCandidate(
  request: APIRequestContext,
  token: string,
  code: string,
  clientNumber: string,
  profile: Record<string, unknown>,
): Promise<{ id: string; clientNumber: string; version: number } & Record<string, unknown>> {
  const response = await putCandidate(request, token, code, clientNumber, profile);
  expect([200, 201], `PUT ${code}/${clientNumber}: ${await response.text()}`).toContain(response.status());
  return (await response.json()) as { id: string; clientNumber: string; version: number };
}
