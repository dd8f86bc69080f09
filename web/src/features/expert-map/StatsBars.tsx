// A bar chart that is a table: each row's numbers as text, with bars beside them for the eye only.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface BarRow {
  key: string;
  label: ReactNode;
  values: number[]; // one per series
}

/** `bars`: the series drawn as bars (all unless given); the others show their numbers only. */
export function StatsBars({ labelledBy, head, series, rows, bars }: {
  labelledBy: string; head: string; series: string[]; rows: BarRow[]; bars?: number[];
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  if (rows.length === 0) return <p className="muted">{t('networkStats.empty')}</p>;
  const drawn = (i: number) => bars === undefined || bars.includes(i);
  // Each series on its own scale: organisations and experts are different things, not parts of one whole.
  const most = series.map((_, i) => Math.max(1, ...rows.map((row) => row.values[i])));
  return (
    <div className="table-wrap">
      <table className={`stats-bars stats-bars-${series.length === 1 ? 'one' : 'many'}`} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {series.map((name) => <th key={name} scope="col">{name}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, i) => (
                <td key={series[i]}>
                  <span className="stats-bar">
                    {drawn(i) && value > 0 && (
                      <span className={`stats-bar-fill stats-series-${i}`} aria-hidden="true"
                            style={{ width: `${(value / most[i]) * 100}%` }} />
                    )}
                    <span className="stats-bar-value">{number.format(value)}</span>
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
