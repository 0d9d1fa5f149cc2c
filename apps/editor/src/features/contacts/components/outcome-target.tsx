import { useEffect, useRef, type KeyboardEvent } from 'react';
import { contactMessages as m } from '../messages';

/** Props of OutcomeTarget. */
export interface OutcomeTargetProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  busy: boolean;
  onChange: (value: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The department or authority of "Weitergeleitet" / "Verwiesen": focused when it appears, so
 * "2, Enter" forwards to the preselected department; Escape cancels.
 */
export function OutcomeTarget({ label, value, options, placeholder, busy, onChange, onConfirm, onCancel }: OutcomeTargetProps) {
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
    if (event.key === 'Enter' && value) {
      event.preventDefault();
      onConfirm();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <div className="contact-bar__target">
      <label htmlFor="contact-target">{label}</label>
      <select id="contact-target" ref={select} value={value} onChange={(event) => onChange(event.target.value)} onKeyDown={onKeyDown}>
        {placeholder && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" className="button button--primary" disabled={!value || busy} onClick={onConfirm}>
        {m.confirm}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {m.cancel}
      </button>
    </div>
  );
}
