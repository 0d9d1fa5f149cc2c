import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../../ui/error-alert';
import { SelectField } from '../../../../ui/form-field';
import { Loading } from '../../../../ui/page-loading';
import { searchAnalyticsQuery } from '../../api/search-analytics-api';
import { adminMessages } from '../../messages';
import { QueryCountTable } from './query-count-table';

const m = adminMessages.analytics;
const PERIODS = ['7', '30', '90'] as const;
const PERIOD_OPTIONS = PERIODS.map((days) => ({ value: days, label: m.periodDays(Number(days)) }));

/** /verwaltung/suchanalyse — top, zero-result, unanswered and no-click queries of a period. */
export function SearchAnalyticsPage() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>('30');
  const analytics = useQuery(searchAnalyticsQuery(Number(days)));
  return (
    <section className="page" aria-labelledby="analytics-title">
      <h1 id="analytics-title">{adminMessages.sections.searchAnalytics}</h1>
      <p className="muted">{m.intro}</p>
      <div className="toolbar">
        <div className="field--inline">
          <SelectField label={m.period} value={days} options={PERIOD_OPTIONS} onChange={setDays} />
        </div>
      </div>
      {analytics.isPending && <Loading />}
      {analytics.isError && <ErrorAlert error={analytics.error} onRetry={() => void analytics.refetch()} />}
      {analytics.data && (
        <>
          <p role="status">
            {m.totals(analytics.data.totalSearches)}
            {analytics.data.unansweredSearches > 0 && ` ${m.unansweredTotal(analytics.data.unansweredSearches)}`}
            {analytics.data.degradedSearches > 0 && ` ${m.degraded(analytics.data.degradedSearches)}`}
          </p>
          <div className="analytics-grid">
            <QueryCountTable id="analytics-top" title={m.top} hint={m.topHint} rows={analytics.data.top} />
            <QueryCountTable id="analytics-zero" title={m.zeroResults} hint={m.zeroResultsHint} rows={analytics.data.zeroResults} />
            <QueryCountTable id="analytics-unanswered" title={m.unanswered} hint={m.unansweredHint} rows={analytics.data.unanswered} />
            <QueryCountTable id="analytics-no-click" title={m.noClicks} hint={m.noClicksHint} rows={analytics.data.noClicks} />
          </div>
        </>
      )}
    </section>
  );
}
