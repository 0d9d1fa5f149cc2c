// Labelled text inputs: label, hint and error are wired up with ids for screen readers.
import { useId, type ReactNode } from 'react';

interface FieldShellProps {
  label: string;
  hint?: string;
  error?: string | null;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/** Label + control + hint + error; the control receives the ids to reference. */
export function FieldShell({ label, hint, error, children }: FieldShellProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props shared by TextField and TextAreaField. */
export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  hint?: string;
  error?: string | null;
  required?: boolean;
  type?: 'text' | 'url' | 'email' | 'tel';
  inputMode?: 'text' | 'numeric';
}

/** A labelled single-line input. */
export function TextField({ label, hint, error, onChange, type = 'text', ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type={type}
          {...input}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** A labelled multi-line input. */
export function TextAreaField({ label, hint, error, onChange, rows = 4, ...input }: Omit<TextFieldProps, 'type' | 'inputMode'> & { rows?: number }) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={rows}
          {...input}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
