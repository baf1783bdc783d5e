import { useMemo } from 'react';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { Dashboard, PeriodForm, defaultPeriod, isMonth, monthOptions, periodDates, useStats } from '@/features/dashboard';
import { useSession } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import { useSearchState } from '@/lib/use-search-state';

/** Dashboard (consultant, admin, municipality): GET /api/stats for a period of whole months kept in the URL. */
export function DashboardPage() {
  const session = useSession();
  // Read once per visit: "today" decides the default period and the months offered.
  const today = useMemo(() => new Date(), []);
  const defaults = useMemo(() => {
    const period = defaultPeriod(today);
    return { van: period.from, tot: period.to };
  }, [today]);
  const { values, update, reset } = useSearchState(defaults);
  // A hand-edited URL with nonsense falls back to the default months.
  const period = {
    from: isMonth(values.van) ? values.van : defaults.van,
    to: isMonth(values.tot) ? values.tot : defaults.tot,
  };
  const valid = period.from <= period.to;
  const stats = useStats(valid ? periodDates(period, today) : null);
  const isDefault = period.from === defaults.van && period.to === defaults.tot;

  return (
    <>
      <PageHeader title={nl.dashboard.title}>
        <p>{nl.dashboard.intro}</p>
      </PageHeader>
      {session.permissions.isMunicipal && <p className="alert alert--info">{nl.dashboard.municipalScope}</p>}
      <PeriodForm
        key={`${period.from}/${period.to}`}
        value={period}
        months={monthOptions(today)}
        onChange={(p) => update({ van: p.from, tot: p.to })}
        onReset={isDefault ? undefined : reset}
      />
      {!valid && <p className="alert alert--warning">{nl.dashboard.period.invalid}</p>}
      <ProblemAlert error={stats.error} />
      {valid && stats.isPending ? (
        <Loading />
      ) : stats.data ? (
        <>
          <p className="period-shown" role="status">
            {nl.dashboard.period.shown(formatDate(stats.data.period.from), formatDate(stats.data.period.to))}
          </p>
          <Dashboard stats={stats.data} linkToPlacements={session.permissions.canSeePlacements} />
        </>
      ) : null}
    </>
  );
}
