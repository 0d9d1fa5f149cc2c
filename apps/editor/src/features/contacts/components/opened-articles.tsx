import type { OpenedArticle } from '../contact-session';
import { contactMessages as m } from '../messages';
import { SmallButton } from '../../../ui/small-button';

/** The articles attached to the contact; each can be removed. */
export function OpenedArticles({ articles, onRemove }: { articles: OpenedArticle[]; onRemove: (id: string) => void }) {
  return (
    <div className="contact-bar__articles">
      <h3 className="contact-bar__subtitle">{m.openedArticles}</h3>
      {articles.length === 0 ? (
        <p className="muted">{m.noOpenedArticles}</p>
      ) : (
        <ul>
          {articles.map((article) => (
            <li key={article.id}>
              {article.title}{' '}
              <SmallButton onClick={() => onRemove(article.id)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{m.removeArticle(article.title)}</span>
              </SmallButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
