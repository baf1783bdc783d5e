import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  API_URL,
  bearer,
  expectAccessible,
  expectNoHorizontalScroll,
  login,
  someTalents,
  uniqueWord,
  userToken,
} from './support';

// Matching in the browser against the demo data of a fresh stack: an OPEN demo vacancy with
// talents, its ranked suggestions, adding the best one to the pipeline and moving it, and a
// rejection with a reason through the dialog.

interface VacancyRow {
  id: string;
  title: string;
  status: string;
  talents?: { code: string; labelNl: string; requirement: string }[];
}
interface SuggestionRow {
  candidate: { id: string; firstName: string; lastName: string };
  matchId?: string | null;
}

let vacancy: VacancyRow;
let best: SuggestionRow;
let runnerUp: SuggestionRow;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fullName = (s: SuggestionRow) => `${s.candidate.firstName} ${s.candidate.lastName}`;

function suggestionCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Passende kandidaten' }).getByRole('article');
}

function boardColumn(page: Page, status: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${status} \\(\\d+\\)$`) });
}

async function openVacancy(page: Page): Promise<void> {
  await login(page, 'consultant', 'consultant', '/vacatures');
  await page.getByLabel('Zoek in titel en omschrijving').fill(vacancy.title);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('link', { name: vacancy.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/vacatures/${vacancy.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: vacancy.title })).toBeVisible();
}

test.describe('suggestions and pipeline of a demo vacancy', () => {
  test.beforeAll(async ({ playwright }) => {
    const request = await playwright.request.newContext();
    const token = await userToken(request, 'consultant');
    const list = await request.get(`${API_URL}/api/vacancies?status=OPEN&size=100&sort=createdAt,asc`, { headers: bearer(token) });
    expect(list.status(), await list.text()).toBe(200);
    const open = ((await list.json()) as { items: VacancyRow[] }).items.filter((v) => (v.talents ?? []).length > 0);
    expect(open.length, 'OPEN demo vacancies with talents').toBeGreaterThan(0);
    // The first demo vacancy with two suggestions that are not in a pipeline yet.
    for (const candidate of open) {
      const response = await request.get(`${API_URL}/api/vacancies/${candidate.id}/suggestions?limit=5`, { headers: bearer(token) });
      expect(response.status(), await response.text()).toBe(200);
      const items = ((await response.json()) as { items: SuggestionRow[] }).items;
      if (items.length >= 2 && !items[0].matchId && !items[1].matchId) {
        vacancy = candidate;
        [best, runnerUp] = items;
        break;
      }
    }
    expect(vacancy, 'an OPEN demo vacancy with two fresh suggestions').toBeDefined();
    await request.dispose();
  });

  test('a consultant adds the best suggestion to the pipeline and proposes it', async ({ page }) => {
    await openVacancy(page);

    // The vacancy's talents, grouped by requirement.
    const talents = page.getByRole('region', { name: 'Talenten', exact: true });
    const firstTalent = vacancy.talents![0];
    await expect(talents).toContainText(firstTalent.labelNl);
    await expect(talents).toContainText(firstTalent.requirement === 'MUST_HAVE' ? 'Vereist' : 'Pluspunten');

    // Ranked suggestions: score meter, factor points as text, the add button.
    const cards = suggestionCards(page);
    await expect(cards.first()).toBeVisible();
    const first = cards.first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(`Nummer 1: ${fullName(best)}`);
    await expect(first.getByRole('meter', { name: `Score ${fullName(best)}` })).toHaveAttribute('aria-valuetext', /^\d+ van 100$/);
    await expect(first).toContainText(/Talenten\s*[\d,]+ \/ 50/);
    await expect(first).toContainText('Uren');
    const board = page.getByRole('region', { name: 'Pipeline', exact: true });
    await expect(board).toBeVisible();
    await expectAccessible(page, 'vacancy with suggestions and pipeline board');

    await first.getByRole('button', { name: `Toevoegen aan pipeline: ${fullName(best)}` }).click();
    await expect(first).toContainText('Al in pipeline: Gesuggereerd');
    const suggestedCard = boardColumn(page, 'Gesuggereerd').getByRole('article', { name: fullName(best) });
    await expect(suggestedCard).toBeVisible();
    // The owner is the consultant who added it.
    await expect(suggestedCard).toContainText(/Consultant\s*\S+/);

    // Keyboard: the move buttons are ordinary buttons.
    await suggestedCard.getByRole('button', { name: 'Voorstellen' }).focus();
    await page.keyboard.press('Enter');
    const proposedCard = boardColumn(page, 'Voorgesteld').getByRole('article', { name: fullName(best) });
    await expect(proposedCard).toBeVisible();
    await expect(boardColumn(page, 'Gesuggereerd').getByRole('article', { name: fullName(best) })).toHaveCount(0);
    await expect(first).toContainText('Al in pipeline: Voorgesteld');

    await page.reload();
    await expect(boardColumn(page, 'Voorgesteld').getByRole('article', { name: fullName(best) })).toBeVisible();
    await expect(suggestionCards(page).first()).toContainText('Al in pipeline: Voorgesteld');
    await expectAccessible(page, 'vacancy after a move');

    // On a phone the columns stack and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalScroll(page);
    const suggested = await boardColumn(page, 'Gesuggereerd').boundingBox();
    const proposed = await boardColumn(page, 'Voorgesteld').boundingBox();
    expect(proposed!.x).toBeCloseTo(suggested!.x, 0);
    expect(proposed!.y).toBeGreaterThan(suggested!.y + suggested!.height - 1);
    await expectAccessible(page, 'vacancy with suggestions and board at 390x844');
  });

  test('a consultant rejects a match with a reason through the dialog', async ({ page }) => {
    await openVacancy(page);
    const card = suggestionCards(page).filter({ has: page.getByRole('heading', { name: fullName(runnerUp) }) });
    await card.getByRole('button', { name: /Toevoegen aan pipeline/ }).click();
    const inBoard = boardColumn(page, 'Gesuggereerd').getByRole('article', { name: fullName(runnerUp) });
    await inBoard.getByRole('button', { name: 'Afwijzen' }).click();

    const dialog = page.getByRole('dialog', { name: `${fullName(runnerUp)} afwijzen` });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'rejection dialog');

    // Nothing is sent without a reason; "Andere reden" also needs a note.
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(dialog.getByText('Kies een reden.')).toBeVisible();
    await dialog.getByLabel(/^Reden/).selectOption({ label: 'Andere reden' });
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(dialog.getByText('Geef een toelichting bij "Andere reden".')).toBeVisible();
    await dialog.getByLabel(/^Toelichting/).fill('Werkgever kiest voor een interne kandidaat.');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();

    await expect(dialog).toBeHidden();
    const rejected = boardColumn(page, 'Afgewezen').getByRole('article', { name: fullName(runnerUp) });
    await expect(rejected).toBeVisible();
    await expect(rejected).toContainText('Andere reden');
    // A final state offers no more moves.
    await expect(rejected.getByRole('button')).toHaveCount(0);
    await expect(card).toContainText('Al in pipeline: Afgewezen');
  });

  test('the candidate page shows the vacancies that fit', async ({ page }) => {
    await login(page, 'consultant', 'consultant', `/kandidaten/${best.candidate.id}`);
    await expect(page.getByRole('heading', { level: 1, name: fullName(best) })).toBeVisible();
    const section = page.getByRole('region', { name: 'Passende vacatures' });
    const link = section.getByRole('link', { name: vacancy.title }).first();
    await expect(link).toBeVisible();
    const item = section.getByRole('article').filter({ has: page.getByRole('link', { name: vacancy.title }) });
    await expect(item.getByRole('meter')).toHaveAttribute('aria-valuetext', /^\d+ van 100$/);
    // The first test put this pair in the pipeline.
    await expect(item).toContainText(/Al in pipeline: /);
    await expectAccessible(page, 'candidate with fitting vacancies');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/vacatures/${vacancy.id}$`));
  });
});

test('a consultant gives a vacancy talents in the form: must-have with a level, and a nice-to-have', async ({ page, playwright }) => {
  // A draft of its own, so the demo vacancies stay as seeded.
  const request = await playwright.request.newContext();
  const token = await userToken(request, 'consultant');
  const employers = await request.get(`${API_URL}/api/employers?status=ACTIVE&size=1`, { headers: bearer(token) });
  const employerId = ((await employers.json()) as { items: { id: string }[] }).items[0].id;
  const title = uniqueWord('Talentvacature');
  const created = await request.post(`${API_URL}/api/vacancies`, {
    headers: bearer(token),
    data: {
      employerId,
      title,
      description: 'Vacature voor de talenten-editor.',
      sector: 'LOGISTICS',
      postcode: '3089 JH',
      hoursPerWeekMin: 24,
      hoursPerWeekMax: 32,
      contractType: 'TEMPORARY',
      positions: 1,
      drivingLicenceRequired: false,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const draft = (await created.json()) as { id: string };
  const [mustHave, niceToHave] = await someTalents(request, token, 2);
  await request.dispose();

  await login(page, 'consultant', 'consultant', `/vacatures/${draft.id}/bewerken`);
  const combobox = page.getByRole('combobox', { name: 'Talenten' });
  await combobox.fill(mustHave.labelNl);
  const option = page.getByRole('option', { name: new RegExp(`^${escapeRegExp(mustHave.labelNl)} – `) });
  await expect(option).toBeVisible();
  while ((await combobox.getAttribute('aria-activedescendant')) !== (await option.getAttribute('id'))) {
    await combobox.press('ArrowDown');
  }
  await combobox.press('Enter');
  await combobox.fill(niceToHave.labelNl);
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(niceToHave.labelNl)} – `) }).click();

  const rows = page.getByRole('list', { name: 'Gekozen talenten' });
  const first = rows.getByRole('group', { name: new RegExp(`^${escapeRegExp(mustHave.labelNl)}`) });
  const second = rows.getByRole('group', { name: new RegExp(`^${escapeRegExp(niceToHave.labelNl)}`) });
  await first.getByLabel('Minimaal niveau').selectOption({ label: 'Niveau 3' });
  await second.getByLabel('Soort').selectOption({ label: 'Pluspunt' });
  await expectAccessible(page, 'vacancy form with talents');
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

  await expect(page).toHaveURL(new RegExp(`/vacatures/${draft.id}$`));
  const talents = page.getByRole('region', { name: 'Talenten', exact: true });
  const mustHaves = talents.getByRole('list').first();
  await expect(mustHaves.getByRole('listitem')).toHaveText([`${mustHave.labelNl}vanaf niveau 3 van 5`]);
  await expect(talents.getByRole('list').nth(1).getByRole('listitem')).toHaveText([`${niceToHave.labelNl}vanaf niveau 1 van 5`]);
  await expect(talents.getByRole('heading', { level: 3 })).toHaveText(['Vereist', 'Pluspunten']);

  // And back in the form they are as saved.
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('group', { name: new RegExp(`^${escapeRegExp(mustHave.labelNl)}`) }).getByLabel('Minimaal niveau')).toHaveValue('3');
  await expect(page.getByRole('group', { name: new RegExp(`^${escapeRegExp(niceToHave.labelNl)}`) }).getByLabel('Soort')).toHaveValue('NICE_TO_HAVE');
});
