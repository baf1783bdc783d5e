import { expect, test } from '@playwright/test';
import { expectAccessible, KEYCLOAK_URL, login } from './support';

test('a jobcoach sees employers and vacancies read-only', async ({ page }) => {
  await login(page, 'jobcoach', 'jobcoach', '/vacatures');
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Jobcoach');
  await expect(page.getByText(/\d+ vacatures?$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuwe vacature' })).toHaveCount(0);
  await expectAccessible(page, 'vacancy list (jobcoach)');

  const firstVacancy = page.getByRole('row').getByRole('link').first();
  if (await firstVacancy.count()) {
    await firstVacancy.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Gegevens' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Status wijzigen' })).toHaveCount(0);
  }

  await page.getByRole('link', { name: 'Werkgevers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgevers' })).toBeVisible();
  await expect(page.getByText(/\d+ werkgevers?$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuwe werkgever' })).toHaveCount(0);

  const firstEmployer = page.getByRole('row').getByRole('link').first();
  if (await firstEmployer.count()) {
    await firstEmployer.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Gegevens' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Opslaan|Archiveren|Verwijderen/ })).toHaveCount(0);
    await expectAccessible(page, 'employer details (jobcoach)');
  }

  // A direct link to a create page leads back to the read-only list.
  await page.goto('/werkgevers/nieuw');
  await expect(page).toHaveURL(/\/werkgevers$/);

  // Uitloggen ends the Keycloak session: the next visit asks for the password again.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.locator('#username')).toBeVisible();
  expect(page.url().startsWith(KEYCLOAK_URL)).toBe(true);
});

test('when Keycloak cannot be reached the SPA says so in Dutch instead of showing a blank page', async ({ page }) => {
  await page.route(`${KEYCLOAK_URL}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/vacatures');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen is nu niet mogelijk' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('de inlogdienst is niet bereikbaar');
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await expectAccessible(page, 'login unavailable page');
});
