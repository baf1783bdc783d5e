import { describe, expect, it } from 'vitest';
import { ApiProblem, problemFromResponse, violationsByField } from './problem';

describe('violationsByField', () => {
  const fields = ['name', 'kvkNumber', 'postcode'] as const;

  it('maps violations to the form fields they name, and keeps the rest apart', () => {
    const { byField, other } = violationsByField(
      [
        { field: 'kvkNumber', message: 'must be exactly 8 digits' },
        { field: 'create.request.postcode', message: 'is not a Dutch postcode' },
        { field: 'hoursPerWeek', message: 'min must not exceed max' },
      ],
      fields,
    );
    expect(byField).toEqual({ kvkNumber: 'must be exactly 8 digits', postcode: 'is not a Dutch postcode' });
    expect(other).toEqual([{ field: 'hoursPerWeek', message: 'min must not exceed max' }]);
  });

  it('joins several messages for the same field', () => {
    const { byField } = violationsByField(
      [
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'is too long' },
      ],
      fields,
    );
    expect(byField.name).toBe('must not be blank; is too long');
  });
});

describe('problemFromResponse', () => {
  it('ignores violations that are not {field, message}', async () => {
    const response = new Response(
      JSON.stringify({ status: 400, title: 'Bad', violations: [{ field: 'a', message: 'b' }, 'junk', { field: 1 }] }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
    );
    const problem = await problemFromResponse(response);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem.violations).toEqual([{ field: 'a', message: 'b' }]);
  });

  it('falls back to the HTTP status for unparsable JSON', async () => {
    const response = new Response('{not json', { status: 500, headers: { 'Content-Type': 'application/json' } });
    const problem = await problemFromResponse(response);
    expect(problem.status).toBe(500);
    expect(problem.slug).toBe('about:blank');
  });
});
