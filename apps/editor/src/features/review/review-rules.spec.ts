import { buildDraft } from '../../testing/factories';
import { isOwnDraft, localDateTimeToIso } from './review-rules';

describe('isOwnDraft', () => {
  it('is true for anyone who wrote on the draft', () => {
    const draft = buildDraft({ authorIds: ['a', 'b'] });
    expect(isOwnDraft({ id: 'b' }, draft)).toBe(true);
    expect(isOwnDraft({ id: 'c' }, draft)).toBe(false);
  });
});

describe('localDateTimeToIso', () => {
  it('converts a datetime-local value and rejects empty or invalid input', () => {
    expect(localDateTimeToIso('2026-12-01T08:30')).toBe(new Date('2026-12-01T08:30').toISOString());
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('morgen')).toBeNull();
  });
});
