import type { ArticleContent, DraftView } from '@bsc/domain';
import { useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { formatDateTime } from '../../../ui/format-date';
import { articleMessages } from '../../articles/messages';
import { contentToText, differingFields, fieldText, type DocumentNamer } from '../content-text';
import { editorMessages as m } from '../messages';

/** Props of ConflictDialog. */
export interface ConflictDialogProps {
  open: boolean;
  mine: ArticleContent;
  server: DraftView;
  documentName: DocumentNamer;
  onKeepMine: () => void;
  onTakeServer: () => void;
  onClose: () => void;
}

function Comparison({ mine, server, documentName }: Pick<ConflictDialogProps, 'mine' | 'documentName'> & { server: ArticleContent }) {
  const fields = differingFields(mine, server, documentName);
  if (fields.length === 0) return <p>{m.conflictNoDifference}</p>;
  return (
    <div className="conflict">
      {fields.map((field) => (
        <section key={field} className="conflict__field" aria-label={articleMessages.field[field]}>
          <h3>{articleMessages.field[field]}</h3>
          <div className="conflict__columns">
            <div>
              <h4>{m.conflictMine}</h4>
              <pre className="conflict__text" data-testid={`conflict-mine-${field}`}>
                {fieldText(mine, field, documentName) || m.conflictEmpty}
              </pre>
            </div>
            <div>
              <h4>{m.conflictServer}</h4>
              <pre className="conflict__text" data-testid={`conflict-server-${field}`}>
                {fieldText(server, field, documentName) || m.conflictEmpty}
              </pre>
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}

interface ConflictActionsProps {
  onKeepMine: () => void;
  onTakeServer: () => void;
  onCopyMine: () => void;
  copyNote: string;
}

function ConflictActions({ onKeepMine, onTakeServer, onCopyMine, copyNote }: ConflictActionsProps) {
  return (
    <div className="conflict__actions">
      <div>
        <button type="button" className="button button--primary" onClick={onKeepMine} data-autofocus="">
          {m.keepMine}
        </button>
        <p className="field__hint">{m.keepMineHint}</p>
      </div>
      <div>
        <button type="button" className="button button--secondary" onClick={onCopyMine}>
          {m.copyMine}
        </button>
        <p className="field__hint" role="status">
          {copyNote}
        </p>
      </div>
      <div>
        <button type="button" className="button button--danger" onClick={onTakeServer}>
          {m.takeServer}
        </button>
        <p className="field__hint">{m.takeServerHint}</p>
      </div>
    </div>
  );
}

/** Both texts side by side; the user keeps theirs or takes the saved one, never silently. */
export function ConflictDialog(props: ConflictDialogProps) {
  const { open, mine, server, documentName, onKeepMine, onTakeServer, onClose } = props;
  const [copyNote, setCopyNote] = useState('');

  async function copyMine() {
    try {
      await navigator.clipboard.writeText(contentToText(mine, documentName));
      setCopyNote(m.copiedMine);
    } catch {
      setCopyNote(m.copyFailed);
    }
  }

  return (
    <Dialog open={open} title={m.conflictTitle} onClose={onClose} className="dialog--wide">
      <p>{m.conflictIntro(formatDateTime(server.updatedAt))}</p>
      <Comparison mine={mine} server={server.content} documentName={documentName} />
      <ConflictActions onKeepMine={onKeepMine} onTakeServer={onTakeServer} onCopyMine={() => void copyMine()} copyNote={copyNote} />
    </Dialog>
  );
}
