import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { CallCard, orderForToday, useCalls } from '@/features/aftercare';
import type { FollowUpCall } from '@/lib/api/types';
import { addDays, todayIso } from '@/lib/dates';
import { nl } from '@/lib/i18n/nl';

// Enough for a day's work and then some; a jobcoach with more open calls than this has a bigger problem than paging.
const LIST_SIZE = 100;

function CallList({ calls, today, label }: { calls: FollowUpCall[]; today: string; label: string }) {
  return (
    <ul className="card-list" aria-label={label}>
      {calls.map((call) => (
        <li key={call.id}>
          <CallCard call={call} today={today} />
        </li>
      ))}
    </ul>
  );
}

/** "Vandaag": the jobcoach's planned calls up to today (overdue first), then the next 14 days. */
export function TodayPage() {
  const today = todayIso();
  const due = useCalls({ assignee: 'me', status: ['PLANNED'], dueTo: today, size: LIST_SIZE, sort: 'dueDate,asc' });
  const soon = useCalls({
    assignee: 'me',
    status: ['PLANNED'],
    dueFrom: addDays(today, 1),
    dueTo: addDays(today, 14),
    size: LIST_SIZE,
    sort: 'dueDate,asc',
  });
  const dueCalls = due.data ? orderForToday(due.data.items, today) : [];

  return (
    <>
      <PageHeader title={nl.aftercare.todayTitle}>
        <p>{nl.aftercare.todayIntro}</p>
      </PageHeader>
      <ProblemAlert error={due.error} />
      {due.isPending ? (
        <Loading />
      ) : due.data ? (
        dueCalls.length === 0 ? (
          <p className="empty-state">{nl.aftercare.todayEmpty}</p>
        ) : (
          <CallList calls={dueCalls} today={today} label={nl.aftercare.todayTitle} />
        )
      ) : null}
      <section className="section" aria-labelledby="soon-heading">
        <h2 id="soon-heading">{nl.aftercare.soon}</h2>
        <p>{nl.aftercare.soonIntro}</p>
        <ProblemAlert error={soon.error} />
        {soon.isPending ? (
          <Loading />
        ) : soon.data ? (
          soon.data.items.length === 0 ? (
            <p>{nl.aftercare.soonEmpty}</p>
          ) : (
            <CallList calls={soon.data.items} today={today} label={nl.aftercare.soon} />
          )
        ) : null}
      </section>
    </>
  );
}
