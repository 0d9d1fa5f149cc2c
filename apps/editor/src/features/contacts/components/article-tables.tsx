import type { ContactArticleCounts, ContactContradiction } from '@bsc/domain';
import { BscBadge } from '../../articles/components/bsc-badge';
import { contactMessages as m } from '../messages';
import { CountsTable } from './counts-table';

function declared(article: ContactArticleCounts) {
  return article.bscResolution ? <BscBadge resolution={article.bscResolution} /> : m.notDeclared;
}

/** Services most often forwarded to a department: what the BSC could take over next. */
export function TakeoverCandidates({ articles }: { articles: ContactArticleCounts[] }) {
  return (
    <section aria-labelledby="takeover-title">
      <h2 id="takeover-title">{m.takeoverTitle}</h2>
      <p className="muted">{m.takeoverIntro}</p>
      <CountsTable
        caption={m.takeoverTitle}
        heading={m.article}
        extraHeadings={[m.department, m.declared]}
        rows={articles.map((a) => ({ key: a.articleId, label: a.title, counts: a, extra: [a.departmentName, declared(a)] }))}
      />
    </section>
  );
}

/** Articles whose declared resolution the recorded outcomes contradict. */
export function Contradictions({ articles }: { articles: ContactContradiction[] }) {
  return (
    <section aria-labelledby="contradictions-title">
      <h2 id="contradictions-title">{m.contradictionsTitle}</h2>
      <p className="muted">{m.contradictionsIntro}</p>
      <CountsTable
        caption={m.contradictionsTitle}
        heading={m.article}
        extraHeadings={[m.department, m.finding]}
        rows={articles.map((a) => ({ key: a.articleId, label: a.title, counts: a, extra: [a.departmentName, m.contradiction[a.kind]] }))}
      />
    </section>
  );
}

/** Contacts per opened article. */
export function ArticleCounts({ articles }: { articles: ContactArticleCounts[] }) {
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">{m.byArticleTitle}</h2>
      <CountsTable
        caption={m.byArticleTitle}
        heading={m.article}
        extraHeadings={[m.department, m.declared]}
        rows={articles.map((a) => ({ key: a.articleId, label: a.title, counts: a, extra: [a.departmentName, declared(a)] }))}
      />
    </section>
  );
}
