import { Link, useNavigate, useParams } from 'react-router';
import { callKindText } from '@/components/aftercare/call-text';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { CallInfo, CallLogForm, useCall, useLogCall } from '@/features/aftercare';
import type { FollowUpCallLogResponse } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';

/** What the next page says after logging: done, a retry planned, or the last attempt failed. */
export function flashAfterLog(result: FollowUpCallLogResponse): FlashState['flash'] {
  if (result.call.status === 'DONE') return { text: nl.aftercare.logged };
  if (result.retry) return { text: nl.aftercare.retryPlanned(formatDate(result.retry.dueDate)) };
  return { text: nl.aftercare.flaggedAfterLast, tone: 'warning' };
}

/**
 * One call (the calendar feed links here): its people with phone buttons and, while it is
 * planned, the log form. After logging a jobcoach returns to "Vandaag", a consultant to the placement.
 */
export function CallPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { hasAftercare, canManagePlacements } = usePermissions();
  const call = useCall(id);
  const log = useLogCall(id);
  const back = hasAftercare ? (
    <p>
      <Link to="/nazorg">{nl.aftercare.backToToday}</Link>
    </p>
  ) : null;

  if (call.isPending) return <Loading />;
  if (call.isError || !call.data) {
    return (
      <>
        <PageHeader title={nl.aftercare.logTitle} />
        <ProblemAlert error={call.error} />
        {back}
      </>
    );
  }
  const { data, etag } = call.data;
  const canLog = data.status === 'PLANNED' && (hasAftercare || canManagePlacements);

  return (
    <>
      <PageHeader title={nl.aftercare.callTitle(callKindText(data), data.candidateName)} />
      {back}
      {data.status !== 'PLANNED' && <p className="alert alert--info">{nl.aftercare.notPlanned}</p>}
      {canLog && (
        <CallLogForm
          busy={log.isPending}
          error={log.error}
          onReload={() => {
            log.reset();
            void call.refetch();
          }}
          onSubmit={(body) =>
            log.mutate(
              { body, etag: etag ?? `"${data.version}"` },
              {
                onSuccess: (result) => {
                  const state: FlashState = { flash: flashAfterLog(result) };
                  navigate(hasAftercare ? '/nazorg' : `/plaatsingen/${data.placementId}`, { state });
                },
              },
            )
          }
        />
      )}
      <CallInfo call={data} />
    </>
  );
}
