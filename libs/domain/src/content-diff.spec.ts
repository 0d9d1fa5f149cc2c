import type { FieldDiff } from './api-types';
import { ARTICLE_CONTENT_FIELDS, type ArticleContent } from './article';
import { emptyArticleContent } from './content-defaults';
import { canonicalJson, diffContents } from './content-diff';
import type { TiptapDoc } from './tiptap';

const base = (): ArticleContent => ({
  ...emptyArticleContent('Hund anmelden'),
  keywords: ['Hundesteuer', 'Hund'],
  shortAnswer: 'Die Anmeldung ist online möglich.',
  documents: [{ documentId: 'd1' }, { documentId: 'd2', note: 'bei Kampfhunden' }],
  links: [{ label: 'Online-Anmeldung', url: 'https://a.de', kind: 'online_service' }],
  fees: 'keine',
});

const bodyOf = (...paragraphs: string[]): TiptapDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

function field(diffs: FieldDiff[], name: FieldDiff['field']): FieldDiff {
  const found = diffs.find((diff) => diff.field === name);
  if (!found) throw new Error(`no diff for ${name}`);
  return found;
}

// The text as it was (unchanged + removed) and as it is now (unchanged + added).
const oldText = (diff: FieldDiff) =>
  diff.parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join('');
const newText = (diff: FieldDiff) =>
  diff.parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join('');

describe('diffContents', () => {
  it('lists every content field in display order, unchanged for equal contents', () => {
    const diffs = diffContents(base(), base());
    expect(diffs.map((diff) => diff.field)).toEqual([...ARTICLE_CONTENT_FIELDS]);
    expect(diffs.every((diff) => !diff.changed)).toBe(true);
    expect(diffs.every((diff) => diff.parts.every((part) => !part.added && !part.removed))).toBe(true);
    expect(field(diffs, 'title').parts).toEqual([{ value: 'Hund anmelden' }]);
    expect(field(diffs, 'prerequisites').parts).toEqual([]);
  });

  it('shows every filled field of a new article as added (nothing to compare with)', () => {
    const diffs = diffContents(null, base(), { d1: 'Personalausweis' });

    expect(diffs.map((diff) => diff.field)).toEqual([...ARTICLE_CONTENT_FIELDS]);
    expect(field(diffs, 'title')).toEqual({ field: 'title', changed: true, parts: [{ value: 'Hund anmelden', added: true }] });
    expect(field(diffs, 'shortAnswer').parts).toEqual([{ value: 'Die Anmeldung ist online möglich.', added: true }]);
    expect(field(diffs, 'documents').parts).toEqual([{ value: 'Personalausweis\nd2 – bei Kampfhunden\n', added: true }]);
    expect(field(diffs, 'bscResolution').parts).toEqual([{ value: 'Weiterleitung an Fachbereich', added: true }]);
    expect(field(diffs, 'prerequisites')).toEqual({ field: 'prerequisites', changed: false, parts: [] });
  });

  it('shows a field stated to be "none" and a change between "none" and "not provided"', () => {
    const unknown = { ...base(), documents: [], fees: '' };
    const none = { ...unknown, statedNone: ['documents' as const, 'fees' as const] };

    const diffs = diffContents(unknown, none);

    expect(field(diffs, 'documents')).toMatchObject({ changed: true, parts: [{ value: 'keine (ausdrücklich angegeben)\n', added: true }] });
    expect(field(diffs, 'fees')).toMatchObject({ changed: true, parts: [{ value: 'keine (ausdrücklich angegeben)', added: true }] });
    expect(field(diffContents(null, none), 'fees').parts).toEqual([{ value: 'keine (ausdrücklich angegeben)', added: true }]);
  });

  it('diffs text fields word by word', () => {
    const to = { ...base(), shortAnswer: 'Die Anmeldung ist nur online möglich.' };
    const diff = field(diffContents(base(), to), 'shortAnswer');
    expect(diff.changed).toBe(true);
    expect(diff.parts).toEqual([{ value: 'Die Anmeldung ist ' }, { value: 'nur ', added: true }, { value: 'online möglich.' }]);
  });

  it('diffs the body as plain text and flags formatting-only changes', () => {
    const from = { ...base(), body: bodyOf('Bitte Ausweis mitbringen.', 'Danke') };
    const to = { ...base(), body: bodyOf('Bitte Reisepass mitbringen.', 'Danke') };
    const diff = field(diffContents(from, to), 'body');
    expect(diff.changed).toBe(true);
    expect(diff.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['Ausweis']);
    expect(diff.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['Reisepass']);
    expect(oldText(diff)).toBe('Bitte Ausweis mitbringen.\nDanke');

    const bold: ArticleContent = {
      ...from,
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Bitte Ausweis mitbringen.', marks: [{ type: 'bold' }] }],
          },
          bodyOf('Danke').content[0],
        ],
      },
    };
    const formatting = field(diffContents(from, bold), 'body');
    expect(formatting.changed).toBe(true);
    expect(formatting.parts.some((p) => p.added || p.removed)).toBe(false);
  });

  it('diffs keywords line by line', () => {
    const to = { ...base(), keywords: ['Hundesteuer', 'Hundemarke', 'Hund'] };
    const diff = field(diffContents(base(), to), 'keywords');
    expect(diff.parts).toEqual([{ value: 'Hundesteuer\n' }, { value: 'Hundemarke\n', added: true }, { value: 'Hund\n' }]);
  });

  it('shows documents with catalogue names and notes', () => {
    const to = {
      ...base(),
      documents: [{ documentId: 'd1' }, { documentId: 'd2', note: 'bei Listenhunden' }],
    };
    const diff = field(diffContents(base(), to, { d1: 'Personalausweis', d2: 'Sachkundenachweis' }), 'documents');
    expect(oldText(diff)).toBe('Personalausweis\nSachkundenachweis – bei Kampfhunden\n');
    expect(newText(diff)).toBe('Personalausweis\nSachkundenachweis – bei Listenhunden\n');
    expect(diff.parts).toContainEqual({
      value: 'Sachkundenachweis – bei Kampfhunden\n',
      removed: true,
    });
  });

  it('falls back to document ids and ignores inherited names', () => {
    const to = { ...base(), documents: [{ documentId: 'toString' }] };
    const diff = field(diffContents(base(), to), 'documents');
    expect(newText(diff)).toBe('toString\n');
  });

  it('renders links with German kind labels', () => {
    const to: ArticleContent = {
      ...base(),
      links: [{ label: 'Antrag', url: 'https://b.de/x.pdf', kind: 'form' }],
    };
    const diff = field(diffContents(base(), to), 'links');
    expect(diff.parts).toEqual([
      { value: 'Online-Anmeldung (Onlinedienst): https://a.de\n', removed: true },
      { value: 'Antrag (Formular): https://b.de/x.pdf\n', added: true },
    ]);
  });

  it('renders the contact override, LeiKa key and BSC resolution readably', () => {
    const to: ArticleContent = {
      ...base(),
      contactOverride: { phone: '089 1', room: 'E.12' },
      leikaKey: '99050012104000',
      bscResolution: 'complete',
    };
    const diffs = diffContents(base(), to);
    expect(field(diffs, 'contactOverride').parts).toEqual([{ value: 'Telefon: 089 1\nRaum: E.12\n', added: true }]);
    expect(field(diffs, 'leikaKey').parts).toEqual([{ value: '99050012104000', added: true }]);
    expect(newText(field(diffs, 'bscResolution'))).toBe('Am BSC abschließend');
    expect(diffs.filter((d) => d.changed).map((d) => d.field)).toEqual(['contactOverride', 'leikaKey', 'bscResolution']);
  });

  it('marks whitespace-only changes as changed', () => {
    const diff = field(diffContents(base(), { ...base(), fees: 'keine ' }), 'fees');
    expect(diff.changed).toBe(true);
  });

  it('shows a replaced field as a whole when the diff would take too long', () => {
    const words = (seed: number) => Array.from({ length: 40_000 }, (_, i) => `w${(i * seed) % 7919}`).join(' ');
    const from = { ...base(), procedure: words(13) };
    const to = { ...base(), procedure: words(17) };
    const started = Date.now();
    const diff = field(diffContents(from, to), 'procedure');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(oldText(diff)).toBe(from.procedure);
    expect(newText(diff)).toBe(to.procedure);
  });
});

describe('canonicalJson', () => {
  it('ignores key order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: [1, { f: 1, e: 2 }] } })).toBe(canonicalJson({ b: { d: [1, { e: 2, f: 1 }], c: 2 }, a: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
