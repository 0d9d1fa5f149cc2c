import { FlagQueueView } from '../../flags/components/flag-queue-view';
import { flagMessages } from '../../flags/messages';
import { adminMessages } from '../messages';

/** /verwaltung/meldungen — the flags of every department. */
export function AdminFlagsPage() {
  return (
    <section className="page" aria-labelledby="admin-flags-title">
      <h1 id="admin-flags-title">{adminMessages.sections.flags}</h1>
      <p className="muted">{flagMessages.adminIntro}</p>
      <FlagQueueView showDepartment articleHref={(flag) => `/artikel/${encodeURIComponent(flag.articleId)}`} />
    </section>
  );
}
