import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { talent } from '@/test/fixtures';
import { jsonResponse, mockFetch, problemResponse, renderRoute, requestsOf } from '@/test/utils';
import { TalentPage } from './TalentPage';

describe('Talent (admin)', () => {
  it('renames with PUT and If-Match, then retires with the new version', async () => {
    const user = userEvent.setup();
    let current = talent({ version: 3 });
    let putBody: unknown;
    const fetch = mockFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/talents/heftruckcertificaat' && request.method === 'GET') {
        return jsonResponse(current, { etag: `"${current.version}"` });
      }
      if (url.pathname === '/api/talents/heftruckcertificaat' && request.method === 'PUT') {
        const body = (await request.json()) as Record<string, unknown>;
        putBody = body;
        current = { ...current, ...body, version: current.version + 1 };
        return jsonResponse(current, { etag: `"${current.version}"` });
      }
      if (url.pathname === '/api/talents/heftruckcertificaat/retire') {
        current = { ...current, retired: true, version: current.version + 1 };
        return jsonResponse(current, { etag: `"${current.version}"` });
      }
      return problemResponse({ status: 404 });
    });
    renderRoute(<TalentPage />, { path: '/talenten/:code', url: '/talenten/heftruckcertificaat', roles: ['admin'] });

    const labelNl = await screen.findByLabelText(/^Naam \(Nederlands\)/);
    expect(screen.queryByLabelText(/^Code/)).not.toBeInTheDocument();
    await user.clear(labelNl);
    await user.type(labelNl, 'Heftruckcertificaat (VCA)');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Talent: Heftruckcertificaat (VCA)'));
    const put = requestsOf(fetch).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(putBody).toEqual({
      labelNl: 'Heftruckcertificaat (VCA)',
      labelEn: 'Forklift certificate',
      category: 'CERTIFICATE',
    });

    await user.click(screen.getByRole('button', { name: 'Laten vervallen' }));
    expect(await screen.findByRole('button', { name: 'Weer in gebruik nemen' })).toBeInTheDocument();
    const retire = requestsOf(fetch).find((r) => r.url.endsWith('/retire'))!;
    expect(retire.method).toBe('POST');
    expect(retire.headers.get('If-Match')).toBe('"4"');
    expect(screen.getByText(/Dit talent is vervallen/)).toBeInTheDocument();
  });

  it('explains a 412 and loads the newest version', async () => {
    const user = userEvent.setup();
    mockFetch((request) => {
      if (request.method === 'PUT') {
        return problemResponse({ status: 412, title: 'Precondition Failed', type: 'https://werkhub.nl/problems/precondition-failed' });
      }
      return jsonResponse(talent(), { etag: '"1"' });
    });
    renderRoute(<TalentPage />, { path: '/talenten/:code', url: '/talenten/heftruckcertificaat', roles: ['admin'] });
    await user.click(await screen.findByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Iemand anders heeft dit talent gewijzigd');
    expect(screen.getByRole('button', { name: 'Nieuwste versie laden' })).toBeInTheDocument();
  });
});
