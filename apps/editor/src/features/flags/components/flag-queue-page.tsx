import { FlagQueueView } from './flag-queue-view';
import { flagMessages as m } from '../messages';

/** /arbeitsbereich/meldungen — flags on articles of the user's departments. */
export function FlagQueuePage() {
  return (
    <section className="page" aria-labelledby="flag-queue-title">
      <h1 id="flag-queue-title">{m.queueTitle}</h1>
      <p className="muted">{m.queueIntro}</p>
      <FlagQueueView articleHref={(flag) => `/arbeitsbereich/artikel/${encodeURIComponent(flag.articleId)}`} />
    </section>
  );
}
