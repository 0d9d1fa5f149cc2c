import type { ArticleLink } from '@bsc/domain';
import { safeHref } from '../../../ui/rich-text/safe-href';
import { articleMessages } from '../../articles/messages';
import { answerMessages as m } from '../messages';

/** Online services, forms and appointment links; unsafe URLs are not offered at all. */
export function AnswerLinks({ links, printUrls = false }: { links: ArticleLink[]; printUrls?: boolean }) {
  const safe = links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ ...link, href }] : [];
  });
  if (safe.length === 0) return null;
  return (
    <section>
      {printUrls ? <h3>{m.printOnline}</h3> : <h2>{m.links}</h2>}
      <ul className="link-list">
        {safe.map((link) => (
          <li key={`${link.kind}-${link.href}`}>
            <a href={link.href} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>{' '}
            <span className="muted">({articleMessages.linkKind[link.kind]})</span>
            {printUrls && <span className="print-sheet__url"> {link.href}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
