import { ArticleLimits, type DocumentView, type RequiredDocument } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../ui/error-alert';
import { articleMessages } from '../../articles/messages';
import { documentsQuery } from '../../catalogue/api/catalogue-api';
import { moveItem, removeItem, replaceItem } from '../list-edit';
import { editorMessages as m } from '../messages';

type Docs = RequiredDocument[];

interface RowProps {
  docs: Docs;
  index: number;
  name: string;
  onChange: (docs: Docs) => void;
}

function DocumentRow({ docs, index, name, onChange }: RowProps) {
  const noteId = useId();
  const doc = docs[index];
  if (!doc) return null;
  const tool = (label: string, text: string, next: () => Docs, disabled = false) => (
    <button type="button" className="button button--tool" aria-label={label} disabled={disabled} onClick={() => onChange(next())}>
      {text}
    </button>
  );
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
        onChange={(e) => onChange(replaceItem(docs, index, { ...doc, note: e.target.value || undefined }))}
      />
      {tool(m.moveUp(name), '↑', () => moveItem(docs, index, -1), index === 0)}
      {tool(m.moveDown(name), '↓', () => moveItem(docs, index, 1), index === docs.length - 1)}
      {tool(m.documentRemove(name), '×', () => removeItem(docs, index))}
    </li>
  );
}

function AddDocument({ available, disabled, onAdd }: { available: DocumentView[]; disabled: boolean; onAdd: (id: string) => void }) {
  const [choice, setChoice] = useState('');
  const selectId = useId();
  return (
    <div className="inline-input">
      <label htmlFor={selectId} className="visually-hidden">
        {m.documentChoose}
      </label>
      <select id={selectId} value={choice} disabled={disabled} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{m.documentChoose}</option>
        {available.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {doc.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--secondary"
        disabled={!choice || disabled}
        onClick={() => {
          onAdd(choice);
          setChoice('');
        }}
      >
        {m.documentAdd}
      </button>
    </div>
  );
}

/** Required documents picked from the catalogue, each with an article-specific note. */
export function DocumentsField({ value, onChange }: { value: Docs; onChange: (docs: Docs) => void }) {
  const catalogue = useQuery(documentsQuery());
  const all = catalogue.data ?? [];
  const nameOf = (id: string) => all.find((doc) => doc.id === id)?.name ?? m.unknownDocument;
  const full = value.length >= ArticleLimits.documentsMax;
  return (
    <fieldset className="fieldset">
      <legend>{articleMessages.field.documents}</legend>
      <p className="field__hint">{m.documentsHint}</p>
      {catalogue.isError && <ErrorAlert error={catalogue.error} />}
      <ol className="list-editor">
        {value.map((doc, index) => (
          <DocumentRow key={doc.documentId} docs={value} index={index} name={nameOf(doc.documentId)} onChange={onChange} />
        ))}
      </ol>
      <AddDocument
        available={all.filter((doc) => !value.some((s) => s.documentId === doc.id))}
        disabled={full}
        onAdd={(id) => onChange([...value, { documentId: id }])}
      />
      {full && <p className="field__hint">{m.limitReached(ArticleLimits.documentsMax)}</p>}
    </fieldset>
  );
}
