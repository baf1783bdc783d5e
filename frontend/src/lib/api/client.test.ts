import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, requestsOf } from '@/test/utils';
import { api, createApiClient, expectData, setAccessTokenGetter } from './client';
import { ApiProblem } from './problem';

describe('api client middleware', () => {
  it('adds the bearer token of the signed-in user to every request', async () => {
    const fetch = mockFetch(() => jsonResponse([{ code: 'rotterdam', name: 'Rotterdam' }]));
    const client = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => 'token-123' });

    const result = await client.GET('/api/municipalities');

    expect(expectData(result)).toEqual([{ code: 'rotterdam', name: 'Rotterdam' }]);
    const [request] = requestsOf(fetch);
    expect(request.url).toBe('http://spa.test/api/municipalities');
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('asks for Dutch problem texts on every request, overriding any other language', async () => {
    const fetch = mockFetch(() => jsonResponse({}, { status: 200 }));
    const client = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => null });

    await client.GET('/api/municipalities');
    await client.GET('/api/employers/{id}', { params: { path: { id: 'x' } } });
    await client.POST('/api/vacancies/{id}/status', {
      params: { path: { id: 'x' } },
      body: { status: 'OPEN' },
      headers: { 'Accept-Language': 'en' },
    });
    await client.DELETE('/api/employers/{id}', { params: { path: { id: 'x' } } });

    const requests = requestsOf(fetch);
    expect(requests).toHaveLength(4);
    for (const request of requests) {
      expect(request.headers.get('Accept-Language')).toBe('nl-NL');
    }
  });

  it('reads the token asynchronously and sends no Authorization header without one', async () => {
    const fetch = mockFetch(() => jsonResponse([]));
    const withToken = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: async () => 'renewed' });
    const withoutToken = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => null });

    await withToken.GET('/api/municipalities');
    await withoutToken.GET('/api/municipalities');

    const [first, second] = requestsOf(fetch);
    expect(first.headers.get('Authorization')).toBe('Bearer renewed');
    expect(second.headers.has('Authorization')).toBe(false);
  });

  it('the shared client uses the token getter installed by the auth layer', async () => {
    const fetch = mockFetch(() => jsonResponse([]));
    setAccessTokenGetter(() => 'from-auth-layer');

    await api.GET('/api/municipalities');

    const [request] = requestsOf(fetch);
    expect(request.url).toBe(`${window.location.origin}/api/municipalities`);
    expect(request.headers.get('Authorization')).toBe('Bearer from-auth-layer');
    setAccessTokenGetter(() => null);
  });

  it('turns an application/problem+json response into a typed ApiProblem with violations', async () => {
    mockFetch(() =>
      problemResponse({
        type: 'https://werkhub.nl/problems/validation-failed',
        title: 'Validation failed',
        status: 422,
        detail: 'The request body has 2 invalid fields',
        instance: '/api/employers',
        violations: [
          { field: 'kvkNumber', message: 'must be exactly 8 digits' },
          { field: 'postcode', message: 'is not a Dutch postcode' },
        ],
      }),
    );
    const client = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => 't' });

    const error = await client
      .POST('/api/employers', {
        body: {
          name: 'X',
          kvkNumber: '123',
          sector: 'RETAIL',
          sizeClass: 'MICRO',
          postcode: '0000',
          municipalityCode: 'rotterdam',
        },
      })
      .then(
        () => null,
        (e: unknown) => e,
      );

    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.status).toBe(422);
    expect(problem.slug).toBe('validation-failed');
    expect(problem.detail).toBe('The request body has 2 invalid fields');
    expect(problem.instance).toBe('/api/employers');
    expect(problem.violations).toEqual([
      { field: 'kvkNumber', message: 'must be exactly 8 digits' },
      { field: 'postcode', message: 'is not a Dutch postcode' },
    ]);
  });

  it('builds a problem from the status when the body is not problem+json', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));
    const client = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => 't' });

    await expect(client.GET('/api/municipalities')).rejects.toMatchObject({
      name: 'ApiProblem',
      status: 502,
      title: 'Bad Gateway',
      violations: [],
    });
  });

  it('reports an unreachable server as status 0', async () => {
    mockFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const client = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => 't' });

    await expect(client.GET('/api/municipalities')).rejects.toMatchObject({ name: 'ApiProblem', status: 0 });
  });

  it('exposes the ETag of single-resource responses', async () => {
    mockFetch(() => jsonResponse({ id: 'x' }, { etag: '"4"' }));
    const client = createApiClient({ baseUrl: 'http://spa.test', getAccessToken: () => 't' });

    const result = await client.GET('/api/employers/{id}', { params: { path: { id: 'x' } } });

    expect(result.response.headers.get('ETag')).toBe('"4"');
  });
});
