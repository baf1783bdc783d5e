import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, optionsFrom } from '@/components/form';
import { ContractFields } from '@/components/placement/ContractFields';
import {
  contractFieldId,
  contractViolations,
  emptyContract,
  errorOrder,
  toContract,
  validateContract,
  type ContractValues,
} from '@/components/placement/contract-form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem, violationsByField } from '@/lib/api/problem';
import type { Jobcoach, MatchRejectionReason, MatchStatus, MatchTransitionRequest } from '@/lib/api/types';
import { matchRejectionReasonLabels, matchTransitionLabels, nl } from '@/lib/i18n/nl';
import { noteRequired, reasonRequired, transitionForm } from '../utils/transitions';

const FIELDS = ['reason', 'note'] as const;
type DialogField = (typeof FIELDS)[number];
const CONTRACT_ID = 'transition-contract';

export interface JobcoachOptions {
  data: readonly Jobcoach[] | undefined;
  loading: boolean;
  failed: boolean;
}

export interface TransitionDialogProps {
  /** The move being asked for; null = closed. */
  to: MatchStatus | null;
  candidateName: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: MatchTransitionRequest) => void;
  onCancel: () => void;
  /** On 409/412 inside the dialog: close and reload the board. */
  onReload: () => void;
  /** Placing: the vacancy's hours, to prefill the contract. */
  defaultHoursPerWeek?: number | null;
  /** Placing: the jobcoaches to choose from. */
  jobcoaches?: JobcoachOptions;
}

/** What the dialog checks before sending (reason and note); the server checks the same again. */
export function validateTransition(to: MatchStatus, values: { reason: string; note: string }): Partial<Record<DialogField, string>> {
  const errors: Partial<Record<DialogField, string>> = {};
  if (transitionForm(to) === 'reason') {
    if (reasonRequired(to) && !values.reason) errors.reason = nl.matching.reasonRequired;
    if (noteRequired(values.reason as MatchRejectionReason) && !values.note.trim()) errors.note = nl.matching.noteRequired;
  }
  return errors;
}

/**
 * Asks what a move needs before it is sent: a reason (and a note for "Andere reden") to
 * reject or withdraw, the contract (dates, hours, jobcoach, arrangements) to place. Built
 * on <dialog>, so focus stays inside and Escape cancels.
 */
export function TransitionDialog({
  to,
  candidateName,
  busy,
  error,
  onSubmit,
  onCancel,
  onReload,
  defaultHoursPerWeek,
  jobcoaches,
}: TransitionDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [values, setValues] = useState({ reason: '', note: '' });
  const [contract, setContract] = useState<ContractValues>(() => emptyContract(defaultHoursPerWeek));
  const [sentRowKeys, setSentRowKeys] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const open = to !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  // A new move starts with an empty form.
  const [shownFor, setShownFor] = useState<MatchStatus | null>(null);
  if (shownFor !== to) {
    setShownFor(to);
    setValues({ reason: '', note: '' });
    setContract(emptyContract(defaultHoursPerWeek));
    setSentRowKeys([]);
    setErrors({});
  }

  const form = to ? transitionForm(to) : null;
  const violations = isApiProblem(error) ? error.violations : [];
  const server = violationsByField(form === 'contract' ? [] : violations, FIELDS);
  const serverContract = contractViolations(form === 'contract' ? violations : [], sentRowKeys);
  const fieldError = (field: DialogField) => errors[field] ?? server.byField[field];
  const contractErrors = { ...serverContract.errors, ...errors };
  const otherViolations = form === 'contract' ? serverContract.other : server.other;

  const focus = (id: string) => document.getElementById(id)?.focus();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) return;
    if (form === 'contract') {
      const found = validateContract(contract);
      setErrors(found);
      const first = errorOrder(contract).find((f) => found[f]);
      if (first) {
        focus(contractFieldId(CONTRACT_ID, first));
        return;
      }
      const { contract: placement, rowKeys } = toContract(contract);
      setSentRowKeys(rowKeys);
      const body: MatchTransitionRequest = { to, placement };
      if (values.note.trim()) body.note = values.note.trim();
      onSubmit(body);
      return;
    }
    const found = validateTransition(to, values);
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      focus(`transition-${first}`);
      return;
    }
    const body: MatchTransitionRequest = { to };
    if (values.note.trim()) body.note = values.note.trim();
    if (form === 'reason' && values.reason) body.reason = values.reason as MatchRejectionReason;
    onSubmit(body);
  };

  let title = '';
  let text = '';
  if (to === 'REJECTED') [title, text] = [nl.matching.rejectTitle(candidateName), nl.matching.rejectText];
  else if (to === 'WITHDRAWN') [title, text] = [nl.matching.withdrawTitle(candidateName), nl.matching.withdrawText];
  else if (to === 'PLACED') [title, text] = [nl.matching.placeTitle(candidateName), nl.matching.placeText];

  return (
    <dialog
      ref={ref}
      className={`dialog${form === 'contract' ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <form onSubmit={submit} noValidate aria-busy={busy}>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <p className="dialog-body">{text}</p>
          <ProblemAlert
            error={error}
            otherViolations={otherViolations}
            staleText={nl.matching.stale}
            reloadStatuses={[409, 412]}
            reloadLabel={nl.matching.refresh}
            onReload={onReload}
            focusOnShow
          />
          {form === 'reason' && (
            <>
              <SelectField
                id="transition-reason"
                label={reasonRequired(to!) ? nl.matching.reasonLabel : nl.matching.reasonOptional}
                required={reasonRequired(to!)}
                value={values.reason}
                onChange={(reason) => setValues((v) => ({ ...v, reason }))}
                options={optionsFrom(matchRejectionReasonLabels)}
                placeholder={nl.matching.chooseReason}
                error={fieldError('reason')}
              />
              <TextAreaField
                id="transition-note"
                label={nl.matching.noteLabel}
                required={noteRequired(values.reason as MatchRejectionReason)}
                hint={nl.matching.noteHint}
                value={values.note}
                onChange={(note) => setValues((v) => ({ ...v, note }))}
                error={fieldError('note')}
                maxLength={2000}
              />
            </>
          )}
          {form === 'contract' && (
            <>
              <ContractFields
                idPrefix={CONTRACT_ID}
                values={contract}
                onChange={setContract}
                errors={contractErrors}
                jobcoaches={jobcoaches?.data}
                jobcoachesLoading={jobcoaches?.loading ?? false}
                jobcoachesFailed={jobcoaches?.failed ?? false}
              />
              <TextAreaField
                id="transition-note"
                label={nl.matching.noteLabel}
                value={values.note}
                onChange={(note) => setValues((v) => ({ ...v, note }))}
                error={server.byField.note}
                rows={3}
                maxLength={2000}
              />
            </>
          )}
          <div className="button-row">
            <button type="submit" className={`button ${to === 'PLACED' ? 'button--primary' : 'button--danger'}`} disabled={busy}>
              {busy ? nl.matching.moving : matchTransitionLabels[to!]}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
              {nl.app.cancel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
