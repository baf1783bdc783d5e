import type { ReactNode } from 'react';
import { nl } from '@/lib/i18n/nl';

export interface ChartTableProps {
  caption: string;
  columns: readonly [string, string];
  rows: { key: string; label: ReactNode; value: ReactNode }[];
}

/**
 * The text alternative of a chart: the same figures as a real table, behind "Toon als
 * tabel" so that the page stays short on a phone (the chart itself is hidden from
 * screen readers, which read this table instead).
 */
export function ChartTable({ caption, columns, rows }: ChartTableProps) {
  return (
    <details className="chart-table">
      <summary>{nl.dashboard.showTable}</summary>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col" className="numeric">
              {columns[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
