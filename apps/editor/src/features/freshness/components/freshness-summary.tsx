import type { FreshnessCounts } from '@bsc/domain';
import { FRESHNESS_COUNT_KEYS, formatTrustScore } from '../freshness-format';
import { freshnessMessages as m } from '../messages';

/** The overall counts as tiles, the trust score first. */
export function FreshnessSummary({ counts }: { counts: FreshnessCounts }) {
  return (
    <dl className="stat-tiles" aria-label={m.summaryLabel}>
      <div className="stat-tile stat-tile--main">
        <dt>{m.trustScore}</dt>
        <dd>
          {formatTrustScore(counts.trustScore)}
          {counts.trustScore === null && <span className="freshness-note">{m.noScore}</span>}
        </dd>
      </div>
      {FRESHNESS_COUNT_KEYS.map((key) => (
        <div key={key} className="stat-tile">
          <dt>{m.count[key]}</dt>
          <dd>{counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
