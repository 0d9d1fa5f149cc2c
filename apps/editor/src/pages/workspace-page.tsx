import { WorkspaceFlagsLink } from '../features/flags/components/workspace-flags-link';
import { WorkspaceAttention } from '../features/freshness/components/workspace-attention';
import { WorkspaceView } from '../features/workspace/components/workspace-view';
import { workspaceMessages } from '../features/workspace/messages';

/** /arbeitsbereich — the author's articles. */
export function WorkspacePage() {
  return (
    <section className="page" aria-labelledby="workspace-title">
      <h1 id="workspace-title">{workspaceMessages.pageTitle}</h1>
      <p className="muted">{workspaceMessages.intro}</p>
      <WorkspaceFlagsLink />
      <WorkspaceAttention />
      <h2>{workspaceMessages.articlesHeading}</h2>
      <WorkspaceView />
    </section>
  );
}
