import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, login, runStamp } from './support';

// The talent taxonomy admin (role admin) in the browser, against the real API.
const stamp = runStamp();

test('an admin manages the talent taxonomy and has no candidate screens', async ({ page }) => {
  const code = `e2e-talent-${stamp}`;
  const label = `E2E talent ${stamp}`;
  await login(page, 'admin', 'admin', '/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Vacatures', 'Werkgevers', 'Talenten', 'Dashboard']);
  await nav.getByRole('link', { name: 'Talenten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Talenten' })).toBeVisible();
  await expect(page.getByText(/^\d[\d.]* talenten?$/)).toBeVisible();
  await expectAccessible(page, 'talent list');

  await page.getByLabel('Categorie').selectOption('CERTIFICATE');
  await expect(page).toHaveURL(/categorie=CERTIFICATE/);
  await expect(page.getByRole('row').filter({ hasText: 'Certificaat' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Nieuw talent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw talent' })).toBeVisible();
  await page.getByLabel('Code *').fill(code);
  await page.getByLabel('Naam (Nederlands) *').fill(label);
  await page.getByLabel('Naam (Engels) *').fill(`E2E talent ${stamp} (en)`);
  await page.getByLabel('Categorie *').selectOption('VOCATIONAL_SKILL');
  await expectAccessible(page, 'new talent form');
  await page.getByRole('button', { name: 'Talent opslaan' }).click();

  await expect(page).toHaveURL(new RegExp(`/talenten/${code}$`));
  await expect(page.getByRole('status').filter({ hasText: `Talent ${label} is toegevoegd.` })).toBeVisible();
  await expectAccessible(page, 'talent page');

  // Rename (PUT with If-Match).
  await page.getByLabel('Naam (Nederlands) *').fill(`${label} hernoemd`);
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();
  await expect(page.getByLabel('Naam (Nederlands) *')).toHaveValue(`${label} hernoemd`);

  // Retire and reinstate.
  await page.getByRole('button', { name: 'Laten vervallen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het talent is vervallen' })).toBeVisible();
  await expect(page.getByText('Vervallen', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Weer in gebruik nemen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het talent is weer in gebruik.' })).toBeVisible();

  await page.goto('/talenten');
  await page.getByLabel('Zoek op naam of code').fill(code);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('row').filter({ hasText: `${label} hernoemd` })).toBeVisible();
  await expect(page.getByText('1 talent', { exact: true })).toBeVisible();

  // Admins get 403 on the candidate API, so the SPA does not offer the screens.
  await page.goto('/kandidaten');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expectAccessible(page, 'no access inside the layout');
});

test('the talent list works on a 375 px wide phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await login(page, 'admin', 'admin', '/talenten');
  await expect(page.getByRole('heading', { level: 1, name: 'Talenten' })).toBeVisible();
  await expect(page.getByText(/^\d[\d.]* talenten?$/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'talent list at 375x812');
});
