import { useState } from 'react';
import { SelectField, TextAreaField, TextField, optionsFrom } from '@/components/form';
import { FormDialog } from '@/components/FormDialog';
import { ContractFields } from '@/components/placement/ContractFields';
import {
  contractFieldId,
  contractFromPlacement,
  contractViolations,
  errorOrder,
  toContract,
  validateContract,
  type ContractValues,
} from '@/components/placement/contract-form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiProblem, violationsByField, type Violation } from '@/lib/api/problem';
import type { Placement, PlacementEndReason, PlacementEndRequest, PlacementStatus } from '@/lib/api/types';
import { todayIso } from '@/lib/dates';
import { nl, placementEndReasonLabels, placementStatusLabels } from '@/lib/i18n/nl';
import { useJobcoaches } from '@/lib/jobcoach-options';
import { useAddPlacementCall, useEndPlacement, useUpdatePlacement } from '../hooks/use-placement-mutations';

interface DialogProps {
  placement: Placement;
  etag: string;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
  /** 409/412: close and load the current placement. */
  onReload: () => void;
}

const focusById = (id: string) => document.getElementById(id)?.focus();

function problemAlert(error: unknown, onReload: () => void, other: Violation[]) {
  return (
    <ProblemAlert
      error={error}
      otherViolations={other}
      subject={nl.placements.thisPlacement}
      staleText={nl.placements.stale}
      reloadStatuses={[409, 412]}
      reloadLabel={nl.placements.refresh}
      onReload={onReload}
      focusOnShow
    />
  );
}

const CONTRACT_ID = 'placement-contract-form';

/** PUT /api/placements/{id} with If-Match: the contract form filled with the current contract. */
export function EditContractDialog({ placement, etag, open, onClose, onDone, onReload }: DialogProps) {
  const update = useUpdatePlacement(placement.id);
  const jobcoaches = useJobcoaches(open);
  const [values, setValues] = useState<ContractValues>(() => contractFromPlacement(placement));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rowKeys, setRowKeys] = useState<string[]>([]);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setValues(contractFromPlacement(placement));
      setErrors({});
      update.reset();
    }
  }
  const server = contractViolations(isApiProblem(update.error) ? update.error.violations : [], rowKeys);

  const submit = () => {
    const found = validateContract(values);
    setErrors(found);
    const first = errorOrder(values).find((f) => found[f]);
    if (first) {
      focusById(contractFieldId(CONTRACT_ID, first));
      return;
    }
    const { contract, rowKeys: sent } = toContract(values);
    setRowKeys(sent);
    update.mutate({ body: contract, etag }, { onSuccess: () => onDone(nl.placements.contractSaved) });
  };

  return (
    <FormDialog
      open={open}
      wide
      title={nl.placements.editContractTitle}
      intro={nl.placements.editContractText}
      submitLabel={nl.app.save}
      busy={update.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      {problemAlert(update.error, onReload, server.other)}
      <ContractFields
        idPrefix={CONTRACT_ID}
        values={values}
        onChange={setValues}
        errors={{ ...server.errors, ...errors }}
        jobcoaches={jobcoaches.data}
        jobcoachesLoading={jobcoaches.isPending && jobcoaches.fetchStatus !== 'idle'}
        jobcoachesFailed={jobcoaches.isError}
      />
    </FormDialog>
  );
}

const END_FIELDS = ['status', 'reason', 'endedOn', 'note'] as const;
type EndField = (typeof END_FIELDS)[number];

export interface EndValues {
  status: '' | Exclude<PlacementStatus, 'ACTIVE'>;
  reason: '' | PlacementEndReason;
  endedOn: string;
  note: string;
}

/** What the end dialog checks before sending; the server checks the dates again. */
export function validateEnd(values: EndValues): Partial<Record<EndField, string>> {
  const errors: Partial<Record<EndField, string>> = {};
  if (!values.status) errors.status = nl.placements.endStatusRequired;
  if (values.status === 'ENDED_EARLY' && !values.reason) errors.reason = nl.placements.endReasonRequired;
  if (!values.endedOn) errors.endedOn = nl.placements.endedOnRequired;
  if (values.status === 'ENDED_EARLY' && values.reason === 'OTHER' && !values.note.trim()) errors.note = nl.placements.endNoteRequired;
  return errors;
}

/** POST /api/placements/{id}/end: Afgerond, or Voortijdig beëindigd with a reason. */
export function EndPlacementDialog({ placement, etag, open, onClose, onDone, onReload }: DialogProps) {
  const end = useEndPlacement(placement.id);
  const initial = (): EndValues => ({ status: '', reason: '', endedOn: todayIso(), note: '' });
  const [values, setValues] = useState<EndValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<EndField, string>>>({});
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setValues(initial());
      setErrors({});
      end.reset();
    }
  }
  const server = violationsByField(isApiProblem(end.error) ? end.error.violations : [], END_FIELDS);
  const error = (f: EndField) => errors[f] ?? server.byField[f];

  const submit = () => {
    const found = validateEnd(values);
    setErrors(found);
    const first = END_FIELDS.find((f) => found[f]);
    if (first) {
      focusById(first === 'status' ? 'end-status-COMPLETED' : `end-${first}`);
      return;
    }
    const body: PlacementEndRequest = { status: values.status as PlacementEndRequest['status'], endedOn: values.endedOn };
    if (values.status === 'ENDED_EARLY' && values.reason) body.reason = values.reason;
    if (values.note.trim()) body.note = values.note.trim();
    end.mutate({ body, etag }, { onSuccess: () => onDone(nl.placements.ended) });
  };

  const statusError = error('status');
  return (
    <FormDialog
      open={open}
      title={nl.placements.endTitle}
      intro={nl.placements.endText}
      submitLabel={nl.placements.end}
      busy={end.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      {problemAlert(end.error, onReload, server.other)}
      <fieldset
        className={`radio-group choice-group${statusError ? ' field--invalid' : ''}`}
        aria-describedby={statusError ? 'end-status-error' : undefined}
      >
        <legend className="field-label">
          {nl.placements.endStatus}
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        {(['COMPLETED', 'ENDED_EARLY'] as const).map((status) => (
          <label key={status} className="choice" htmlFor={`end-status-${status}`}>
            <input
              type="radio"
              id={`end-status-${status}`}
              name="end-status"
              value={status}
              checked={values.status === status}
              onChange={() => setValues((v) => ({ ...v, status }))}
            />
            <span>{placementStatusLabels[status]}</span>
          </label>
        ))}
        {statusError && (
          <p id="end-status-error" className="field-error">
            {statusError}
          </p>
        )}
      </fieldset>
      {values.status === 'ENDED_EARLY' && (
        <SelectField
          id="end-reason"
          label={nl.placements.endReason}
          required
          value={values.reason}
          onChange={(reason) => setValues((v) => ({ ...v, reason: reason as EndValues['reason'] }))}
          options={optionsFrom(placementEndReasonLabels)}
          placeholder={nl.placements.chooseEndReason}
          error={error('reason')}
        />
      )}
      <TextField
        id="end-endedOn"
        label={nl.placements.endedOn}
        required
        type="date"
        min={placement.startDate}
        max={todayIso()}
        value={values.endedOn}
        onChange={(endedOn) => setValues((v) => ({ ...v, endedOn }))}
        error={error('endedOn')}
      />
      <TextAreaField
        id="end-note"
        label={nl.placements.endNote}
        required={values.status === 'ENDED_EARLY' && values.reason === 'OTHER'}
        hint={nl.placements.endNoteHint}
        rows={3}
        maxLength={2000}
        value={values.note}
        onChange={(note) => setValues((v) => ({ ...v, note }))}
        error={error('note')}
      />
    </FormDialog>
  );
}

const CALL_FIELDS = ['dueDate', 'note'] as const;

/** POST /api/placements/{id}/follow-up-calls: an extra call for the placement's jobcoach. */
export function AddCallDialog({ placement, open, onClose, onDone, onReload }: DialogProps) {
  const add = useAddPlacementCall(placement.id);
  const [values, setValues] = useState({ dueDate: todayIso(), note: '' });
  const [dueError, setDueError] = useState<string | undefined>();
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setValues({ dueDate: todayIso(), note: '' });
      setDueError(undefined);
      add.reset();
    }
  }
  const server = violationsByField(isApiProblem(add.error) ? add.error.violations : [], CALL_FIELDS);

  const submit = () => {
    if (!values.dueDate || values.dueDate < todayIso()) {
      setDueError(nl.placements.callDueDateRequired);
      focusById('call-dueDate');
      return;
    }
    setDueError(undefined);
    add.mutate(
      { dueDate: values.dueDate, ...(values.note.trim() ? { note: values.note.trim() } : {}) },
      { onSuccess: () => onDone(nl.placements.callAdded) },
    );
  };

  return (
    <FormDialog
      open={open}
      title={nl.placements.addCallTitle}
      intro={nl.placements.addCallText}
      submitLabel={nl.placements.addCall}
      busy={add.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      {problemAlert(add.error, onReload, server.other)}
      <TextField
        id="call-dueDate"
        label={nl.placements.callDueDate}
        required
        type="date"
        min={todayIso()}
        value={values.dueDate}
        onChange={(dueDate) => setValues((v) => ({ ...v, dueDate }))}
        error={dueError ?? server.byField.dueDate}
      />
      <TextAreaField
        id="call-note"
        label={nl.placements.callNote}
        rows={3}
        maxLength={2000}
        value={values.note}
        onChange={(note) => setValues((v) => ({ ...v, note }))}
        error={server.byField.note}
      />
    </FormDialog>
  );
}
