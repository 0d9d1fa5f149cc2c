import type { DocumentView } from '@bsc/domain';
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
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnName}</th>
            <th scope="col">{m.columnDescription}</th>
            <th scope="col">{m.columnUsage}</th>
            <th scope="col">{adminMessages.actions}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row">{document.name}</th>
              <td>{document.description}</td>
              <td>{document.usageCount > 0 ? m.usage(document.usageCount) : <span className="muted">{m.unused}</span>}</td>
              <td>
                <RowActions name={document.name} onEdit={() => onEdit(document)} onDelete={() => onDelete(document)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
