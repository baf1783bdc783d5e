import { expect, test, type Page } from '@playwright/test';
import { API_URL, expectAccessible, expectNoHorizontalScroll, login, passwordToken, uniqueKvk } from './support';

async function createEmployer(page: Page, name: string, kvk: string): Promise<string> {
  await page.goto('/werkgevers');
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgevers' })).toBeVisible();
  await page.getByRole('link', { name: 'Nieuwe werkgever' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe werkgever' })).toBeVisible();
  await expectAccessible(page, 'new employer form');

  await page.getByLabel('Naam *').fill(name);
  await page.getByLabel('KvK-nummer *').fill(kvk);
  await page.getByLabel('Sector *').selectOption('HOSPITALITY');
  await page.getByLabel('Bedrijfsgrootte *').selectOption('MICRO');
  await page.getByLabel('Contactpersoon').fill('Marieke de Vries');
  await page.getByLabel('Telefoonnummer').fill('010-1234567');
  await page.getByLabel('E-mailadres').fill('info@e2e-bakkerij.nl');
  await page.getByLabel('Postcode *').fill('3011ab');
  await page.getByLabel('Gemeente *').selectOption({ label: 'Rotterdam' });
  await page.getByRole('button', { name: 'Werkgever opslaan' }).click();

  await page.waitForURL(/\/werkgevers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: `Werkgever ${name} is opgeslagen.` })).toBeVisible();
  // The server normalised the postcode.
  await expect(page.getByLabel('Postcode *')).toHaveValue('3011 AB');
  await expectAccessible(page, 'employer page (edit form)');
  return page.url().split('/').pop()!;
}

test.describe('consultant', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, 'consultant', 'consultant', '/vacatures');
    await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
  });

  test('creates an employer and an open vacancy; both are listed after a reload', async ({ page }) => {
    const kvk = uniqueKvk();
    const employerName = `E2E Bakkerij ${kvk}`;
    const title = `E2E Medewerker bakkerij ${kvk}`;

    await expect(page.getByRole('banner')).toContainText('MKB-consultant');
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await expectAccessible(page, 'vacancy list');

    await createEmployer(page, employerName, kvk);

    // New vacancy from the employer's page: the employer is preselected.
    await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();
    await expect(page.getByLabel('Werkgever *')).toHaveValue(/[0-9a-f-]{36}/);
    await page.getByLabel('Zoek werkgever').fill(kvk);
    await page.getByLabel('Werkgever *').selectOption({ label: `${employerName} (${kvk})` });
    await page.getByLabel('Functietitel *').fill(title);
    await page.getByLabel('Omschrijving *').fill('Brood en banket bakken in de ochtendploeg; je krijgt een vaste begeleider.');
    await page.getByLabel('Sector *').selectOption('HOSPITALITY');
    await page.getByLabel('Postcode werkplek *').fill('3011 AB');
    await page.getByLabel('Minimaal aantal uur per week *').fill('24');
    await page.getByLabel('Maximaal aantal uur per week *').fill('32');
    await page.getByLabel('Soort contract *').selectOption('TEMPORARY');
    await page.getByLabel('Startdatum').fill('2026-09-01');
    await page.getByLabel('Minimaal taalniveau Nederlands').selectOption('A2');
    await page.getByLabel('Direct openzetten (publiceren)').check();
    await expectAccessible(page, 'new vacancy form');
    await page.getByRole('button', { name: 'Vacature opslaan' }).click();

    await page.waitForURL(/\/vacatures\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'De vacature is opgeslagen en staat open.' })).toBeVisible();
    // Only the transitions that are legal from OPEN are offered; no delete for a non-draft.
    await expect(page.getByRole('button', { name: 'In de wacht zetten' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Markeren als vervuld' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Openzetten (publiceren)' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
    // Scoped to the vacancy's own details: the suggestions below list candidates' hours and dates too.
    const details = page.getByRole('region', { name: 'Gegevens' });
    await expect(details.getByText('1 september 2026')).toBeVisible();
    await expect(details.getByText('24–32 uur')).toBeVisible();
    await expectAccessible(page, 'vacancy detail');

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await expect(page.getByLabel('Functietitel *')).toHaveValue(title);
    await expectAccessible(page, 'vacancy edit form');

    // Reload: the data comes from the server, not from the client's cache.
    await page.goto('/vacatures');
    await page.reload();
    await page.getByLabel('Zoek in titel en omschrijving').fill(kvk);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const vacancyRow = page.getByRole('row').filter({ hasText: title });
    await expect(vacancyRow).toBeVisible();
    await expect(vacancyRow).toContainText(employerName);
    await expect(vacancyRow).toContainText('Open');
    await expect(page.getByText('1 vacature', { exact: true })).toBeVisible();
    await expectAccessible(page, 'vacancy list (filtered)');

    await page.getByRole('link', { name: 'Werkgevers', exact: true }).click();
    await page.reload();
    await page.getByLabel('Zoek op naam of KvK-nummer').fill(kvk);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const employerRow = page.getByRole('row').filter({ hasText: employerName });
    await expect(employerRow).toBeVisible();
    await expect(employerRow).toContainText(kvk);
    await expect(employerRow).toContainText('Actief');
    await expect(page.getByText('1 werkgever', { exact: true })).toBeVisible();
    await expectAccessible(page, 'employer list (filtered)');
  });

  test('shows the server validation next to the fields', async ({ page }) => {
    await page.goto('/werkgevers/nieuw');
    await page.getByLabel('Naam *').fill('E2E Ongeldige werkgever');
    await page.getByLabel('KvK-nummer *').fill('12ab');
    await page.getByLabel('Sector *').selectOption('RETAIL');
    await page.getByLabel('Bedrijfsgrootte *').selectOption('SMALL');
    await page.getByLabel('Postcode *').fill('0123 XY');
    await page.getByLabel('Gemeente *').selectOption({ label: 'Rotterdam' });
    await page.getByRole('button', { name: 'Werkgever opslaan' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Controleer de gemarkeerde velden');
    const kvk = page.getByLabel('KvK-nummer *');
    await expect(kvk).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#employer-kvkNumber-error')).not.toBeEmpty();
    await expect(page.getByLabel('Postcode *')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Naam *')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/werkgevers\/nieuw$/);
    await expectAccessible(page, 'employer form with violations');
  });

  test('works on a 375 px wide phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/vacatures');
    await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
    await expect(page.getByText(/\d+ vacatures?$/)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'vacancy list at 375x812');

    const firstVacancy = page.getByRole('row').getByRole('link').first();
    if (await firstVacancy.count()) {
      await firstVacancy.click();
      await expect(page.getByRole('heading', { level: 2, name: 'Gegevens' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, 'vacancy detail at 375x812');
    }

    await page.goto('/werkgevers');
    await expect(page.getByRole('heading', { level: 1, name: 'Werkgevers' })).toBeVisible();
    await expect(page.getByText(/\d+ werkgevers?$/)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'employer list at 375x812');

    await page.goto('/vacatures/nieuw');
    await expect(page.getByLabel('Functietitel *')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'new vacancy form at 375x812');
  });

  test('an employer with vacancies cannot be deleted; archive, reactivate and delete with confirmation', async ({
    page,
  }) => {
    const kvk = uniqueKvk();
    const employerName = `E2E Archief ${kvk}`;
    const title = `E2E Concept ${kvk}`;
    const employerUrl = `/werkgevers/${await createEmployer(page, employerName, kvk)}`;

    // A draft vacancy for it.
    await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
    await page.getByLabel('Functietitel *').fill(title);
    await page.getByLabel('Omschrijving *').fill('Een concept dat weer wordt verwijderd.');
    await page.getByLabel('Sector *').selectOption('RETAIL');
    await page.getByLabel('Postcode werkplek *').fill('3011 AB');
    await page.getByLabel('Minimaal aantal uur per week *').fill('16');
    await page.getByLabel('Maximaal aantal uur per week *').fill('16');
    await page.getByLabel('Soort contract *').selectOption('TRIAL_PLACEMENT');
    await page.getByRole('button', { name: 'Vacature opslaan' }).click();
    await page.waitForURL(/\/vacatures\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: 'De vacature is opgeslagen als concept.' })).toBeVisible();
    const vacancyUrl = new URL(page.url()).pathname;

    // Deleting the employer is refused while it has a vacancy; the dialog says why.
    await page.goto(employerUrl);
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Werkgever verwijderen?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'delete employer dialog');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Dit kan niet');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();

    // Delete the draft vacancy (only drafts offer it).
    await page.goto(vacancyUrl);
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const vacancyDialog = page.getByRole('dialog', { name: 'Vacature verwijderen?' });
    await vacancyDialog.getByRole('button', { name: 'Verwijderen' }).click();
    await page.waitForURL(/\/vacatures$/);
    await expect(page.getByRole('status').filter({ hasText: 'De vacature is verwijderd.' })).toBeVisible();

    // Archive: read-only details, no "Nieuwe vacature"; then reactivate.
    await page.goto(employerUrl);
    await page.getByRole('button', { name: 'Archiveren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De werkgever is gearchiveerd.' })).toBeVisible();
    await expect(page.getByText('Deze werkgever is gearchiveerd')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nieuwe vacature' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toHaveCount(0);
    await expectAccessible(page, 'archived employer');
    await page.getByRole('button', { name: 'Heractiveren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De werkgever is weer actief.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeVisible();

    // Now it has no vacancies and can be deleted.
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await page.waitForURL(/\/werkgevers$/);
    await expect(page.getByRole('status').filter({ hasText: `Werkgever ${employerName} is verwijderd.` })).toBeVisible();
  });

  test('a stale edit (412) is explained and the newest version can be loaded', async ({ page, request }) => {
    const kvk = uniqueKvk();
    const employerName = `E2E Gelijktijdig ${kvk}`;
    const id = await createEmployer(page, employerName, kvk);

    // Someone else changes the employer after this page loaded it.
    const token = await passwordToken(request, 'consultant', 'consultant');
    const current = await request.get(`${API_URL}/api/employers/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await current.json()) as Record<string, unknown>;
    const changed = await request.put(`${API_URL}/api/employers/${id}`, {
      headers: { Authorization: `Bearer ${token}`, 'If-Match': current.headers()['etag'] },
      data: {
        name: `${employerName} (gewijzigd)`,
        kvkNumber: body.kvkNumber,
        sector: body.sector,
        sizeClass: body.sizeClass,
        postcode: body.postcode,
        municipalityCode: body.municipalityCode,
      },
    });
    expect(changed.status()).toBe(200);

    await page.getByLabel('Contactpersoon').fill('Iemand anders');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Iemand anders heeft deze werkgever gewijzigd');
    await expectAccessible(page, 'employer form after 412');
    await alert.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect(page.getByLabel('Naam *')).toHaveValue(`${employerName} (gewijzigd)`);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
