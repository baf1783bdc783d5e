import { expect, test, type Locator, type Page } from '@playwright/test';
import { API_URL, bearer, expectAccessible, expectNoHorizontalScroll, login, userToken } from './support';

// Issue 5 in the browser against a fresh stack: a consultant places a demo candidate with a
// contract, sees the scheduled calls on the right dates; then the jobcoach, on a phone-sized
// screen, finds the first-day call on "Vandaag", logs it in a few taps, and the placement's
// timeline shows it done.

interface VacancyRow {
  id: string;
  title: string;
}
interface SuggestionRow {
  candidate: { id: string; firstName: string; lastName: string };
  matchId?: string | null;
}

const PHONE = { width: 390, height: 844 };

// --- the schedule, computed independently of the backend (FollowUpSchedule, DutchCalendar) ---
const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return utc(y, m, Math.min(d.getUTCDate(), last));
}
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return utc(year, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1);
}
function isHoliday(d: Date): boolean {
  const y = d.getUTCFullYear();
  const easter = easterSunday(y);
  const kings = utc(y, 3, 27);
  const kingsDay = kings.getUTCDay() === 0 ? addDays(kings, -1) : kings;
  return [utc(y, 0, 1), addDays(easter, 1), kingsDay, addDays(easter, 39), addDays(easter, 50), utc(y, 11, 25), utc(y, 11, 26)]
    .map(iso)
    .includes(iso(d));
}
function onOrNextWorkingDay(d: Date): Date {
  let day = d;
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || isHoliday(day)) day = addDays(day, 1);
  return day;
}
function todayInAmsterdam(): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-').map(Number);
  return utc(y, m - 1, d);
}
const dutchDate = (d: Date) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);

const start = addDays(todayInAmsterdam(), -7);
const end = addMonths(start, 6);
const expectedCalls: [string, Date][] = [
  ['Eerste werkdag', onOrNextWorkingDay(addDays(start, 1))],
  ['Eerste week', onOrNextWorkingDay(addDays(start, 7))],
  ['Eerste maand', onOrNextWorkingDay(addMonths(start, 1))],
  ['Maand voor einde contract', onOrNextWorkingDay(addMonths(end, -1))],
];

let vacancy: VacancyRow;
let pick: SuggestionRow;
let placementPath: string;
const fullName = () => `${pick.candidate.firstName} ${pick.candidate.lastName}`;

function boardColumn(page: Page, status: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${status} \\(\\d+\\)$`) });
}

async function expectTapTarget(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.height, `${what}: at least 44 px high`).toBeGreaterThanOrEqual(44);
  expect(box!.width, `${what}: at least 44 px wide`).toBeGreaterThanOrEqual(44);
}

test.describe.serial('placing a candidate and the aftercare that follows', () => {
  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    const token = await userToken(request, 'consultant');
    // The newest OPEN demo vacancies first, so the matching tests (which take the oldest) keep theirs.
    const list = await request.get(`${API_URL}/api/vacancies?status=OPEN&size=100&sort=createdAt,desc`, { headers: bearer(token) });
    expect(list.status(), await list.text()).toBe(200);
    for (const candidate of ((await list.json()) as { items: VacancyRow[] }).items) {
      const response = await request.get(`${API_URL}/api/vacancies/${candidate.id}/suggestions?limit=5`, { headers: bearer(token) });
      expect(response.status(), await response.text()).toBe(200);
      const fresh = ((await response.json()) as { items: SuggestionRow[] }).items.find((s) => !s.matchId);
      if (fresh) {
        vacancy = candidate;
        pick = fresh;
        break;
      }
    }
    expect(vacancy, 'an OPEN demo vacancy with a suggestion that is not in a pipeline').toBeDefined();
    await request.dispose();
  });

  test('a consultant places a suggested candidate with a contract and sees the scheduled calls', async ({ page }) => {
    await login(page, 'consultant', 'consultant', `/vacatures/${vacancy.id}`);
    await expect(page.getByRole('heading', { level: 1, name: vacancy.title })).toBeVisible();
    await page.getByRole('button', { name: `Toevoegen aan pipeline: ${fullName()}` }).click();
    const card = (status: string) => boardColumn(page, status).getByRole('article', { name: fullName() });
    await card('Gesuggereerd').getByRole('button', { name: 'Voorstellen' }).click();
    await card('Voorgesteld').getByRole('button', { name: 'Kennismaking gehad' }).click();
    await card('Geïntroduceerd').getByRole('button', { name: 'Plaatsen' }).click();

    const dialog = page.getByRole('dialog', { name: `${fullName()} plaatsen` });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^Startdatum/).fill(iso(start));
    await dialog.getByLabel(/^Einddatum/).fill(iso(end));
    await expect(dialog.getByRole('spinbutton', { name: /^Uren per week/ })).not.toHaveValue('');
    const jobcoach = dialog.getByRole('combobox', { name: /^Jobcoach/ });
    await expect(jobcoach.locator('option[value="jobcoach"]')).toHaveCount(1);
    await jobcoach.selectOption('jobcoach');
    await dialog.getByRole('checkbox', { name: 'Jobcoach' }).check();
    await dialog.getByRole('checkbox', { name: 'OV-tegoed' }).check();
    await expect(dialog.getByRole('textbox', { name: /^Bedrag OV-tegoed/ })).toHaveValue('250,00');
    await expectAccessible(page, 'placing dialog with the contract');
    await dialog.getByRole('button', { name: 'Plaatsen' }).click();

    await expect(dialog).toBeHidden();
    await expect(card('Geplaatst')).toBeVisible();
    await page.getByRole('link', { name: 'Naar de plaatsing' }).click();
    await expect(page).toHaveURL(/\/plaatsingen\/[0-9a-f-]{36}$/);
    placementPath = new URL(page.url()).pathname;

    await expect(page.getByRole('heading', { level: 1, name: `Plaatsing: ${fullName()}` })).toBeVisible();
    const contract = page.getByRole('region', { name: 'Contract' });
    await expect(contract).toContainText(dutchDate(start));
    await expect(contract).toContainText(dutchDate(end));
    await expect(page.getByRole('region', { name: 'Afspraken' })).toContainText('OV-tegoed € 250,00');
    const timeline = page.getByRole('region', { name: 'Nazorggesprekken' });
    const items = timeline.getByRole('article');
    await expect(items).toHaveCount(expectedCalls.length);
    for (const [i, [kind, due]] of expectedCalls.entries()) {
      await expect(items.nth(i).getByRole('heading')).toHaveText(kind);
      await expect(items.nth(i)).toContainText(dutchDate(due));
      await expect(items.nth(i)).toContainText('Gepland');
    }
    await expectAccessible(page, 'placement page');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plaatsingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeVisible();
    await expect(page.getByRole('link', { name: fullName() }).first()).toBeVisible();
    await expectAccessible(page, 'placements list');
  });

  test('the jobcoach logs the first-day call on a phone and the timeline shows it', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await login(page, 'jobcoach', 'jobcoach', '/');
    // "Vandaag" is the jobcoach's landing page.
    await expect(page).toHaveURL(/\/nazorg$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible();
    const today = page.getByRole('list', { name: 'Vandaag' });
    const call = today.getByRole('article').filter({ has: page.getByRole('heading', { name: fullName() }) }).filter({ hasText: 'Eerste werkdag' });
    await expect(call).toHaveCount(1);
    await expect(call).toContainText(/te laat/);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'Vandaag at 390x844');

    const log = call.getByRole('link', { name: `Vastleggen: Eerste werkdag van ${fullName()}` });
    await expectTapTarget(log, 'Vastleggen');
    await log.click();
    await expect(page.getByRole('heading', { level: 1, name: `Eerste werkdag: ${fullName()}` })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'call page at 390x844');

    // A few taps: Gesproken, Goed, Kandidaat, Vastleggen.
    const done = page.getByRole('button', { name: 'Gesproken' });
    await expectTapTarget(done, 'Gesproken');
    await done.click();
    const good = page.getByRole('radio', { name: 'Goed' });
    await expectTapTarget(page.locator('label', { has: good }), 'Goed');
    await good.check();
    await page.getByRole('radio', { name: 'Kandidaat' }).check();
    await expectAccessible(page, 'call page with the log form filled in');
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();

    await expect(page).toHaveURL(/\/nazorg$/);
    await expect(page.getByRole('status').filter({ hasText: 'Gesprek vastgelegd.' })).toBeVisible();
    await expect(call).toHaveCount(0);

    await page.goto(placementPath);
    const first = page.getByRole('region', { name: 'Nazorggesprekken' }).getByRole('article').first();
    await expect(first.getByRole('heading')).toHaveText('Eerste werkdag');
    await expect(first).toContainText('Gevoerd');
    await expect(first).toContainText('Goed');
    await expect(first).toContainText('met kandidaat');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'placement page at 390x844');

    await page.getByRole('link', { name: 'Terug naar plaatsingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'placements list at 390x844');
    await context.close();
  });
});
