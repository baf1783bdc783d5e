import { expect, test } from '@playwright/test';
import {
  candidateProfile,
  expectAccessible,
  expectNoHorizontalScroll,
  login,
  municipalToken,
  runStamp,
  seedCandidate,
  someTalents,
  uniqueWord,
  userToken,
  type TalentRef,
} from './support';

// The candidate screens in the browser, per role, against profiles seeded through the
// municipal intake API with a real Keycloak token.

const CATEGORY_LABELS: Record<string, string> = {
  WORK_ATTITUDE: 'Werkhouding',
  VOCATIONAL_SKILL: 'Vakvaardigheid',
  CERTIFICATE: 'Certificaat',
  LANGUAGE: 'Taal',
};

const stamp = runStamp();
const firstName = 'Noor';
const lastName = uniqueWord('Brouwer');
const coachedLastName = uniqueWord('Begeleid');
const clientNumber = `E2E-UI-${stamp}`;
let talent: TalentRef;
let otherTalent: TalentRef;
let candidateId: string;

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const rotterdam = await municipalToken(request, 'rotterdam');
  const consultant = await userToken(request, 'consultant');
  // Talents further down the alphabet than the ones other specs use, so this profile is easy to find.
  const talents = await someTalents(request, consultant, 8);
  talent = talents[6];
  otherTalent = talents[7];
  const created = await seedCandidate(
    request,
    rotterdam,
    'rotterdam',
    clientNumber,
    candidateProfile({
      firstName,
      lastName,
      targetGroups: ['BANENAFSPRAAK', 'BBL'],
      talents: [
        { code: talent.code, level: 4 },
        { code: otherTalent.code, level: 2 },
      ],
      interests: 'Fietsen repareren en koken voor anderen.',
      motivation: 'Ik wil een vaste plek in een klein bedrijf.',
      hoursPerWeekMin: 20,
      hoursPerWeekMax: 28,
      availableFrom: '2026-02-01',
      maxTravelDistanceKm: 12,
      drivingLicence: true,
      dutchLevel: 'A2',
      jobcoach: 'jobcoach',
    }),
  );
  candidateId = created.id;
  await seedCandidate(request, rotterdam, 'rotterdam', `${clientNumber}-J`, candidateProfile({ lastName: coachedLastName, jobcoach: 'jobcoach' }));
  await request.dispose();
});

test('a consultant finds a candidate by a talent chip and opens the profile', async ({ page }) => {
  await login(page, 'consultant', 'consultant', '/vacatures');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Vacatures', 'Werkgevers', 'Kandidaten', 'Plaatsingen', 'Dashboard']);
  await nav.getByRole('link', { name: 'Kandidaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expect(page.getByText(/^\d[\d.]* kandidaten?$/)).toBeVisible();
  await expectAccessible(page, 'candidate search');

  // Type-ahead, then choose with the keyboard.
  const combobox = page.getByRole('combobox', { name: 'Talenten' });
  await combobox.fill(talent.labelNl);
  const option = page.getByRole('option', { name: `${talent.labelNl} – ${CATEGORY_LABELS[talent.category]}`, exact: true });
  await expect(option).toBeVisible();
  await expectAccessible(page, 'candidate search with talent suggestions');
  while ((await combobox.getAttribute('aria-activedescendant')) !== (await option.getAttribute('id'))) {
    await combobox.press('ArrowDown');
  }
  await combobox.press('Enter');
  await expect(page.getByRole('button', { name: `Verwijder talent ${talent.labelNl}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`talenten=${talent.code}`));

  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `${firstName} ${lastName}` }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Rotterdam');
  await expect(card).toContainText('3072');
  await expect(card).toContainText(talent.labelNl);
  await expect(card).toContainText('Niveau 4 van 5');
  await expect(card).toContainText('20–28 uur');
  await expect(card).toContainText('1 februari 2026');
  await expect(card).toContainText('Actief');
  await expectAccessible(page, 'candidate search with a talent chip');

  // Minimum level 5: the level-4 talent no longer qualifies.
  await page.getByLabel('Minimaal niveau').selectOption('5');
  await expect(page).toHaveURL(/niveau=5/);
  await expect(card).toHaveCount(0);
  await page.getByLabel('Minimaal niveau').selectOption('4');
  await expect(card).toBeVisible();

  // The filters live in the URL: a reload shows the same list and chip.
  await page.reload();
  await expect(page.getByRole('button', { name: `Verwijder talent ${talent.labelNl}` })).toBeVisible();
  await expect(card).toBeVisible();

  await card.getByRole('link', { name: `${firstName} ${lastName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/kandidaten/${candidateId}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  const talentsSection = page.getByRole('region', { name: 'Talenten' });
  await expect(talentsSection.getByText(talent.labelNl)).toBeVisible();
  await expect(talentsSection).toContainText('Niveau 4 van 5');
  await expect(talentsSection).toContainText('Niveau 2 van 5');
  await expect(page.getByText('Banenafspraak')).toBeVisible();
  await expect(page.getByText('Fietsen repareren en koken voor anderen.')).toBeVisible();
  await expect(page.getByText('12 km')).toBeVisible();
  // Never what the consultant view does not carry.
  await expect(page.getByText('Klantnummer')).toHaveCount(0);
  await expect(page.getByText(clientNumber)).toHaveCount(0);
  await expect(page.getByText('3072 AP')).toHaveCount(0);
  await expect(page.getByText('Geboortedatum')).toHaveCount(0);
  await expectAccessible(page, 'candidate profile');

  // Back to the list: the chip is still there.
  await page.goBack();
  await expect(page.getByRole('button', { name: `Verwijder talent ${talent.labelNl}` })).toBeVisible();
  await page.getByRole('button', { name: `Verwijder talent ${talent.labelNl}` }).click();
  await expect(page).not.toHaveURL(/talenten=/);
});

test('candidate search and profile work on a 375 px wide phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await login(page, 'consultant', 'consultant', `/kandidaten?talenten=${talent.code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${firstName} ${lastName}` })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'candidate search at 375x812');

  await page.goto(`/kandidaten/${candidateId}`);
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'candidate profile at 375x812');
});

test('a jobcoach sees "Mijn kandidaten" with the candidates assigned to them', async ({ page }) => {
  await login(page, 'jobcoach', 'jobcoach', '/');
  // A jobcoach starts on "Vandaag" (issue 5).
  await expect(page).toHaveURL(/\/nazorg$/);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText([
    'Vandaag',
    'Vacatures',
    'Werkgevers',
    'Mijn kandidaten',
    'Plaatsingen',
    'Agenda-koppeling',
  ]);
  await nav.getByRole('link', { name: 'Mijn kandidaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kandidaten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `${firstName} ${lastName}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(coachedLastName) })).toBeVisible();
  await expectAccessible(page, 'jobcoach candidate list');
  await page.getByRole('link', { name: `${firstName} ${lastName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  await expect(page.getByText('Klantnummer')).toHaveCount(0);
});

test('municipal staff see "Onze kandidaten" and the full profile by client number', async ({ page }) => {
  await login(page, 'rotterdam', 'rotterdam', '/');
  await expect(page).toHaveURL(/\/onze-kandidaten$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Onze kandidaten' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Gemeente');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Onze kandidaten', 'Plaatsingen', 'Dashboard']);
  await expect(page.getByText(/^\d[\d.]* kandidaten?$/)).toBeVisible();
  await expectAccessible(page, 'municipal candidate list');

  await page.getByLabel('Klantnummer').fill(clientNumber);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page).toHaveURL(new RegExp(`/onze-kandidaten/${clientNumber}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  await expect(page.getByText(clientNumber).first()).toBeVisible();
  await expect(page.getByText('Vrouw')).toBeVisible();
  await expect(page.getByText('3 mei 1990')).toBeVisible();
  await expect(page.getByText('3072 AP')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Talenten' })).toContainText('Niveau 4 van 5');
  // Read-only: no way to change or delete the profile here.
  await expect(page.getByRole('button', { name: /Opslaan|Verwijderen|Wijzigen/ })).toHaveCount(0);
  await expectAccessible(page, 'municipal candidate profile');

  // Screens of other roles are not for them.
  await page.goto('/vacatures');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await page.goto('/onze-kandidaten/BESTAAT-NIET-' + stamp);
  await expect(page.getByRole('alert')).toContainText('Niet gevonden');

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/onze-kandidaten');
  await expect(page.getByRole('heading', { level: 1, name: 'Onze kandidaten' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'municipal candidate list at 375x812');
});
