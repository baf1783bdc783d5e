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
