// PROVISIONAL: the issue-3 candidate routes as docs/api.md describes them, until the backend's
// contract is merged into openapi.yaml and schema.d.ts is regenerated. Then this file
// goes and the features call `api` with the generated paths.
import type { Client } from 'openapi-fetch';
import { api } from './client';
import type {
  Candidate,
  CandidatePage,
  MunicipalCandidate,
  MunicipalCandidatePage,
  TargetGroup,
  CandidateStatus,
} from './types';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Op<P extends object, R> = {
  parameters: P & { cookie?: never };
  requestBody?: never;
  responses: { 200: Json<R>; 201: Json<R> };
};
type NoParams = { query?: never; header?: never; path?: never };
type Path<Ops> = { parameters: NoParams & { cookie?: never } } & Ops;

export interface ProvisionalPaths {
  '/api/candidates': Path<{
    get: Op<
      {
        query?: {
          talents?: string;
          talentMatch?: 'ANY' | 'ALL';
          minLevel?: number;
          targetGroup?: TargetGroup;
          municipality?: string;
          hoursMin?: number;
          hoursMax?: number;
          availableBy?: string;
          status?: CandidateStatus;
          q?: string;
          page?: number;
          size?: number;
          sort?: string;
        };
        header?: never;
        path?: never;
      },
      CandidatePage
    >;
  }>;
  '/api/candidates/{id}': Path<{
    get: Op<{ query?: never; header?: never; path: { id: string } }, Candidate>;
  }>;
  '/api/municipalities/{code}/candidates': Path<{
    get: Op<
      { query?: { updatedSince?: string; page?: number; size?: number }; header?: never; path: { code: string } },
      MunicipalCandidatePage
    >;
  }>;
  '/api/municipalities/{code}/candidates/{clientNumber}': Path<{
    get: Op<{ query?: never; header?: never; path: { code: string; clientNumber: string } }, MunicipalCandidate>;
  }>;
}

/** The one API client, typed with the provisional issue-3 routes. */
export const provisionalApi = api as unknown as Client<ProvisionalPaths>;
