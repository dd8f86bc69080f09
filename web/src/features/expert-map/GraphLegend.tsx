// What the colours mean, with how many of each kind are drawn.
import { useTranslation } from 'react-i18next';
import type { NodeKind } from './mapQueries';
import { KIND_COLOUR, KINDS } from './graphModel';

export function GraphLegend({ counts }: { counts: Record<NodeKind, number> }) {
  const { t } = useTranslation();
  return (
    <section className="graph-legend" aria-labelledby="graph-legend-heading">
      <h2 id="graph-legend-heading" className="graph-small-heading">{t('networkGraph.legend')}</h2>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`graph-dot graph-dot-${kind}`} style={{ background: KIND_COLOUR[kind] }} aria-hidden="true" />
            {t(`networkGraph.kindCount.${kind}`, { count: counts[kind] })}
          </li>
        ))}
      </ul>
    </section>
  );
}
