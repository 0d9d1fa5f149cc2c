import { CatalogueLimits } from '@bsc/domain';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../../ui/error-alert';
import { TextField } from '../../../../ui/form-field';
import { useFocusFirstError } from '../../../../ui/use-focus-first-error';
import { useAddSynonym } from '../../hooks/use-synonym-mutations';
import { adminMessages } from '../../messages';
import { readSynonymInput } from '../../synonyms/synonym-input';

const m = adminMessages.synonyms;

/** Term + comma-separated synonyms → POST /synonyms; clears itself after saving. */
export function AddSynonymForm({ onAdded }: { onAdded: (term: string) => void }) {
  const [term, setTerm] = useState('');
  const [synonyms, setSynonyms] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'term' | 'synonyms', string>>>({});
  const [formRef, focusFirstError] = useFocusFirstError();
  const add = useAddSynonym((added) => {
    setTerm('');
    setSynonyms('');
    onAdded(added);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = readSynonymInput(term, synonyms);
    setErrors(input.valid ? {} : input.errors);
    if (!input.valid) return focusFirstError();
    add.mutate({ term: input.term, synonyms: input.synonyms });
  }

  return (
    <form className="card form admin-form" onSubmit={submit} noValidate ref={formRef} aria-labelledby="add-synonym-title">
      <h2 id="add-synonym-title" className="card__title">
        {m.addTitle}
      </h2>
      {add.isError && <ErrorAlert error={add.error} />}
      <div className="admin-form__row">
        <TextField
          label={m.term}
          value={term}
          onChange={setTerm}
          hint={m.termHint}
          error={errors.term}
          maxLength={CatalogueLimits.synonymTermMax}
          required
        />
        <TextField
          label={m.synonyms}
          value={synonyms}
          onChange={setSynonyms}
          hint={m.synonymsHint(CatalogueLimits.synonymsMax)}
          error={errors.synonyms}
          required
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? m.adding : m.add}
        </button>
      </div>
    </form>
  );
}
