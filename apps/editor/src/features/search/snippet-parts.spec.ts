import { decodeEntities, markedShortAnswer, parseSnippet } from './snippet-parts';

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

describe('markedShortAnswer', () => {
  const SHORT = 'Einen neuen Pkw lassen Sie bei der Zulassungsstelle zulassen. Mitzubringen sind Ausweis und eVB-Nummer.';

  it('puts the highlights of a snippet cropped from the short answer into the whole short answer', () => {
    const snippet = '…neuen <mark>Pkw</mark> lassen Sie bei der <mark>Zulassungsstelle</mark> zulassen. Mitzubringen…';
    const parts = markedShortAnswer(SHORT, snippet);
    expect(parts?.map((part) => part.text).join('')).toBe(SHORT);
    expect(parts?.filter((part) => part.marked).map((part) => part.text)).toEqual(['Pkw', 'Zulassungsstelle']);
  });

  it('keeps a snippet that says something else (the body matched)', () => {
    expect(markedShortAnswer(SHORT, 'Die Gebühr für die <mark>Zulassung</mark> beträgt 30,70 Euro…')).toBeNull();
  });

  it('keeps an empty or ellipsis-only snippet out', () => {
    expect(markedShortAnswer(SHORT, '…')).toBeNull();
  });

  it('decodes escapes before comparing', () => {
    expect(markedShortAnswer('A & B', 'A &amp; <mark>B</mark>')).toEqual([
      { text: 'A & ', marked: false },
      { text: 'B', marked: true },
    ]);
  });
});
