import { expect, test, type Page } from '@playwright/test';
import { API_URL, bearer, clientCredentialsToken, login, municipalToken } from './support';

// The security headers of the SPA and the API (issue 7, "Limits"), and the proof that the SPA's
// Content-Security-Policy does not break it: a consultant and a jobcoach log in through the real
// Keycloak and go through their main pages (charts included) while every CSP violation the
// browser reports is collected; there must be none. The other specs run under the same policy.

/** Collects what the browser reports as a CSP violation, from the DOM event and the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|connect|frame|apply)/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  // evaluated by the browser's debugging protocol, so the policy under test does not block it
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return violations;
}

// asked without a page: opening '/' in the browser starts the login redirect to Keycloak, and a
// context closed in the middle of it once hung the test's teardown for its whole timeout
test('the SPA is served with its security headers', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status(), 'the SPA answers').toBe(200);
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the API answers with its own strict headers', async ({ request }) => {
  const response = await request.get(`${API_URL}/api/vacancies`);
  expect(response.status()).toBe(401);
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-store');
});

// The metrics are for the realm's monitoring client only (docs/reliability.md, "Monitoring
// endpoints"): here with a token the real Keycloak issues, which the backend tests cannot show.
test('only the monitoring client of the realm reads the metrics', async ({ request }) => {
  const anonymous = await request.get(`${API_URL}/q/metrics`);
  expect(anonymous.status()).toBe(401);
  const municipal = await request.get(`${API_URL}/q/metrics`, { headers: bearer(await municipalToken(request, 'rotterdam')) });
  expect(municipal.status()).toBe(403);
  expect(await municipal.text()).not.toContain('# TYPE');

  const token = await clientCredentialsToken(request, 'werkhub-monitoring', 'werkhub-monitoring-secret');
  const metrics = await request.get(`${API_URL}/q/metrics`, { headers: { ...bearer(token), Accept: 'text/plain' } });
  expect(metrics.status(), await metrics.text()).toBe(200);
  expect(await metrics.text()).toContain('# TYPE jvm_memory_used_bytes');
  // the role opens nothing of the API
  const api = await request.get(`${API_URL}/api/vacancies`, { headers: bearer(token) });
  expect(api.status()).toBe(403);
});

test('a consultant works through the SPA without a CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await login(page, 'consultant', 'consultant', '/vacatures');
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
  for (const [path, heading] of [
    ['/werkgevers', 'Werkgevers'],
    ['/kandidaten', 'Kandidaten'],
    ['/plaatsingen', 'Plaatsingen'],
    ['/dashboard', 'Dashboard'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  // the dashboard's charts (recharts: SVG with style attributes) are rendered
  await expect(page.locator('.recharts-wrapper').first()).toBeAttached();
  expect(violations).toEqual([]);
});

test('a jobcoach works through the SPA without a CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await login(page, 'jobcoach', 'jobcoach', '/nazorg');
  await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible();
  await page.goto('/nazorg/agenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda-koppeling' })).toBeVisible();
  expect(violations).toEqual([]);
});
