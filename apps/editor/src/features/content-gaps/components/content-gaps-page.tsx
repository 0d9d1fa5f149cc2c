import type { ContentGap } from '@bsc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { canWrite } from '../../../app/access';
import { useCurrentUser } from '../../../app/auth-context';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDate } from '../../../ui/format-date';
import { FormActions, SelectField } from '../../../ui/form-field';
import { Loading } from '../../../ui/page-loading';
import { NewArticleDialog } from '../../workspace/components/new-article-dialog';
import { useOwnDepartments } from '../../workspace/components/workspace-view';
import { contentGapsCsvUrl, contentGapsQuery, ignoreContentGap } from '../api/content-gaps-api';
import { contentGapMessages as m } from '../messages';
import { ScrollRegion } from '../../../ui/scroll-region';

const PERIODS = ['7', '30', '90'] as const;
const PERIOD_OPTIONS = PERIODS.map((days) => ({ value: days, label: m.periodDays(Number(days)) }));

/** /inhaltsluecken — what citizens ask that no article answers, with "Artikel anlegen" and "Ignorieren". */
export function ContentGapsPage() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>('30');
  const gaps = useQuery(contentGapsQuery(Number(days)));
  const [creating, setCreating] = useState<ContentGap | null>(null);
  const [ignoring, setIgnoring] = useState<ContentGap | null>(null);
  const [status, setStatus] = useState('');
  const writer = canWrite(useCurrentUser());
  const departments = useOwnDepartments();

  return (
    <section className="page" aria-labelledby="gaps-title">
      <h1 id="gaps-title">{m.title}</h1>
      <p className="muted">{m.intro}</p>
      <div className="toolbar">
        <div className="field--inline">
          <SelectField label={m.period} value={days} options={PERIOD_OPTIONS} onChange={setDays} />
        </div>
        <a className="button button--secondary" href={contentGapsCsvUrl(Number(days))} download>
          {m.csv}
        </a>
      </div>
      <p role="status">{status}</p>
      {gaps.isPending && <Loading />}
      {gaps.isError && <ErrorAlert error={gaps.error} onRetry={() => void gaps.refetch()} />}
      {gaps.data && gaps.data.length === 0 && <p>{m.empty}</p>}
      {gaps.data && gaps.data.length > 0 && (
        <GapTable gaps={gaps.data} onCreate={writer ? setCreating : undefined} onIgnore={setIgnoring} />
      )}
      <NewArticleDialog
        open={creating !== null}
        onClose={() => setCreating(null)}
        departments={departments}
        keywords={creating?.terms ?? []}
        initialTitle={creating ? capitalise(creating.term) : ''}
      />
      <IgnoreDialog
        gap={ignoring}
        onClose={() => setIgnoring(null)}
        onIgnored={(term) => {
          setIgnoring(null);
          setStatus(m.ignored(term));
        }}
      />
    </section>
  );
}

function GapTable({
  gaps,
  onCreate,
  onIgnore,
}: {
  gaps: ContentGap[];
  onCreate?: (gap: ContentGap) => void;
  onIgnore: (gap: ContentGap) => void;
}) {
  return (
    <ScrollRegion label={m.tableCaption}>
      <table className="table">
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnTerm}</th>
            <th scope="col" className="num">
              {m.columnSearches}
            </th>
            <th scope="col" className="num">
              {m.columnUnanswered}
            </th>
            <th scope="col">{m.columnLastSeen}</th>
            <th scope="col">{m.columnExamples}</th>
            <th scope="col">{m.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={gap.term}>
              <th scope="row" aria-label={m.summary(gap.term, gap.searches, gap.unanswered)}>
                {gap.term}
              </th>
              <td className="num">{gap.searches}</td>
              <td className="num">{gap.unanswered}</td>
              <td>{formatDate(gap.lastSeen)}</td>
              <td>{gap.examples.join(' · ')}</td>
              <td>
                <div className="button-row">
                  {onCreate && (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={m.createArticleFor(gap.term)}
                      onClick={() => onCreate(gap)}
                    >
                      {m.createArticle}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={m.ignoreFor(gap.term)}
                    onClick={() => onIgnore(gap)}
                  >
                    {m.ignore}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function IgnoreDialog({ gap, onClose, onIgnored }: { gap: ContentGap | null; onClose: () => void; onIgnored: (term: string) => void }) {
  const queryClient = useQueryClient();
  const ignore = useMutation({
    mutationFn: (term: string) => ignoreContentGap(term),
    onSuccess: (_, term) => {
      void queryClient.invalidateQueries({ queryKey: ['content-gaps'] });
      onIgnored(term);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (gap) ignore.mutate(gap.term);
  }
  return (
    <Dialog open={gap !== null} title={m.ignoreTitle} onClose={onClose}>
      {gap && (
        <form className="form" onSubmit={submit} noValidate>
          {ignore.isError && <ErrorAlert error={ignore.error} />}
          <p>{m.ignoreText(gap.term)}</p>
          <FormActions submitLabel={m.ignoreConfirm} busyLabel={m.ignoring} busy={ignore.isPending} onCancel={onClose} danger />
        </form>
      )}
    </Dialog>
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
