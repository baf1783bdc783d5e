import { Link } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmployerFilters, EmployerTable, useEmployers, type EmployerListParams } from '@/features/employers';
import { useMunicipalities } from '@/features/municipalities';
import type { EmployerStatus, Sector } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;
const DEFAULTS = { q: '', sector: '', gemeente: '', status: '', sortering: 'name,asc' };

export function EmployersListPage() {
  const { canEdit } = usePermissions();
  const { values, page, update, setPage, reset } = useSearchState(DEFAULTS);
  const municipalities = useMunicipalities();

  const params: EmployerListParams = {
    page,
    size: PAGE_SIZE,
    sort: values.sortering,
    q: values.q || undefined,
    sector: (values.sector || undefined) as Sector | undefined,
    municipality: values.gemeente || undefined,
    status: (values.status || undefined) as EmployerStatus | undefined,
  };
  const employers = useEmployers(params);
  const hasFilters = values.q || values.sector || values.gemeente || values.status;

  return (
    <>
      <PageHeader
        title={nl.employers.title}
        actions={
          canEdit && (
            <Link to="/werkgevers/nieuw" className="button button--primary">
              {nl.employers.new}
            </Link>
          )
        }
      />
      <EmployerFilters
        values={{
          q: values.q,
          sector: values.sector,
          municipality: values.gemeente,
          status: values.status,
          sort: values.sortering,
        }}
        municipalities={municipalities.data ?? []}
        onChange={(c) =>
          update({ q: c.q, sector: c.sector, gemeente: c.municipality, status: c.status, sortering: c.sort })
        }
      />
      <ProblemAlert error={employers.error} />
      {employers.isPending ? (
        <Loading />
      ) : employers.data ? (
        <>
          <div className="list-summary">
            <p className="list-count" role="status">
              {nl.employers.count(employers.data.totalItems)}
            </p>
            {hasFilters && (
              <button type="button" className="button button--secondary" onClick={reset}>
                {nl.list.clearFilters}
              </button>
            )}
          </div>
          {employers.data.items.length === 0 ? (
            <p>{nl.list.noResults}</p>
          ) : (
            <EmployerTable employers={employers.data.items} />
          )}
          <Pagination page={page} totalPages={employers.data.totalPages} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
