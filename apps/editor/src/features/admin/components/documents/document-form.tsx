import { CatalogueLimits, type DocumentView } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../../ui/error-alert';
import { FormActions, TextAreaField, TextField } from '../../../../ui/form-field';
import { useSaveDocument } from '../../hooks/use-catalogue-mutations';
import { adminMessages } from '../../messages';
import { useFocusFirstError } from '../../../../ui/use-focus-first-error';

const m = adminMessages.documents;

/** Props of DocumentForm. */
export interface DocumentFormProps {
  /** The document to edit; undefined creates a new one. */
  document?: DocumentView;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** Name and description of a catalogue document. */
export function DocumentForm({ document, onSaved, onCancel }: DocumentFormProps) {
  const [name, setName] = useState(document?.name ?? '');
  const [description, setDescription] = useState(document?.description ?? '');
  const [nameMissing, setNameMissing] = useState(false);
  const save = useSaveDocument(() => onSaved(name.trim()));
  const [formRef, focusFirstError] = useFocusFirstError();

  function submit(event: FormEvent) {
    event.preventDefault();
    setNameMissing(!name.trim());
    if (!name.trim()) return focusFirstError();
    save.mutate({ id: document?.id ?? null, input: { name: name.trim(), description: description.trim() } });
  }

  return (
    <form className="form admin-form" onSubmit={submit} noValidate ref={formRef}>
      {save.isError && <ErrorAlert error={save.error} />}
      {document && document.usageCount > 0 && <p className="notice notice--info">{m.editNote}</p>}
      <TextField
        label={m.name}
        value={name}
        onChange={setName}
        maxLength={CatalogueLimits.nameMax}
        error={nameMissing ? adminMessages.fieldRequired : null}
        required
        dialogFocus
      />
      <TextAreaField
        label={m.description}
        value={description}
        onChange={setDescription}
        maxLength={CatalogueLimits.descriptionMax}
        hint={m.descriptionHint}
        rows={3}
      />
      <FormActions
        submitLabel={document ? adminMessages.save : adminMessages.create}
        busyLabel={document ? adminMessages.saving : adminMessages.creating}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
