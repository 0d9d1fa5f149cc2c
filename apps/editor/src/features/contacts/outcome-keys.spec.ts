import { outcomeForKey } from './outcome-keys';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...extra,
});

describe('outcomeForKey', () => {
  it('maps 1–5 to the outcomes in the order of the bar', () => {
    expect(['1', '2', '3', '4', '5'].map((k) => outcomeForKey(key(k)))).toEqual([
      'settled',
      'forwarded',
      'appointment',
      'callback',
      'referred',
    ]);
  });

  it('ignores other keys and modified digits', () => {
    expect(outcomeForKey(key('6'))).toBeNull();
    expect(outcomeForKey(key('1', { ctrlKey: true }))).toBeNull();
    expect(outcomeForKey(key('2', { altKey: true }))).toBeNull();
  });
});
