import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsMunicipalityCount } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { nl } from '@/lib/i18n/nl';
import { ChartTable } from './ChartTable';
import { AXIS_COLOUR, BAR_COLOUR, GRID_COLOUR, TICK_STYLE } from './chart-style';

const t = nl.dashboard.perMunicipality;

/** Horizontal bars: placements per municipality, most first (names are long, so they go on the y axis). */
export function PlacementsPerMunicipality({ municipalities }: { municipalities: StatsMunicipalityCount[] }) {
  const headingId = useId();
  const data = [...municipalities].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'));
  const withPlacements = data.filter((m) => m.count > 0);
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      {withPlacements.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={Math.max(120, withPlacements.length * 44 + 40)}>
              <BarChart
                data={withPlacements}
                layout="vertical"
                margin={{ top: 8, right: 40, bottom: 8, left: 0 }}
                accessibilityLayer={false}
              >
                <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
                <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} stroke={AXIS_COLOUR} tickFormatter={(v: number) => formatNumber(v)} />
                <YAxis type="category" dataKey="name" tick={TICK_STYLE} stroke={AXIS_COLOUR} width={120} />
                <Tooltip
                  cursor={{ fill: GRID_COLOUR, opacity: 0.5 }}
                  formatter={(value) => [formatNumber(Number(value)), t.bar]}
                />
                <Bar dataKey="count" name={t.bar} fill={BAR_COLOUR} isAnimationActive={false} barSize={24}>
                  <LabelList dataKey="count" position="right" fill={AXIS_COLOUR} fontSize={12} formatter={(v) => formatNumber(Number(v))} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ChartTable
            caption={t.caption}
            columns={[t.columns.municipality, t.columns.count]}
            rows={data.map((m) => ({ key: m.code, label: m.name, value: formatNumber(m.count) }))}
          />
        </>
      )}
    </section>
  );
}
