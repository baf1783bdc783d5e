import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { VacancyStatusBadge } from '@/components/StatusBadge';
import {
  VacancyDetails,
  VacancyStatusActions,
  canDeleteVacancy,
  useChangeVacancyStatus,
  useDeleteVacancy,
  useVacancy,
} from '@/features/vacancies';
import { CandidateSuggestionsSection, PipelineSection } from '@/features/matching';
import { usePermissions } from '@/lib/auth/session';
import { nl, vacancyStatusLabels } from '@/lib/i18n/nl';

/**
 * A vacancy's details; consultants also get the legal status transitions, edit and (for
 * drafts) delete, and — to match — its pipeline board and the ranked candidate suggestions.
 */
export function VacancyPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { canEdit, canMatch } = usePermissions();
  const vacancy = useVacancy(id);
  const changeStatus = useChangeVacancyStatus(id);
  const remove = useDeleteVacancy(id);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (vacancy.isPending) return <Loading />;
  if (vacancy.isError || !vacancy.data) {
    return (
      <>
        <PageHeader title={nl.vacancies.title} />
        <ProblemAlert error={vacancy.error} />
        <Link to="/vacatures">{nl.app.back}</Link>
      </>
    );
  }

  const { data, etag } = vacancy.data;

  return (
    <>
      <PageHeader
        title={data.title}
        actions={
          canEdit && (
            <>
              <Link to={`/vacatures/${data.id}/bewerken`} className="button button--secondary">
                {nl.vacancies.edit}
              </Link>
              {canDeleteVacancy(data.status) && (
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    remove.reset();
                    setConfirmDelete(true);
                  }}
                >
                  {nl.vacancies.delete}
                </button>
              )}
            </>
          )
        }
      >
        <p>
          <VacancyStatusBadge status={data.status} /> · {data.employerName}
        </p>
      </PageHeader>

      {canEdit && (
        <>
          <ProblemAlert
            error={changeStatus.error}
            subject={nl.vacancies.thisVacancy}
            onReload={() => {
              changeStatus.reset();
              void vacancy.refetch();
            }}
          />
          <VacancyStatusActions
            status={data.status}
            busy={changeStatus.isPending}
            onChange={(status) =>
              changeStatus.mutate(
                { status, etag },
                {
                  onSuccess: ({ data: updated }) => {
                    const state: FlashState = {
                      flash: { text: nl.vacancies.statusChanged(vacancyStatusLabels[updated.status]) },
                    };
                    navigate('.', { replace: true, state });
                  },
                },
              )
            }
          />
        </>
      )}

      <VacancyDetails vacancy={data} />

      {canMatch && (
        <>
          <PipelineSection
            vacancyId={data.id}
            canMove
            vacancyOpen={data.status === 'OPEN'}
            hoursPerWeek={data.hoursPerWeekMax ?? data.hoursPerWeekMin}
          />
          <CandidateSuggestionsSection vacancyId={data.id} vacancyOpen={data.status === 'OPEN'} />
        </>
      )}

      <ConfirmDialog
        open={confirmDelete}
        title={nl.vacancies.deleteTitle}
        confirmLabel={nl.vacancies.delete}
        danger
        busy={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(etag, {
            onSuccess: () => {
              setConfirmDelete(false);
              navigate('/vacatures', { state: { flash: { text: nl.vacancies.deleted } } satisfies FlashState });
            },
          })
        }
        footer={<ProblemAlert error={remove.error} subject={nl.vacancies.thisVacancy} />}
      >
        <p>{nl.vacancies.deleteText(data.title)}</p>
      </ConfirmDialog>
    </>
  );
}
