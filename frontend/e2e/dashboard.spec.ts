import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import {
  API_URL,
  bearer,
  candidateProfile,
  expectAccessible,
  expectNoHorizontalScroll,
  login,
  municipalToken,
  runStamp,
  seedCandidate,
  userToken,
} from './support';

// The dashboard and the jobcoach's calendar link against a fresh stack with its demo data.
// So that neither depends on how many placements the demo data has, the run first places
// one Rotterdam candidate of its own with the demo jobcoach, started a few days ago: a
// placement this month and planned calls for the jobcoach's calendar.

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function move(request: APIRequestContext, token: string, match: { id: string; etag: string }, body: object) {
  const response = await request.post(`${API_URL}/api/matches/${match.id}/transitions`, {
    headers: { ...bearer(token), 'If-Match': match.etag },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(200);
  return { id: match.id, etag: response.headers()['etag'] };
}

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const rotterdam = await municipalToken(request, 'rotterdam');
  const candidate = await seedCandidate(request, rotterdam, 'rotterdam', `e2e-dash-${runStamp()}`, candidateProfile({ lastName: 'Dashboard' }));
  const consultant = await userToken(request, 'consultant');
  const open = await request.get(`${API_URL}/api/vacancies?status=OPEN&size=1&sort=createdAt,asc`, { headers: bearer(consultant) });
  expect(open.status(), await open.text()).toBe(200);
  const [vacancy] = ((await open.json()) as { items: { id: string }[] }).items;
  expect(vacancy, 'an OPEN demo vacancy').toBeDefined();

  const created = await request.post(`${API_URL}/api/matches`, {
    headers: bearer(consultant),
    data: { vacancyId: vacancy.id, candidateId: candidate.id },
  });
  expect(created.status(), await created.text()).toBe(201);
  let match = { id: ((await created.json()) as { id: string }).id, etag: created.headers()['etag'] };
  match = await move(request, consultant, match, { to: 'PROPOSED' });
  match = await move(request, consultant, match, { to: 'INTRODUCED' });
  await move(request, consultant, match, {
    to: 'PLACED',
    placement: { startDate: isoDaysAgo(3), hoursPerWeek: 24, jobcoach: 'jobcoach', arrangements: [{ kind: 'JOBCOACH' }] },
  });
  await request.dispose();
});

interface Stats {
  period: { from: string; to: string };
  placementsPerMonth: { month: string; count: number }[];
  placementsPerMunicipality: { code: string; name: string; count: number }[];
  vacancies: { open: number; filled: number };
  target: { target: number; placed: number };
}

const PER_MONTH = 'Plaatsingen per maand (op startdatum)';
const PER_MUNICIPALITY = 'Plaatsingen per gemeente in de periode';
const dutch = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

function isStats(response: Response): boolean {
  return new URL(response.url()).pathname === '/api/stats' && response.request().method() === 'GET';
}

/** Clicks "Dashboard" in the main menu and returns the StatsResponse the page received. */
async function openDashboard(page: Page): Promise<Stats> {
  const statsResponse = page.waitForResponse(isStats);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
  const response = await statsResponse;
  expect(response.status(), await response.text()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return (await response.json()) as Stats;
}

/** Opens every "Toon als tabel" so the tables are visible (and checked by axe). */
async function showTables(page: Page): Promise<void> {
  const summaries = page.getByText('Toon als tabel', { exact: true });
  const count = await summaries.count();
  for (let i = 0; i < count; i++) await summaries.nth(i).click();
}

test('a consultant reads the dashboard with the placements so far, also on a phone', async ({ page }) => {
  await login(page, 'consultant', 'consultant', '/vacatures');
  const stats = await openDashboard(page);

  const total = stats.placementsPerMonth.reduce((sum, m) => sum + m.count, 0);
  expect(total, 'placements in the default period').toBeGreaterThan(0);
  expect(stats.placementsPerMonth.length, 'every month of the default period').toBeGreaterThanOrEqual(12);

  // What the page shows is what the API answered, in Dutch.
  await expect(page.getByText(`Totaal in de periode: ${dutch(total)}.`)).toBeVisible();
  await expect(page.getByText(new RegExp(`^${dutch(stats.target.placed)} van ${dutch(stats.target.target)} \\(\\d+\\s%\\)$`))).toBeVisible();
  const openTile = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Open vacatures' }) });
  await expect(openTile).toContainText(dutch(stats.vacancies.open));

  // The charts are drawn (recharts under React 19) ...
  await expect(page.locator('.chart .recharts-bar-rectangle').first()).toBeVisible();
  // ... and their text alternative is a real table with the same numbers.
  await showTables(page);
  const perMonth = page.getByRole('table', { name: PER_MONTH });
  await expect(perMonth.getByRole('row')).toHaveCount(stats.placementsPerMonth.length + 1);
  const monthCounts = (await perMonth.locator('tbody td').allTextContents()).map((c) => Number(c.replace(/\./g, '')));
  expect(monthCounts).toEqual(stats.placementsPerMonth.map((m) => m.count));
  const perMunicipality = page.getByRole('table', { name: PER_MUNICIPALITY });
  await expect(perMunicipality.getByRole('row')).toHaveCount(stats.placementsPerMunicipality.length + 1);
  await expectAccessible(page, 'dashboard');

  // Another period, kept in the URL; the request asks for whole months.
  const months = await page.getByLabel('Van maand').locator('option').evaluateAll((options) =>
    options.map((o) => (o as HTMLOptionElement).value),
  );
  const from = months[5];
  await page.getByLabel('Van maand').selectOption(from);
  const next = page.waitForResponse(isStats);
  await page.getByRole('button', { name: 'Toon' }).click();
  const nextStats = (await (await next).json()) as Stats;
  expect(nextStats.period.from).toBe(`${from}-01`);
  await expect(page).toHaveURL(new RegExp(`van=${from}`));
  await expect(page.getByRole('table', { name: PER_MONTH }).getByRole('row')).toHaveCount(6 + 1);

  // A phone: nothing scrolls sideways, the chart fits, the tiles stack.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('.chart .recharts-bar-rectangle').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  const chartWidth = await page.locator('.chart svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  expect(chartWidth).toBeLessThanOrEqual(390);
  await showTables(page);
  await expectAccessible(page, 'dashboard at 390x844');

  // The at-risk figure leads to those placements.
  await page.getByRole('link', { name: 'Bekijk plaatsingen met risico' }).click();
  await expect(page).toHaveURL(/\/plaatsingen\?risico=ja$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeVisible();
});

test('municipal staff of Rotterdam see the figures of their own candidates', async ({ page }) => {
  await login(page, 'rotterdam', 'rotterdam', '/');
  const stats = await openDashboard(page);
  await expect(page.getByText(/alleen over de kandidaten van jouw gemeente/)).toBeVisible();
  for (const m of stats.placementsPerMunicipality) {
    if (m.count > 0) expect(m.code).toBe('rotterdam');
  }
  await showTables(page);
  await expectAccessible(page, 'municipal dashboard');
});

test('a jobcoach makes a calendar link, subscribes to it, replaces it and revokes it', async ({ page, playwright }) => {
  await login(page, 'jobcoach', 'jobcoach', '/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Agenda-koppeling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda-koppeling' })).toBeVisible();
  await expect(page.getByText(/Behandel de link als een wachtwoord/)).toBeVisible();

  await expect(page.getByText('Je hebt nog geen agenda-link.')).toBeVisible();
  await expectAccessible(page, 'calendar link page without a link');
  await page.getByRole('button', { name: 'Nieuwe link maken' }).click();
  const field = page.getByRole('textbox', { name: 'Agenda-link' });
  await expect(field).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const firstUrl = await field.inputValue();
  await expect(page.getByRole('status').filter({ hasText: 'Je nieuwe agenda-link staat klaar.' })).toBeVisible();
  await expectAccessible(page, 'calendar link page with a link');

  // The calendar app's view: the URL as shown, no bearer token (the secret is in the path).
  const anonymous = await playwright.request.newContext();
  const feed = await anonymous.get(firstUrl);
  expect(feed.status(), await feed.text()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  const ics = await feed.text();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics, 'planned calls of the demo jobcoach').toContain('BEGIN:VEVENT');
  expect(ics).toContain('SUMMARY:Nazorg:');
  expect(ics).toContain('END:VCALENDAR');

  // Copy, with a spoken confirmation.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Kopieer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De link is gekopieerd.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstUrl);

  // Later the link exists but is not shown again (only its hash is stored).
  await page.reload();
  await expect(page.getByText(/^Je hebt een agenda-link, gemaakt op /)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Agenda-link' })).toHaveCount(0);

  // A new link, after the warning: the old one stops working at once.
  await page.getByRole('button', { name: 'Nieuwe link maken' }).click();
  const rotate = page.getByRole('dialog', { name: 'Nieuwe link maken?' });
  await expect(rotate).toContainText('Je huidige link werkt dan niet meer.');
  await expectAccessible(page, 'new link dialog');
  await rotate.getByRole('button', { name: 'Ja, maak een nieuwe link' }).click();
  await expect(field).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const secondUrl = await field.inputValue();
  expect(secondUrl).not.toBe(firstUrl);
  expect((await anonymous.get(firstUrl)).status()).toBe(404);
  expect((await anonymous.get(secondUrl)).status()).toBe(200);

  // Revoke, after confirming: the link is gone.
  await page.getByRole('button', { name: 'Link intrekken' }).click();
  const revoke = page.getByRole('dialog', { name: 'Link intrekken?' });
  await expect(revoke).toBeVisible();
  await revoke.getByRole('button', { name: 'Ja, trek de link in' }).click();
  await expect(page.getByText('Je hebt nog geen agenda-link.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De link is ingetrokken.' })).toBeVisible();
  expect((await anonymous.get(secondUrl)).status()).toBe(404);

  // On a phone the page fits too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'calendar link page at 390x844');
  await anonymous.dispose();
});
