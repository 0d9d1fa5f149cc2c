import type { ArticleVersionView, DraftView } from '@bsc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDateTime } from '../../../ui/format-date';
import { Loading } from '../../../ui/page-loading';
import { articleKeys, listVersions, restoreVersion } from '../../articles/api/articles-api';
import { editorMessages as m } from '../messages';
import { SmallButton } from '../../../ui/small-button';

/** Props of VersionHistory. */
export interface VersionHistoryProps {
  articleId: string;
  /** Restoring is only offered while the draft may be edited. */
  canRestore: boolean;
  onRestored: (draft: DraftView, version: number) => void;
}

function useRestore(articleId: string, onRestored: VersionHistoryProps['onRestored']) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => restoreVersion(articleId, version),
    onSuccess: (draft, version) => {
      onRestored(draft, version);
      void queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) });
    },
  });
}

function VersionItem({ version, onRestore }: { version: ArticleVersionView; onRestore: (() => void) | null }) {
  return (
    <li className="versions__item">
      <p>
        <strong>{m.versionLabel(version.number)}</strong> {m.versionMeta(formatDateTime(version.createdAt))}
      </p>
      {version.changeNote && <p className="muted">{version.changeNote}</p>}
      {onRestore && (
        <SmallButton aria-label={m.restoreLabel(version.number)} onClick={onRestore}>
          {m.restore}
        </SmallButton>
      )}
    </li>
  );
}

/** Published versions, newest first, each restorable as the new draft. */
export function VersionHistory({ articleId, canRestore, onRestored }: VersionHistoryProps) {
  const versions = useQuery({ queryKey: articleKeys.versions(articleId), queryFn: ({ signal }) => listVersions(articleId, signal) });
  const restore = useRestore(articleId, onRestored);
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.number - a.number);
  const restoreAction = (n: number) =>
    canRestore && !restore.isPending ? () => window.confirm(m.restoreConfirm(n)) && restore.mutate(n) : null;

  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{m.versionsTitle}</h2>
      {versions.isPending && <Loading />}
      {versions.isError && <ErrorAlert error={versions.error} />}
      {restore.isError && <ErrorAlert error={restore.error} />}
      {versions.data && sorted.length === 0 && <p className="muted">{m.noVersions}</p>}
      <ol className="versions">
        {sorted.map((version) => (
          <VersionItem key={version.number} version={version} onRestore={restoreAction(version.number)} />
        ))}
      </ol>
    </section>
  );
}
