import type { ArticleDetail } from '@bsc/domain';
import { useRef } from 'react';
import { useStickyScrollPadding } from '../../../ui/use-sticky-scroll-padding';
import type { SaveStatus } from '../autosave-state';
import { editorMessages as m } from '../messages';
import { SaveStatusIndicator } from './save-status';
import { VerifyButton } from './verify-button';
import { SmallButton } from '../../../ui/small-button';

/** Props of EditorBar. */
export interface EditorBarProps {
  detail: ArticleDetail;
  readOnly: boolean;
  status: SaveStatus;
  notice: string;
  onSubmit: () => void;
}

/** Sticky bar: save state, "Zur Prüfung einreichen", "Als aktuell bestätigen", last notice. */
export function EditorBar({ detail, readOnly, status, notice, onSubmit }: EditorBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(bar);
  return (
    <div className="editor-bar" role="group" aria-label={m.actionsLabel} ref={bar}>
      {!readOnly && <SaveStatusIndicator status={status} />}
      {!readOnly && (
        <button type="button" className="button button--primary" onClick={onSubmit}>
          {m.submit}
        </button>
      )}
      {detail.publishedVersion !== null && <VerifyButton articleId={detail.id} />}
      <span role="status">{notice}</span>
    </div>
  );
}

/** Shown while a conflict is unresolved and its dialog was closed. */
export function ConflictBanner({ onResolve }: { onResolve: () => void }) {
  return (
    <p className="notice notice--error">
      {m.conflictBanner} <SmallButton onClick={onResolve}>{m.resolveConflict}</SmallButton>
    </p>
  );
}
