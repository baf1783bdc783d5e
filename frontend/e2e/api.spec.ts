import { expect, test } from '@playwright/test';
import { API_URL, clientCredentialsToken, passwordToken } from './support';

// The API through the real Keycloak, without the browser.
test.describe('API authentication and roles', () => {
  test('a consultant token (password grant, public client werkhub-cli) may list employers', async ({ request }) => {
    const token = await passwordToken(request, 'consultant', 'consultant');
    const response = await request.get(`${API_URL}/api/employers?size=5`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { items: unknown[]; totalItems: number; page: number; size: number };
    expect(Array.isArray(body.items)).toBe(true);
    expect(body.page).toBe(0);
    expect(body.size).toBe(5);
    expect(typeof body.totalItems).toBe('number');
  });

  test('a municipal system (client credentials) is refused with 403 problem+json', async ({ request }) => {
    const token = await clientCredentialsToken(request, 'gemeente-rotterdam', 'gemeente-rotterdam-secret');
    const response = await request.get(`${API_URL}/api/employers`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status()).toBe(403);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    const problem = (await response.json()) as { status: number; type: string };
    expect(problem.status).toBe(403);
    expect(problem.type).toMatch(/forbidden$/);
  });

  test('without a token the API answers 401', async ({ request }) => {
    const response = await request.get(`${API_URL}/api/employers`);
    expect(response.status()).toBe(401);
  });
});
