import { Link } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TalentFilters, TalentTable, useTalents, type TalentListParams } from '@/features/talents';
import type { TalentCategory } from '@/lib/api/types';
import { nl, talentCategoryLabels } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;
const DEFAULTS = { q: '', categorie: '', vervallen: '', sortering: 'labelNl,asc' };

/** Talenten (admin): the taxonomy with search, category filter, retired ones on request. */
export function TalentsListPage() {
  const { values, page, update, setPage, reset } = useSearchState(DEFAULTS);
  const category = Object.prototype.hasOwnProperty.call(talentCategoryLabels, values.categorie)
    ? (values.categorie as TalentCategory)
    : undefined;
  const params: TalentListParams = {
    page,
    size: PAGE_SIZE,
    sort: values.sortering,
    q: values.q || undefined,
    category,
    includeRetired: values.vervallen === 'ja' ? true : undefined,
  };
  const talents = useTalents(params);
  const hasFilters = values.q || values.categorie || values.vervallen;

  return (
    <>
      <PageHeader
        title={nl.talents.title}
        actions={
          <Link to="/talenten/nieuw" className="button button--primary">
            {nl.talents.new}
          </Link>
        }
      />
      <TalentFilters
        values={{ q: values.q, category: values.categorie, includeRetired: values.vervallen === 'ja', sort: values.sortering }}
        onChange={(c) =>
          update({
            q: c.q,
            categorie: c.category,
            vervallen: c.includeRetired === undefined ? undefined : c.includeRetired ? 'ja' : '',
            sortering: c.sort,
          })
        }
      />
      <ProblemAlert error={talents.error} />
      {talents.isPending ? (
        <Loading />
      ) : talents.data ? (
        <>
          <div className="list-summary">
            <p className="list-count" role="status">
              {nl.talents.count(talents.data.totalItems)}
            </p>
            {hasFilters && (
              <button type="button" className="button button--secondary" onClick={reset}>
                {nl.list.clearFilters}
              </button>
            )}
          </div>
          {talents.data.items.length === 0 ? <p>{nl.list.noResults}</p> : <TalentTable talents={talents.data.items} />}
          <Pagination page={page} totalPages={talents.data.totalPages} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
