import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FlashState } from '@/components/FlashMessage';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import {
  AddCallDialog,
  CallTimeline,
  EditContractDialog,
  EndPlacementDialog,
  PlacementDetails,
  usePlacement,
  usePlacementCalls,
} from '@/features/placements';
import { usePermissions } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';

type Dialog = 'contract' | 'end' | 'call' | null;

/**
 * One placement: contract, arrangements and the timeline of its calls. Consultants change
 * the contract, end the placement and add calls; the placement's jobcoach adds calls too.
 */
export function PlacementPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { canManagePlacements, hasAftercare, canSearchCandidates } = usePermissions();
  const placement = usePlacement(id);
  const calls = usePlacementCalls(id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (placement.isPending) return <Loading />;
  if (placement.isError || !placement.data) {
    return (
      <>
        <PageHeader title={nl.placements.title} />
        <ProblemAlert error={placement.error} />
        <Link to="/plaatsingen">{nl.placements.backToList}</Link>
      </>
    );
  }

  const { data, etag } = placement.data;
  const active = data.status === 'ACTIVE';
  // Jobcoaches only ever see their own placements, so one who sees it may add a call.
  const canAddCall = active && (canManagePlacements || hasAftercare);
  const done = (message: string) => {
    setDialog(null);
    navigate('.', { replace: true, state: { flash: { text: message } } satisfies FlashState });
  };
  const reload = () => {
    setDialog(null);
    void placement.refetch();
    void calls.refetch();
  };
  const dialogProps = { placement: data, etag: etag ?? `"${data.version}"`, onClose: () => setDialog(null), onDone: done, onReload: reload };

  return (
    <>
      <PageHeader
        title={`${nl.placements.ofCandidate}: ${data.candidateName}`}
        actions={
          (canManagePlacements || canAddCall) &&
          active && (
            <>
              {canManagePlacements && (
                <button type="button" className="button button--secondary" onClick={() => setDialog('contract')}>
                  {nl.placements.editContract}
                </button>
              )}
              {canAddCall && (
                <button type="button" className="button button--secondary" onClick={() => setDialog('call')}>
                  {nl.placements.addCall}
                </button>
              )}
              {canManagePlacements && (
                <button type="button" className="button button--danger" onClick={() => setDialog('end')}>
                  {nl.placements.end}
                </button>
              )}
            </>
          )
        }
      >
        <p>
          {data.vacancyTitle} · {data.employerName}
        </p>
      </PageHeader>
      <p>
        <Link to="/plaatsingen">{nl.placements.backToList}</Link>
      </p>
      <PlacementDetails placement={data} linkPeople={canSearchCandidates} />
      <section className="section" aria-labelledby="placement-timeline">
        <h2 id="placement-timeline">{nl.placements.timeline}</h2>
        <ProblemAlert error={calls.error} />
        {calls.isPending ? <Loading /> : calls.data ? <CallTimeline calls={calls.data} /> : null}
      </section>
      {canManagePlacements && (
        <>
          <EditContractDialog {...dialogProps} open={dialog === 'contract'} />
          <EndPlacementDialog {...dialogProps} open={dialog === 'end'} />
        </>
      )}
      {canAddCall && <AddCallDialog {...dialogProps} open={dialog === 'call'} />}
    </>
  );
}
