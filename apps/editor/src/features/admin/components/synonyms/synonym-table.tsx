import type { SynonymEntry } from '@bsc/domain';
import { DataTable } from '../../../../ui/data-table';
import { formatDate } from '../../../../ui/format-date';
import { adminMessages } from '../../messages';
import { SmallButton } from '../../../../ui/small-button';

const m = adminMessages.synonyms;

/** Terms with their equivalent words, each with "Löschen". */
export function SynonymTable({ entries, onDelete }: { entries: SynonymEntry[]; onDelete: (entry: SynonymEntry) => void }) {
  return (
    <DataTable
      caption={m.caption}
      rows={entries}
      rowKey={(entry) => entry.id}
      rowHeader={{ header: m.columnTerm, cell: (entry) => entry.term }}
      columns={[
        { header: m.columnSynonyms, cell: (entry) => entry.synonyms.join(', ') },
        { header: m.columnCreated, cell: (entry) => formatDate(entry.createdAt) },
        {
          header: adminMessages.actions,
          cell: (entry) => (
            <SmallButton tone="danger" aria-label={adminMessages.deleteFor(entry.term)} onClick={() => onDelete(entry)}>
              {adminMessages.delete}
            </SmallButton>
          ),
        },
      ]}
    />
  );
}
