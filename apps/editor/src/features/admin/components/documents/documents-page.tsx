import type { DocumentView } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../../../ui/dialog';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';
import { documentsQuery } from '../../../catalogue/api/catalogue-api';
import { articlesInUse, deleteErrorMessage } from '../../delete-error';
import { useDeleteDocument } from '../../hooks/use-catalogue-mutations';
import { useNotice } from '../../hooks/use-notice';
import { adminMessages } from '../../messages';
import { ConfirmDeleteDialog } from '../common/confirm-delete-dialog';
import { FilteredListStatus } from '../common/filtered-list-status';
import { Notice } from '../common/notice';
import { matchesFilter } from '../../text-match';
import { TextFilter } from '../common/text-filter';
import { DocumentForm } from './document-form';
import { DocumentTable } from './document-table';

const m = adminMessages.documents;

type DialogState = { kind: 'form'; document?: DocumentView } | { kind: 'delete'; document: DocumentView } | null;

function DeleteDocumentDialog({
  document,
  onClose,
  onDeleted,
}: {
  document: DocumentView | null;
  onClose: () => void;
  onDeleted: (name: string) => void;
}) {
  const remove = useDeleteDocument(() => document && onDeleted(document.name));
  return (
    <ConfirmDeleteDialog
      open={document !== null}
      title={m.deleteTitle}
      question={document ? m.deleteConfirm(document.name) : ''}
      busy={remove.isPending}
      error={remove.isError && document ? deleteErrorMessage(remove.error, { kind: 'document', name: document.name }) : null}
      blockers={remove.isError ? articlesInUse(remove.error) : []}
      blockersLabel={m.usedBy}
      onConfirm={() => document && remove.mutate(document.id)}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}

function DocumentFormDialog({
  state,
  onClose,
  onSaved,
}: {
  state: { document?: DocumentView } | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  return (
    <Dialog open={state !== null} title={state?.document ? m.editTitle : m.createTitle} onClose={onClose}>
      {state && <DocumentForm key={state.document?.id ?? 'new'} document={state.document} onCancel={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

/** /verwaltung/unterlagen — the document catalogue. */
export function DocumentsPage() {
  const documents = useQuery({ ...documentsQuery(), staleTime: 0 });
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<DialogState>(null);
  const { notice, announce, ref } = useNotice();
  const close = () => setDialog(null);
  const shown = (documents.data ?? []).filter((d) => matchesFilter(filter, d.name, d.description));

  return (
    <section className="page" aria-labelledby="documents-title">
      <h1 id="documents-title">{adminMessages.sections.documents}</h1>
      <p className="muted">{adminMessages.sectionDescriptions.documents}</p>
      <div className="toolbar">
        <TextFilter label={m.filterLabel} value={filter} onChange={setFilter} />
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'form' })}>
          {m.newButton}
        </button>
      </div>
      <Notice text={notice} noticeRef={ref} />
      {documents.isPending && <Loading />}
      {documents.isError && <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />}
      {documents.data && (
        <FilteredListStatus
          total={documents.data.length}
          shown={shown.length}
          countText={m.count}
          emptyText={m.empty}
          noMatchText={m.noMatch}
        />
      )}
      {shown.length > 0 && (
        <DocumentTable
          documents={shown}
          onEdit={(document) => setDialog({ kind: 'form', document })}
          onDelete={(document) => setDialog({ kind: 'delete', document })}
        />
      )}
      <DocumentFormDialog
        state={dialog?.kind === 'form' ? dialog : null}
        onClose={close}
        onSaved={(name) => {
          close();
          announce(adminMessages.saved(name));
        }}
      />
      <DeleteDocumentDialog
        document={dialog?.kind === 'delete' ? dialog.document : null}
        onClose={close}
        onDeleted={(name) => {
          close();
          announce(adminMessages.deleted(name), { focus: true });
        }}
      />
    </section>
  );
}
