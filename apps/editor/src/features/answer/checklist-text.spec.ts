import { buildContent, buildDepartment, buildPublishedArticle } from '../../testing/factories';
import { buildChecklistText } from './checklist-text';

describe('buildChecklistText', () => {
  it('lists the documents with boxes and notes, fees and the office', () => {
    const text = buildChecklistText(buildPublishedArticle());
    expect(text).toContain('Fahrzeug ummelden');
    expect(text).toContain('[ ] Personalausweis oder Reisepass\n[ ] eVB-Nummer – von der Versicherung');
    expect(text).toContain('Gebühren:\nca. 30 Euro');
    expect(text).toContain('Zulassungsstelle\nParkstraße 16, 71034 Böblingen\nRaum E.12\nTelefon: 07031 663-1234');
    expect(text).toContain('Öffnungszeiten:\nMo–Mi 08:00–12:00');
  });

  it('uses the article contact override over the department contact', () => {
    const article = buildPublishedArticle({
      content: buildContent({ contactOverride: { phone: '0800 111', room: 'A.1' } }),
      department: buildDepartment(),
    });
    const text = buildChecklistText(article);
    expect(text).toContain('Telefon: 0800 111');
    expect(text).toContain('Raum A.1');
    expect(text).not.toContain('663-1234');
  });

  it('offers only safe links and says "nicht hinterlegt" for documents and fees nobody provided', () => {
    const article = buildPublishedArticle({
      documents: [],
      content: buildContent({
        links: [
          { label: 'Online beantragen', url: 'https://service.example.org/ummelden', kind: 'online_service' },
          { label: 'Böse', url: 'javascript:alert(1)', kind: 'info' },
        ],
      }),
    });
    const text = buildChecklistText(article);
    expect(text).toContain('Online beantragen: https://service.example.org/ummelden');
    expect(text).not.toContain('javascript');
    expect(text).toContain('Mitzubringende Unterlagen:\nUnterlagen: nicht hinterlegt – bitte beim Fachbereich erfragen.');
    expect(text).toContain('Gebühren:\nnicht hinterlegt');
    expect(text).not.toContain('Keine Unterlagen erforderlich');
  });

  it('says "keine" only for what the author stated to be none, and never "geschlossen" for unknown hours', () => {
    const article = buildPublishedArticle({
      documents: [],
      content: buildContent({ fees: '', statedNone: ['documents', 'fees'] }),
      department: buildDepartment({ openingHours: { weekly: [] } }),
    });
    const text = buildChecklistText(article);
    expect(text).toContain('Mitzubringende Unterlagen:\nKeine Unterlagen erforderlich.');
    expect(text).toContain('Gebühren:\nkeine Gebühren');
    expect(text).toContain('Öffnungszeiten:\nnicht hinterlegt');
    expect(text).not.toMatch(/geschlossen/);
  });
});
