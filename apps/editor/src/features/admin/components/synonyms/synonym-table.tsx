import { formatDate } from '../../../../ui/format-date';
import type { SynonymEntry } from '@bsc/domain';
import { adminMessages } from '../../messages';

const m = adminMessages.synonyms;

/** Terms with their equivalent words, each with "Löschen". */
export function SynonymTable({ entries, onDelete }: { entries: SynonymEntry[]; onDelete: (entry: SynonymEntry) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnTerm}</th>
            <th scope="col">{m.columnSynonyms}</th>
            <th scope="col">{m.columnCreated}</th>
            <th scope="col">{adminMessages.actions}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.term}</th>
              <td>{entry.synonyms.join(', ')}</td>
              <td>{formatDate(entry.createdAt)}</td>
              <td>
                <button
                  type="button"
                  className="button button--danger button--small"
                  aria-label={adminMessages.deleteFor(entry.term)}
                  onClick={() => onDelete(entry)}
                >
                  {adminMessages.delete}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
