import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { TextField } from '@/components/form';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import {
  MunicipalCandidateTable,
  municipalCandidatePath,
  useMunicipalCandidates,
  type MunicipalCandidateListParams,
} from '@/features/municipal-candidates';
import { useMunicipalities } from '@/features/municipalities';
import { useSession } from '@/lib/auth/session';
import { startOfDayInstant } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

const PAGE_SIZE = 20;
const DEFAULTS = { gewijzigdSinds: '' };

/** "Onze kandidaten": the municipal user's own municipality's profiles (read-only). */
export function MunicipalCandidatesPage() {
  const session = useSession();
  const code = session.municipality;
  if (!code) {
    return (
      <>
        <PageHeader title={nl.municipalCandidates.title} />
        <p className="alert alert--warning">{nl.auth.noMunicipality}</p>
      </>
    );
  }
  return <MunicipalCandidates code={code} />;
}

function MunicipalCandidates({ code }: { code: string }) {
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const name = municipalities.data?.find((m) => m.code === code)?.name ?? code;
  const { values, page, update, setPage } = useSearchState(DEFAULTS);
  const params: MunicipalCandidateListParams = {
    page,
    size: PAGE_SIZE,
    updatedSince: startOfDayInstant(values.gewijzigdSinds),
  };
  const candidates = useMunicipalCandidates(code, params);
  const [clientNumber, setClientNumber] = useState('');
  const t = nl.municipalCandidates;

  const open = (event: FormEvent) => {
    event.preventDefault();
    const value = clientNumber.trim();
    if (value) navigate(municipalCandidatePath(value));
  };

  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro(name)}</p>
      </PageHeader>
      <form className="filters" role="search" aria-label={nl.list.filters} onSubmit={open}>
        <div className="search-row">
          <TextField
            id="municipal-client-number"
            label={t.lookupLabel}
            hint={t.lookupHint}
            value={clientNumber}
            onChange={setClientNumber}
            autoCapitalize="none"
            spellCheck={false}
          />
          <button type="submit" className="button button--primary">
            {t.lookupButton}
          </button>
        </div>
        <TextField
          id="municipal-updated-since"
          label={t.updatedSince}
          hint={t.updatedSinceHint}
          type="date"
          value={values.gewijzigdSinds}
          onChange={(gewijzigdSinds) => update({ gewijzigdSinds })}
        />
      </form>
      <ProblemAlert error={candidates.error} />
      {candidates.isPending ? (
        <Loading />
      ) : candidates.data ? (
        <>
          <div className="list-summary">
            <p className="list-count" role="status">
              {t.count(candidates.data.totalItems)}
            </p>
            <p className="list-order">{t.order}</p>
          </div>
          {candidates.data.items.length === 0 ? (
            <p>{nl.list.noResults}</p>
          ) : (
            <MunicipalCandidateTable candidates={candidates.data.items} />
          )}
          <Pagination page={page} totalPages={candidates.data.totalPages} onPageChange={setPage} />
        </>
      ) : null}
    </>
  );
}
