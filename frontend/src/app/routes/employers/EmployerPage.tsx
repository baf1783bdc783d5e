import { Link, useNavigate, useParams } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmployerStatusBadge } from '@/components/StatusBadge';
import { EmployerActions, EmployerDetails, EmployerForm, useEmployer, useUpdateEmployer } from '@/features/employers';
import { useMunicipalities } from '@/features/municipalities';
import { usePermissions } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

/** One employer: editable form plus archive/reactivate/delete for consultants, read-only details otherwise. */
export function EmployerPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { canEdit } = usePermissions();
  const employer = useEmployer(id);
  const municipalities = useMunicipalities();
  const update = useUpdateEmployer(id);

  if (employer.isPending) return <Loading />;
  if (employer.isError || !employer.data) {
    return (
      <>
        <PageHeader title={nl.employers.title} />
        <ProblemAlert error={employer.error} />
        <Link to="/werkgevers">{nl.app.back}</Link>
      </>
    );
  }

  const { data, etag } = employer.data;
  const flash = (text: string): FlashState => ({ flash: { text } });
  const actions = (
    <EmployerActions
      employer={data}
      etag={etag}
      onArchived={() => navigate('.', { replace: true, state: flash(nl.employers.archived) })}
      onReactivated={() => navigate('.', { replace: true, state: flash(nl.employers.reactivated) })}
      onDeleted={() => navigate('/werkgevers', { state: flash(nl.employers.deleted(data.name)) })}
    />
  );

  return (
    <>
      <PageHeader
        title={nl.employers.editTitle(data.name)}
        actions={
          canEdit &&
          data.status === 'ACTIVE' && (
            <Link to={`/vacatures/nieuw?werkgever=${data.id}`} className="button button--secondary">
              {nl.vacancies.new}
            </Link>
          )
        }
      >
        <p>
          <EmployerStatusBadge status={data.status} /> · {data.kvkNumber}
        </p>
      </PageHeader>
      {data.status === 'ARCHIVED' && <p className="alert alert--info">{nl.employers.archivedNotice}</p>}
      <p>
        <Link to={`/vacatures?werkgever=${data.id}`}>{nl.employers.vacanciesOfEmployer}</Link>
      </p>

      {canEdit && data.status === 'ACTIVE' ? (
        <>
          <ProblemAlert error={municipalities.error} />
          <EmployerForm
            // A new version (after save, reload or archive) starts the form afresh.
            key={`${data.id}:${data.version}`}
            initial={data}
            municipalities={municipalities.data ?? []}
            submitLabel={nl.employers.update}
            busy={update.isPending}
            error={update.error}
            cancelTo="/werkgevers"
            onSubmit={(body) =>
              update.mutate(
                { body, etag },
                { onSuccess: () => navigate('.', { replace: true, state: flash(nl.employers.updated) }) },
              )
            }
            onReload={() => {
              update.reset();
              void employer.refetch();
            }}
          />
          {actions}
          <p className="audit">{nl.employers.audit(formatDateTime(data.createdAt), formatDateTime(data.updatedAt))}</p>
        </>
      ) : (
        <>
          {/* An archived employer cannot be changed (409); it can be reactivated or deleted. */}
          <EmployerDetails employer={data} />
          {canEdit && actions}
        </>
      )}
    </>
  );
}
