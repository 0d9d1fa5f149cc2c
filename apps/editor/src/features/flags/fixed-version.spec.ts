import { parseFixedVersion } from './fixed-version';

describe('parseFixedVersion', () => {
  it('treats an empty field as "no version named"', () => {
    expect(parseFixedVersion('  ')).toEqual({ valid: true, version: undefined });
  });

  it('accepts whole numbers from 1', () => {
    expect(parseFixedVersion(' 4 ')).toEqual({ valid: true, version: 4 });
  });

  it.each(['0', '-1', '2.5', '3a', 'vier', '1e3', '9999999999'])('refuses %j', (text) => {
    expect(parseFixedVersion(text)).toEqual({ valid: false });
  });
});
