import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import {
  CANDIDATE_SEARCH_DEFAULTS,
  CandidateCards,
  CandidateFilters,
  candidateQueryFromUrl,
  hasCandidateFilters,
  useCandidates,
} from '@/features/candidates';
import { useMunicipalities } from '@/features/municipalities';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;

/** Kandidaten zoeken: consultants search consenting profiles; jobcoaches see their own (the backend limits). */
export function CandidatesSearchPage() {
  const { ownCandidatesOnly } = usePermissions();
  const { values, page, update, setPage, reset } = useSearchState(CANDIDATE_SEARCH_DEFAULTS);
  const params = candidateQueryFromUrl(values, page, PAGE_SIZE);
  const candidates = useCandidates(params);
  const municipalities = useMunicipalities();

  return (
    <>
      <PageHeader title={ownCandidatesOnly ? nl.candidates.titleOwn : nl.candidates.title}>
        <p>{ownCandidatesOnly ? nl.candidates.ownIntro : nl.candidates.intro}</p>
      </PageHeader>
      <CandidateFilters values={values} municipalities={municipalities.data ?? []} onChange={update} />
      <ProblemAlert error={candidates.error} />
      {candidates.isPending ? (
        <Loading />
      ) : candidates.data ? (
        <>
          <div className="list-summary">
            <p className="list-count" role="status">
              {nl.candidates.count(candidates.data.totalItems)}
            </p>
            {hasCandidateFilters(values) && (
              <button type="button" className="button button--secondary" onClick={reset}>
                {nl.list.clearFilters}
              </button>
            )}
          </div>
          {candidates.data.items.length === 0 ? (
            <p>{nl.list.noResults}</p>
          ) : (
            <CandidateCards candidates={candidates.data.items} searchedTalents={params.talents} />
          )}
          <Pagination page={page} totalPages={candidates.data.totalPages} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
