import type { DocumentView } from '@bsc/domain';
import { DataTable } from '../../../../ui/data-table';
import { adminMessages } from '../../messages';
import { RowActions } from '../common/row-actions';

const m = adminMessages.documents;

/** Props of DocumentTable. */
export interface DocumentTableProps {
  documents: DocumentView[];
  onEdit: (document: DocumentView) => void;
  onDelete: (document: DocumentView) => void;
}

/** Catalogue documents with how many articles use each. */
export function DocumentTable({ documents, onEdit, onDelete }: DocumentTableProps) {
  return (
    <DataTable
      caption={m.caption}
      rows={documents}
      rowKey={(document) => document.id}
      rowHeader={{ header: m.columnName, cell: (document) => document.name }}
      columns={[
        { header: m.columnDescription, cell: (document) => document.description },
        {
          header: m.columnUsage,
          cell: (document) => (document.usageCount > 0 ? m.usage(document.usageCount) : <span className="muted">{m.unused}</span>),
        },
        {
          header: adminMessages.actions,
          cell: (document) => <RowActions name={document.name} onEdit={() => onEdit(document)} onDelete={() => onDelete(document)} />,
        },
      ]}
    />
  );
}
