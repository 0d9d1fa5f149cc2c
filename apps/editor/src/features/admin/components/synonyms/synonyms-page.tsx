import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../../ui/error-alert';
import { Loading } from '../../../../ui/page-loading';
import type { SynonymEntry } from '@bsc/domain';
import { synonymsQuery } from '../../api/synonyms-api';
import { deleteErrorMessage } from '../../delete-error';
import { useDeleteSynonym } from '../../hooks/use-synonym-mutations';
import { useNotice } from '../../hooks/use-notice';
import { adminMessages } from '../../messages';
import { matchesFilter } from '../../text-match';
import { ConfirmDeleteDialog } from '../common/confirm-delete-dialog';
import { FilteredListStatus } from '../common/filtered-list-status';
import { Notice } from '../common/notice';
import { TextFilter } from '../common/text-filter';
import { AddSynonymForm } from './add-synonym-form';
import { BuiltInSynonyms } from './built-in-synonyms';
import { SynonymTable } from './synonym-table';

const m = adminMessages.synonyms;

function DeleteSynonymDialog({
  entry,
  onClose,
  onDeleted,
}: {
  entry: SynonymEntry | null;
  onClose: () => void;
  onDeleted: (term: string) => void;
}) {
  const remove = useDeleteSynonym(() => entry && onDeleted(entry.term));
  return (
    <ConfirmDeleteDialog
      open={entry !== null}
      title={m.deleteTitle}
      question={entry ? m.deleteConfirm(entry.term) : ''}
      busy={remove.isPending}
      error={remove.isError && entry ? deleteErrorMessage(remove.error, { kind: 'synonym', name: entry.term }) : null}
      onConfirm={() => entry && remove.mutate(entry.id)}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}

/** /verwaltung/synonyme — citizen words the search treats as equivalent. */
export function SynonymsPage() {
  const synonyms = useQuery(synonymsQuery());
  const [filter, setFilter] = useState('');
  const [deleting, setDeleting] = useState<SynonymEntry | null>(null);
  const { notice, announce, ref } = useNotice();
  const shown = (synonyms.data ?? []).filter((entry) => matchesFilter(filter, entry.term, ...entry.synonyms));

  return (
    <section className="page" aria-labelledby="synonyms-title">
      <h1 id="synonyms-title">{adminMessages.sections.synonyms}</h1>
      <p className="muted">{adminMessages.sectionDescriptions.synonyms}</p>
      <AddSynonymForm onAdded={(term) => announce(m.added(term))} />
      <Notice text={notice} noticeRef={ref} />
      <div className="toolbar">
        <TextFilter label={m.filterLabel} value={filter} onChange={setFilter} />
      </div>
      <h2>{m.customTitle}</h2>
      {synonyms.isPending && <Loading />}
      {synonyms.isError && <ErrorAlert error={synonyms.error} onRetry={() => void synonyms.refetch()} />}
      {synonyms.data && (
        <FilteredListStatus
          total={synonyms.data.length}
          shown={shown.length}
          countText={m.count}
          emptyText={m.empty}
          noMatchText={m.noMatch}
        />
      )}
      {shown.length > 0 && <SynonymTable entries={shown} onDelete={setDeleting} />}
      <BuiltInSynonyms filter={filter} />
      <DeleteSynonymDialog
        entry={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(term) => {
          setDeleting(null);
          announce(adminMessages.deleted(term), { focus: true });
        }}
      />
    </section>
  );
}
