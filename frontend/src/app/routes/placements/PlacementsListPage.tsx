import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { PlacementFilters, PlacementTable, usePlacements, type PlacementListParams } from '@/features/placements';
import type { PlacementStatus } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;
const DEFAULTS = { status: '', risico: '' };

/**
 * "Plaatsingen": consultants see all, jobcoaches their own, municipalities their candidates'
 * (the API decides). The API's default order puts at-risk and unreachable placements first.
 */
export function PlacementsListPage() {
  const { canManagePlacements, hasAftercare, isMunicipal } = usePermissions();
  const { values, page, update, setPage, reset } = useSearchState(DEFAULTS);
  const params: PlacementListParams = {
    page,
    size: PAGE_SIZE,
    sort: 'attention',
    status: values.status ? [values.status as PlacementStatus] : undefined,
    atRisk: values.risico === 'ja' ? true : undefined,
  };
  const placements = usePlacements(params);
  const hasFilters = values.status || values.risico;
  const intro = canManagePlacements
    ? nl.placements.intro
    : hasAftercare
      ? nl.placements.introJobcoach
      : isMunicipal
        ? nl.placements.introMunicipal
        : nl.placements.intro;

  return (
    <>
      <PageHeader title={nl.placements.title}>
        <p>{intro}</p>
      </PageHeader>
      <PlacementFilters
        values={{ status: values.status, atRisk: values.risico === 'ja' }}
        onChange={(c) =>
          update({ status: c.status, risico: c.atRisk === undefined ? undefined : c.atRisk ? 'ja' : '' })
        }
      />
      <ProblemAlert error={placements.error} />
      {placements.isPending ? (
        <Loading />
      ) : placements.data ? (
        <>
          <div className="list-summary">
            <p className="list-count" role="status">
              {nl.placements.count(placements.data.totalItems)}
            </p>
            {hasFilters && (
              <button type="button" className="button button--secondary" onClick={reset}>
                {nl.list.clearFilters}
              </button>
            )}
          </div>
          {placements.data.items.length === 0 ? (
            <p>{nl.list.noResults}</p>
          ) : (
            <PlacementTable placements={placements.data.items} />
          )}
          <Pagination page={page} totalPages={placements.data.totalPages} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
