import { CONTACT_CHANNELS, type ContactChannel } from '@bsc/domain';
import { contactMessages as m } from '../messages';

/** Telefon / Schalter / E-Mail as a radio group (arrow keys move, the choice is remembered). */
export function ChannelPicker({ value, onChange }: { value: ContactChannel; onChange: (channel: ContactChannel) => void }) {
  return (
    <fieldset className="contact-bar__channels">
      <legend>{m.channel}</legend>
      {CONTACT_CHANNELS.map((channel) => (
        <label key={channel} className="contact-bar__channel">
          <input type="radio" name="contact-channel" value={channel} checked={value === channel} onChange={() => onChange(channel)} />
          {m.channels[channel]}
        </label>
      ))}
    </fieldset>
  );
}
