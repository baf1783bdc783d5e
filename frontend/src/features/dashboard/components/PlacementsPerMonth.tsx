import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsMonthCount } from '@/lib/api/types';
import { formatLongMonth, formatMonth, formatNumber } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import { ChartTable } from './ChartTable';
import { AXIS_COLOUR, BAR_COLOUR, GRID_COLOUR, TICK_STYLE } from './chart-style';

const t = nl.dashboard.perMonth;

/** Bar chart of placements per month (every month of the period, zeros included). */
export function PlacementsPerMonth({ months }: { months: StatsMonthCount[] }) {
  const headingId = useId();
  const total = months.reduce((sum, m) => sum + m.count, 0);
  const data = months.map((m) => ({ month: m.month, label: formatMonth(m.month), count: m.count }));
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      {total === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <p>{t.total(formatNumber(total))}</p>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={280}>
              <BarChart data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid vertical={false} stroke={GRID_COLOUR} />
                <XAxis dataKey="label" tick={TICK_STYLE} stroke={AXIS_COLOUR} interval="preserveStartEnd" minTickGap={8} />
                <YAxis allowDecimals={false} tick={TICK_STYLE} stroke={AXIS_COLOUR} width={40} tickFormatter={(v: number) => formatNumber(v)} />
                <Tooltip
                  cursor={{ fill: GRID_COLOUR, opacity: 0.5 }}
                  formatter={(value) => [formatNumber(Number(value)), t.bar]}
                  labelFormatter={(_, payload) => {
                    const month = payload?.[0]?.payload?.month as string | undefined;
                    return month ? formatLongMonth(month) : '';
                  }}
                />
                <Bar dataKey="count" name={t.bar} fill={BAR_COLOUR} isAnimationActive={false}>
                  <LabelList dataKey="count" position="top" fill={AXIS_COLOUR} fontSize={12} formatter={(v) => (Number(v) > 0 ? formatNumber(Number(v)) : '')} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
      <ChartTable
        caption={t.caption}
        columns={[t.columns.month, t.columns.count]}
        rows={months.map((m) => ({ key: m.month, label: formatLongMonth(m.month), value: formatNumber(m.count) }))}
      />
    </section>
  );
}
