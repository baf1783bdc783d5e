import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_SEARCH_DEFAULTS,
  candidateQueryFromUrl,
  hasCandidateFilters,
  talentCodesFromUrl,
  talentCodesToUrl,
  type CandidateSearchValues,
} from './search-params';

const url = (values: Partial<CandidateSearchValues>): CandidateSearchValues => ({ ...CANDIDATE_SEARCH_DEFAULTS, ...values });

describe('candidate search: URL → API query', () => {
  it('sends only paging, the default sort and status ACTIVE when nothing is chosen', () => {
    expect(candidateQueryFromUrl(url({}), 0, 20)).toEqual({
      page: 0,
      size: 20,
      sort: 'updatedAt,desc',
      talents: undefined,
      talentMatch: undefined,
      minLevel: undefined,
      targetGroup: undefined,
      municipality: undefined,
      hoursMin: undefined,
      hoursMax: undefined,
      availableBy: undefined,
      status: 'ACTIVE',
      q: undefined,
    });
  });

  it('maps every filter to its API parameter', () => {
    const query = candidateQueryFromUrl(
      url({
        talenten: 'heftruckcertificaat,klantvriendelijk',
        match: 'alle',
        niveau: '3',
        doelgroep: 'BBL',
        gemeente: 'capelle',
        urenVan: '16',
        urenTot: '32',
        beschikbaarVoor: '2026-09-01',
        status: 'PAUSED',
        q: '  koken ',
        sortering: 'lastName,asc',
      }),
      2,
      20,
    );
    expect(query).toEqual({
      page: 2,
      size: 20,
      sort: 'lastName,asc',
      talents: ['heftruckcertificaat', 'klantvriendelijk'],
      talentMatch: 'ALL',
      minLevel: 3,
      targetGroup: 'BBL',
      municipality: 'capelle',
      hoursMin: 16,
      hoursMax: 32,
      availableBy: '2026-09-01',
      status: 'PAUSED',
      q: 'koken',
    });
  });

  it('uses talentMatch ANY unless "alle", and only sends match and level together with talents', () => {
    expect(candidateQueryFromUrl(url({ talenten: 'kassa' }), 0, 20)).toMatchObject({ talentMatch: 'ANY', minLevel: undefined });
    expect(candidateQueryFromUrl(url({ talenten: 'kassa', match: 'iets' }), 0, 20).talentMatch).toBe('ANY');
    expect(candidateQueryFromUrl(url({ match: 'alle', niveau: '4' }), 0, 20)).toMatchObject({
      talents: undefined,
      talentMatch: undefined,
      minLevel: undefined,
    });
  });

  it('leaves out what a hand-edited URL gets wrong instead of sending it', () => {
    const query = candidateQueryFromUrl(
      url({
        talenten: 'Kassa,,../x,kassa,kassa',
        niveau: '9',
        doelgroep: 'ZZP',
        gemeente: 'Rotterdam!',
        urenVan: '0',
        urenTot: 'veel',
        beschikbaarVoor: '2026-02-30',
        status: 'GONE',
        sortering: 'birthDate,asc',
      }),
      0,
      20,
    );
    expect(query).toMatchObject({
      talents: ['kassa'],
      minLevel: undefined,
      targetGroup: undefined,
      municipality: undefined,
      hoursMin: undefined,
      hoursMax: undefined,
      availableBy: undefined,
      status: 'ACTIVE',
      sort: 'updatedAt,desc',
    });
  });

  it('keeps talent codes unique and in the order chosen', () => {
    expect(talentCodesFromUrl('b,a,b, c')).toEqual(['b', 'a', 'c']);
    expect(talentCodesFromUrl('')).toEqual([]);
    expect(talentCodesToUrl(['b', 'a', 'b'])).toBe('b,a');
  });

  it('knows when filters are set (sort alone is not a filter)', () => {
    expect(hasCandidateFilters(url({}))).toBe(false);
    expect(hasCandidateFilters(url({ sortering: 'lastName,asc' }))).toBe(false);
    expect(hasCandidateFilters(url({ status: 'PLACED' }))).toBe(true);
    expect(hasCandidateFilters(url({ talenten: 'kassa' }))).toBe(true);
  });
});
