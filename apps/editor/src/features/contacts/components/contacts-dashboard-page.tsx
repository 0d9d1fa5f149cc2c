import type { ContactSummary } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { canAdminister } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { contactSummaryQuery } from '../api/contacts-api';
import { contactMessages as m } from '../messages';
import { ArticleCounts, Contradictions, TakeoverCandidates } from './article-tables';
import { CountsTable } from './counts-table';
import { DashboardFilters, useSummaryFilter } from './dashboard-filters';
import { DepartmentBars } from './department-bars';
import { WeeklyTrend } from './weekly-trend';
import '../contacts.css';

function Figures({ summary }: { summary: ContactSummary }) {
  return (
    <ul className="contact-figures" aria-label={m.range(summary.from, summary.to)}>
      <li>
        {m.total} <strong>{summary.total}</strong>
      </li>
      <li>
        {m.settled} <strong>{summary.settled}</strong>
      </li>
      <li>
        {m.rate} <strong data-testid="contact-rate">{m.percent(summary.rate)}</strong>
      </li>
    </ul>
  );
}

function WithoutArticle({ summary }: { summary: ContactSummary }) {
  const user = useCurrentUser();
  return (
    <section aria-labelledby="without-title">
      <h2 id="without-title">{m.withoutArticleTitle}</h2>
      <p>{m.withoutArticleText(summary.withoutArticle.total, summary.withoutArticle.settled)}</p>
      {canAdminister(user) && <Link to="/verwaltung/suchanalyse">{m.searchGaps}</Link>}
    </section>
  );
}

/** /erstkontakt — the first-contact dashboard of admins, the BSC lead and department leads. */
export function ContactsDashboardPage() {
  const [filter, setFilter] = useSummaryFilter();
  const summary = useQuery(contactSummaryQuery(filter));
  const data = summary.data;
  return (
    <section className="page contact-dashboard" aria-labelledby="contacts-title">
      <h1 id="contacts-title">{m.dashboardTitle}</h1>
      <p className="muted">{m.dashboardIntro}</p>
      <DashboardFilters filter={filter} onChange={setFilter} shownFrom={data?.from ?? ''} shownTo={data?.to ?? ''} />
      {summary.isPending && <Loading />}
      {summary.isError && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {data && (
        <>
          <Figures summary={data} />
          <WeeklyTrend weeks={data.byWeek} />
          <section aria-labelledby="channels-title">
            <h2 id="channels-title">{m.byChannelTitle}</h2>
            <CountsTable
              caption={m.byChannelTitle}
              heading={m.channel}
              rows={data.byChannel.map((c) => ({ key: c.channel, label: m.channels[c.channel], counts: c }))}
            />
          </section>
          <DepartmentBars departments={data.byDepartment} />
          <TakeoverCandidates articles={data.topForwarded} />
          <Contradictions articles={data.contradictions} />
          <ArticleCounts articles={data.byArticle} />
          <WithoutArticle summary={data} />
        </>
      )}
    </section>
  );
}
