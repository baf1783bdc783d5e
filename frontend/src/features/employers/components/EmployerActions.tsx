import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Employer } from '@/lib/api/types';
import { nl } from '@/lib/i18n/nl';
import { useArchiveEmployer, useDeleteEmployer, useReactivateEmployer } from '../hooks/use-employer-mutations';

export interface EmployerActionsProps {
  employer: Employer;
  etag: string | null;
  onArchived: () => void;
  onReactivated: () => void;
  onDeleted: () => void;
}

/** Archive / reactivate / delete (with confirmation; a 409 "has vacancies" is shown in the dialog). */
export function EmployerActions({ employer, etag, onArchived, onReactivated, onDeleted }: EmployerActionsProps) {
  const archive = useArchiveEmployer(employer.id);
  const reactivate = useReactivateEmployer(employer.id);
  const remove = useDeleteEmployer(employer.id);
  const [confirming, setConfirming] = useState(false);

  const statusError = archive.error ?? reactivate.error;
  const busy = archive.isPending || reactivate.isPending || remove.isPending;

  return (
    <section className="section" aria-label={nl.list.actions}>
      <ProblemAlert error={statusError} subject={nl.employers.thisEmployer} />
      <div className="button-row">
        {employer.status === 'ACTIVE' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              reactivate.reset();
              archive.mutate(etag, { onSuccess: onArchived });
            }}
          >
            {nl.employers.archive}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              archive.reset();
              reactivate.mutate(etag, { onSuccess: onReactivated });
            }}
          >
            {nl.employers.reactivate}
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          {nl.employers.delete}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={nl.employers.deleteTitle}
        confirmLabel={nl.employers.delete}
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(etag, {
            onSuccess: () => {
              setConfirming(false);
              onDeleted();
            },
          })
        }
        footer={<ProblemAlert error={remove.error} subject={nl.employers.thisEmployer} />}
      >
        <p>{nl.employers.deleteText(employer.name)}</p>
      </ConfirmDialog>
    </section>
  );
}
