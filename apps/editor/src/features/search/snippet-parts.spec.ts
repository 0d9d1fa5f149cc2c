import { decodeEntities, parseSnippet } from './snippet-parts';

describe('parseSnippet', () => {
  it('splits marked matches from surrounding text', () => {
    expect(parseSnippet('Das <mark>Auto</mark> ummelden')).toEqual([
      { text: 'Das ', marked: false },
      { text: 'Auto', marked: true },
      { text: ' ummelden', marked: false },
    ]);
  });

  it('keeps escaped markup as literal text, never as elements', () => {
    const parts = parseSnippet('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Pass</mark>');
    expect(parts[0]).toEqual({ text: '<script>alert(1)</script> ', marked: false });
    expect(parts[1]).toEqual({ text: 'Pass', marked: true });
  });

  it('handles several marks, upper-case tags and an unclosed mark', () => {
    expect(parseSnippet('<MARK>a</MARK> b <mark>c')).toEqual([
      { text: 'a', marked: true },
      { text: ' b ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('returns no parts for an empty snippet', () => {
    expect(parseSnippet('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('Größe &amp; &quot;Preis&quot; &#39;x&#39; &#x20AC; &lt;b&gt;')).toBe('Größe & "Preis" \'x\' € <b>');
  });

  it('leaves unknown or invalid entities untouched', () => {
    expect(decodeEntities('&foo; &#0; &#x110000;')).toBe('&foo; &#0; &#x110000;');
  });
});
