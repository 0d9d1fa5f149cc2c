import { CatalogueLimits, type OpeningHours } from '@bsc/domain';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { TextAreaField } from '../../../../ui/form-field';
import { adminMessages } from '../../messages';
import { SmallButton } from '../../../../ui/small-button';
import {
  addInterval,
  intervalsOfDay,
  removeInterval,
  setNote,
  updateInterval,
  type IndexedInterval,
} from '../../departments/opening-hours-edit';

const m = adminMessages.hours;
const DAYS = adminMessages.weekdays;

/** Props of OpeningHoursEditor. */
export interface OpeningHoursEditorProps {
  value: OpeningHours;
  onChange: (hours: OpeningHours) => void;
  /** Messages by the interval's index in `value.weekly`. */
  errors: ReadonlyMap<number, string>;
}

interface TimeInputProps {
  label: string;
  slot: string;
  value: string;
  invalid: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
}

// The visible label is "Beginn"/"Ende"; the hidden prefix names day and interval for screen readers.
function TimeInput({ label, slot, value, invalid, describedBy, onChange }: TimeInputProps) {
  const id = useId();
  return (
    <span className="hours-slot__time">
      <label htmlFor={id}>
        <span className="visually-hidden">{slot}: </span>
        {label}
      </label>
      <input
        id={id}
        type="time"
        lang="de"
        value={value}
        required
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}

interface SlotProps {
  day: number;
  position: number;
  entry: IndexedInterval;
  error: string | undefined;
  onTime: (change: { opens?: string; closes?: string }) => void;
  onRemove: () => void;
}

function Slot({ day, position, entry, error, onTime, onRemove }: SlotProps) {
  const errorId = useId();
  const slot = m.slotLabel(DAYS[day], position);
  const describedBy = error ? errorId : undefined;
  return (
    <li className="hours-slot" data-slot={`${day}-${position}`}>
      <TimeInput
        label={m.opens}
        slot={slot}
        value={entry.interval.opens}
        invalid={!!error}
        describedBy={describedBy}
        onChange={(opens) => onTime({ opens })}
      />
      <TimeInput
        label={m.closes}
        slot={slot}
        value={entry.interval.closes}
        invalid={!!error}
        describedBy={describedBy}
        onChange={(closes) => onTime({ closes })}
      />
      <SmallButton aria-label={m.removeFor(DAYS[day], position)} onClick={onRemove}>
        {m.remove}
      </SmallButton>
      {error && (
        <p id={errorId} className="field__error hours-slot__error">
          {error}
        </p>
      )}
    </li>
  );
}

// After adding, focus the new interval's start; after removing, the day's "add" button.
function useFocusAfterEdit(container: RefObject<HTMLFieldSetElement | null>) {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    container.current?.querySelector<HTMLElement>(target)?.focus();
    setTarget(null);
  }, [target, container]);
  return setTarget;
}

interface DayRowProps extends OpeningHoursEditorProps {
  day: number;
  focus: (selector: string) => void;
}

/** One weekday: its intervals (or "geschlossen") and "Zeitraum hinzufügen". */
function DayRow({ day, value, onChange, errors, focus }: DayRowProps) {
  const entries = intervalsOfDay(value, day);
  return (
    <div className="hours-day" role="group" aria-label={DAYS[day]}>
      <span className="hours-day__name" aria-hidden="true">
        {DAYS[day]}
      </span>
      {entries.length === 0 ? (
        <span className="muted hours-day__closed">{m.closed}</span>
      ) : (
        <ul className="hours-day__slots">
          {entries.map((entry, i) => (
            <Slot
              key={entry.index}
              day={day}
              position={i + 1}
              entry={entry}
              error={errors.get(entry.index)}
              onTime={(change) => onChange(updateInterval(value, entry.index, change))}
              onRemove={() => {
                onChange(removeInterval(value, entry.index));
                focus(`[data-add-day="${day}"]`);
              }}
            />
          ))}
        </ul>
      )}
      <SmallButton
        data-add-day={day}
        aria-label={m.addFor(DAYS[day])}
        onClick={() => {
          onChange(addInterval(value, day));
          focus(`[data-slot="${day}-${entries.length + 1}"] input`);
        }}
      >
        {m.add}
      </SmallButton>
    </div>
  );
}

/** Weekly opening hours: per weekday any number of HH:MM intervals, plus a note. */
export function OpeningHoursEditor({ value, onChange, errors }: OpeningHoursEditorProps) {
  const ref = useRef<HTMLFieldSetElement>(null);
  const focus = useFocusAfterEdit(ref);
  return (
    <fieldset className="hours-editor" ref={ref}>
      <legend>{m.legend}</legend>
      <p className="field__hint">{m.hint}</p>
      {DAYS.map((dayName, day) => (
        <DayRow key={dayName} day={day} value={value} onChange={onChange} errors={errors} focus={focus} />
      ))}
      <TextAreaField
        label={m.note}
        value={value.note ?? ''}
        onChange={(note) => onChange(setNote(value, note))}
        maxLength={CatalogueLimits.descriptionMax}
        hint={m.noteHint}
        rows={2}
      />
    </fieldset>
  );
}
