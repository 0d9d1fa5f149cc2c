import type { ArticleLink, FieldState } from '@bsc/domain';
import { safeHref } from '../../../ui/rich-text/safe-href';
import { articleMessages } from '../../articles/messages';
import { answerMessages as m } from '../messages';

/** Props of AnswerLinks. */
export interface AnswerLinksProps {
  links: ArticleLink[];
  /** "none": the author stated there are no online services (said as such); otherwise an empty list shows nothing. */
  stated?: FieldState;
  printUrls?: boolean;
}

/** Online services, forms and appointment links; unsafe URLs are not offered at all. */
export function AnswerLinks({ links, stated, printUrls = false }: AnswerLinksProps) {
  const safe = links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ ...link, href }] : [];
  });
  if (safe.length === 0 && stated === 'none' && !printUrls) {
    return (
      <section>
        <h2>{m.links}</h2>
        <p>{m.noLinks}</p>
      </section>
    );
  }
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
