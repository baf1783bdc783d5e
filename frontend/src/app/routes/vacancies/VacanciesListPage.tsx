import { Link } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { VacancyFilters, VacancyTable, useVacancies, type VacancyListParams } from '@/features/vacancies';
import type { Sector, VacancyStatus } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;
const DEFAULTS = { q: '', status: '', sector: '', werkgever: '', sortering: 'createdAt,desc' };

export function VacanciesListPage() {
  const { canEdit } = usePermissions();
  const { values, page, update, setPage, reset } = useSearchState(DEFAULTS);

  const params: VacancyListParams = {
    page,
    size: PAGE_SIZE,
    sort: values.sortering,
    q: values.q || undefined,
    status: values.status ? [values.status as VacancyStatus] : undefined,
    sector: (values.sector || undefined) as Sector | undefined,
    employerId: values.werkgever || undefined,
  };
  const vacancies = useVacancies(params);
  const hasFilters = values.q || values.status || values.sector || values.werkgever;

  return (
    <>
      <PageHeader
        title={nl.vacancies.title}
        actions={
          canEdit && (
            <Link to="/vacatures/nieuw" className="button button--primary">
              {nl.vacancies.new}
            </Link>
          )
        }
      />
      <VacancyFilters
        values={{
          q: values.q,
          status: values.status,
          sector: values.sector,
          employerId: values.werkgever,
          sort: values.sortering,
        }}
        onChange={(c) =>
          update({ q: c.q, status: c.status, sector: c.sector, werkgever: c.employerId, sortering: c.sort })
        }
      />
      <ProblemAlert error={vacancies.error} />
      {vacancies.isPending ? (
        <Loading />
      ) : vacancies.data ? (
        <>
          <div className="list-summary">
            <p className="list-count" role="status">
              {nl.vacancies.count(vacancies.data.totalItems)}
            </p>
            {hasFilters && (
              <button type="button" className="button button--secondary" onClick={reset}>
                {nl.list.clearFilters}
              </button>
            )}
          </div>
          {vacancies.data.items.length === 0 ? (
            <p>{nl.list.noResults}</p>
          ) : (
            <VacancyTable vacancies={vacancies.data.items} />
          )}
          <Pagination page={page} totalPages={vacancies.data.totalPages} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
