import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../hooks/use-calendar-feed';

const t = nl.calendarFeed;

type Dialog = 'rotate' | 'revoke' | null;

/** The jobcoach's own iCalendar link: show and copy it, make a new one, revoke it. */
export function CalendarFeedSettings() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [dialog, setDialog] = useState<Dialog>(null);
  // One polite live region for every confirmation (copied, created, revoked).
  const [message, setMessage] = useState('');
  const [focusAfter, setFocusAfter] = useState<'url' | 'create' | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const urlId = useId();

  // The button that was pressed may be gone after the change; put focus where the user continues.
  useEffect(() => {
    if (focusAfter === 'url' && urlRef.current) {
      urlRef.current.focus();
      urlRef.current.select();
      setFocusAfter(null);
    } else if (focusAfter === 'create' && createRef.current) {
      createRef.current.focus();
      setFocusAfter(null);
    }
  }, [focusAfter, feed.data]);

  const doCreate = () => {
    setMessage('');
    create.mutate(undefined, {
      onSuccess: () => {
        setDialog(null);
        setMessage(t.created);
        setFocusAfter('url');
      },
    });
  };

  const doRevoke = () => {
    setMessage('');
    revoke.mutate(undefined, {
      onSuccess: () => {
        setDialog(null);
        setMessage(t.revoked);
        setFocusAfter('create');
      },
    });
  };

  const copy = async (url: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setMessage(t.copied);
    } catch {
      urlRef.current?.select();
      setMessage(t.copyFailed);
    }
  };

  const closeDialog = () => {
    setDialog(null);
    create.reset();
    revoke.reset();
  };

  const current = feed.data;

  return (
    <>
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.linkHeading}</h2>
        {feed.isPending ? (
          <Loading />
        ) : feed.error ? (
          <ProblemAlert error={feed.error} />
        ) : current ? (
          <>
            {current.url ? (
              <div className="field">
                <label className="field-label" htmlFor={urlId}>
                  {t.urlLabel}
                </label>
                <p className="field-hint" id={`${urlId}-hint`}>
                  {t.shownOnce}
                </p>
                <div className="copy-row">
                  <input
                    ref={urlRef}
                    id={urlId}
                    className="input"
                    type="text"
                    readOnly
                    value={current.url}
                    aria-describedby={`${urlId}-hint`}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <button type="button" className="button button--secondary" onClick={() => void copy(current.url!)}>
                    {t.copy}
                  </button>
                </div>
                <p className="field-hint">{t.createdAt(formatDateTime(current.createdAt))}</p>
              </div>
            ) : (
              <>
                <p>{t.exists(formatDateTime(current.createdAt))}</p>
                <p>{t.hiddenUrl}</p>
              </>
            )}
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setDialog('rotate')}>
                {t.create}
              </button>
              <button type="button" className="button button--danger" onClick={() => setDialog('revoke')}>
                {t.revoke}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t.none}</p>
            <ProblemAlert error={dialog === null ? create.error : null} />
            <div className="button-row">
              <button
                ref={createRef}
                type="button"
                className="button button--primary"
                onClick={doCreate}
                disabled={create.isPending}
              >
                {create.isPending ? t.creating : t.create}
              </button>
            </div>
          </>
        )}
        <p className="status-message" role="status">
          {message}
        </p>
      </section>
      <ConfirmDialog
        open={dialog === 'rotate'}
        title={t.rotateTitle}
        confirmLabel={t.rotateConfirm}
        onConfirm={doCreate}
        onCancel={closeDialog}
        busy={create.isPending}
        footer={<ProblemAlert error={create.error} />}
      >
        <p>{t.rotateText}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'revoke'}
        title={t.revokeTitle}
        confirmLabel={t.revokeConfirm}
        onConfirm={doRevoke}
        onCancel={closeDialog}
        busy={revoke.isPending}
        danger
        footer={<ProblemAlert error={revoke.error} />}
      >
        <p>{t.revokeText}</p>
      </ConfirmDialog>
    </>
  );
}

/** What the link is for and how to treat it. */
export function CalendarFeedExplanation() {
  return (
    <div className="calendar-feed-explanation">
      <p>{t.intro}</p>
      <p>{t.privacy}</p>
      <div className="alert alert--warning">
        <p>{t.secret}</p>
      </div>
    </div>
  );
}

/** Where to paste the link in the common calendar apps. */
export function CalendarFeedHowTo() {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.howToHeading}</h2>
      <ul>
        {t.howTo.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
