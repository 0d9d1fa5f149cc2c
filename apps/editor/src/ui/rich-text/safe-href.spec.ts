import { safeHref, telHref } from './safe-href';

describe('safeHref', () => {
  it.each([
    ['https://www.service-bw.de/', 'https://www.service-bw.de/'],
    ['http://example.org/a?b=1', 'http://example.org/a?b=1'],
    ['  mailto:buergerbuero@example.org ', 'mailto:buergerbuero@example.org'],
    ['tel:+497031663', 'tel:+497031663'],
  ])('allows %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    ' \u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    '/relative/path',
    '//evil.example.org',
    'www.example.org',
    '',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref({ href: 'https://x' })).toBeNull();
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('07031 663-1234')).toBe('tel:070316631234');
    expect(telHref('+49 (7031) 663 / 1234')).toBe('tel:+4970316631234');
  });

  it('returns null without digits', () => {
    expect(telHref('siehe Aushang')).toBeNull();
  });
});
