// Labelled form controls: label, hint and error are wired up with ids for screen readers.
import { useId, type ReactNode } from 'react';
import { uiMessages } from './messages';

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
  type?: 'text' | 'url' | 'email' | 'tel' | 'password' | 'datetime-local';
  disabled?: boolean;
  inputMode?: 'text' | 'numeric';
  autoComplete?: string;
  autoFocus?: boolean;
  /** Focused first when the surrounding Dialog opens. */
  dialogFocus?: boolean;
}

/** A labelled single-line input. */
export function TextField({ label, hint, error, onChange, type = 'text', dialogFocus, ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type={type}
          // Date and time pickers follow the element's language: German order and 24-hour clock.
          lang={type === 'datetime-local' ? 'de' : undefined}
          {...input}
          data-autofocus={dialogFocus ? '' : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** Props of TextAreaField. */
export type TextAreaFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'autoComplete'> & { rows?: number };

/** A labelled multi-line input. */
export function TextAreaField({ label, hint, error, onChange, rows = 4, dialogFocus, ...input }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={rows}
          {...input}
          data-autofocus={dialogFocus ? '' : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** Props of SelectField. */
export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
  disabled?: boolean;
}

/** A labelled select; onChange only ever reports one of the given option values. */
export function SelectField<T extends string>({ label, value, options, onChange, hint, disabled }: SelectFieldProps<T>) {
  return (
    <FieldShell label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(event) => {
            const option = options.find((candidate) => candidate.value === event.target.value);
            if (option) onChange(option.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Submit (with a busy label) and cancel buttons at the end of a form. */
export function FormActions(props: { submitLabel: string; busyLabel: string; busy: boolean; onCancel?: () => void; danger?: boolean }) {
  return (
    <div className="button-row">
      <button type="submit" className={`button ${props.danger ? 'button--danger' : 'button--primary'}`} disabled={props.busy}>
        {props.busy ? props.busyLabel : props.submitLabel}
      </button>
      {props.onCancel && (
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {uiMessages.cancel}
        </button>
      )}
    </div>
  );
}
