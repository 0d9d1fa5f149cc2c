import { ArticleLimits, type DocumentView, type RequiredDocument } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../ui/error-alert';
import { articleMessages } from '../../articles/messages';
import { documentsQuery } from '../../catalogue/api/catalogue-api';
import { moveItem, removeItem, replaceItem } from '../list-edit';
import { editorMessages as m } from '../messages';

interface RowProps {
  doc: RequiredDocument;
  name: string;
  index: number;
  count: number;
  onChange: (next: RequiredDocument[] | ((docs: RequiredDocument[]) => RequiredDocument[])) => void;
}

function DocumentRow({ doc, name, index, count, onChange }: RowProps) {
  const noteId = useId();
  return (
    <li className="list-editor__row">
      <span className="list-editor__name">{name}</span>
      <label htmlFor={noteId} className="visually-hidden">
        {m.documentNote(name)}
      </label>
      <input
        id={noteId}
        value={doc.note ?? ''}
        maxLength={ArticleLimits.documentNoteMax}
        placeholder={m.documentNote(name)}
        onChange={(e) => onChange((docs) => replaceItem(docs, index, { ...doc, note: e.target.value || undefined }))}
      />
      <button type="button" className="button button--tool" aria-label={m.moveUp(name)} disabled={index === 0} onClick={() => onChange((docs) => moveItem(docs, index, -1))}>
        ↑
      </button>
      <button type="button" className="button button--tool" aria-label={m.moveDown(name)} disabled={index === count - 1} onClick={() => onChange((docs) => moveItem(docs, index, 1))}>
        ↓
      </button>
      <button type="button" className="button button--tool" aria-label={m.documentRemove(name)} onClick={() => onChange((docs) => removeItem(docs, index))}>
        ×
      </button>
    </li>
  );
}

/** Required documents picked from the catalogue, each with an article-specific note. */
export function DocumentsField({ value, onChange }: { value: RequiredDocument[]; onChange: (docs: RequiredDocument[]) => void }) {
  const catalogue = useQuery(documentsQuery());
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const byId = new Map((catalogue.data ?? []).map((doc): [string, DocumentView] => [doc.id, doc]));
  const available = (catalogue.data ?? []).filter((doc) => !value.some((selected) => selected.documentId === doc.id));
  const full = value.length >= ArticleLimits.documentsMax;
  const update = (next: RequiredDocument[] | ((docs: RequiredDocument[]) => RequiredDocument[])) =>
    onChange(typeof next === 'function' ? next(value) : next);

  function add() {
    if (!choice || full) return;
    onChange([...value, { documentId: choice }]);
    setChoice('');
  }

  return (
    <fieldset className="fieldset">
      <legend>{articleMessages.field.documents}</legend>
      <p className="field__hint">{m.documentsHint}</p>
      {catalogue.isError && <ErrorAlert error={catalogue.error} />}
      <ol className="list-editor">
        {value.map((doc, index) => (
          <DocumentRow key={doc.documentId} doc={doc} index={index} count={value.length} name={byId.get(doc.documentId)?.name ?? m.unknownDocument} onChange={update} />
        ))}
      </ol>
      <div className="inline-input">
        <label htmlFor={selectId} className="visually-hidden">
          {m.documentChoose}
        </label>
        <select id={selectId} value={choice} disabled={full} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{m.documentChoose}</option>
          {available.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" disabled={!choice || full} onClick={add}>
          {m.documentAdd}
        </button>
      </div>
      {full && <p className="field__hint">{m.limitReached(ArticleLimits.documentsMax)}</p>}
    </fieldset>
  );
}
