import { buildContent } from '../../testing/factories';
import { contentToText, differingFields, fieldText } from './content-text';

const names: Record<string, string> = { 'doc-1': 'Personalausweis' };
const documentName = (id: string) => names[id] ?? '?';

describe('content text', () => {
  it('renders structured fields readably', () => {
    const content = buildContent({
      keywords: ['auto', 'ummelden'],
      documents: [{ documentId: 'doc-1', note: 'gültig' }],
      links: [{ label: 'Online', url: 'https://x.example', kind: 'online_service' }],
      bscResolution: 'complete',
    });
    expect(fieldText(content, 'keywords', documentName)).toBe('auto, ummelden');
    expect(fieldText(content, 'documents', documentName)).toBe('Personalausweis – gültig');
    expect(fieldText(content, 'links', documentName)).toBe('Online: https://x.example (Onlinedienst)');
    expect(fieldText(content, 'bscResolution', documentName)).toBe('Am BSC abschließend');
  });

  it('finds exactly the fields that differ', () => {
    const mine = buildContent({ fees: '30 Euro', keywords: ['a'] });
    const theirs = buildContent({ fees: '35 Euro', keywords: ['a'] });
    expect(differingFields(mine, theirs, documentName)).toEqual(['fees']);
  });

  it('labels every filled field in the full text and skips empty ones', () => {
    const text = contentToText(buildContent({ shortAnswer: 'Kurz.', fees: '30 Euro' }), documentName);
    expect(text).toBe(
      'Titel:\nFahrzeug ummelden\n\nKurzantwort:\nKurz.\n\nGebühren:\n30 Euro\n\nErledigung am BSC:\nWeiterleitung an Fachbereich',
    );
  });
});
