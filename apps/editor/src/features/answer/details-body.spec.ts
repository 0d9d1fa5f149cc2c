import type { TiptapDoc, TiptapNode } from '@bsc/domain';
import { detailsBody } from './details-body';

const paragraph = (text: string): TiptapNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (text: string): TiptapNode => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });

describe('detailsBody', () => {
  const answer = 'Wer in die Stadt zieht, meldet seinen Wohnsitz innerhalb von zwei Wochen an.';

  it('leaves out the first paragraph when it says word for word what the short answer says', () => {
    const body = doc(paragraph(`${answer.replace(' innerhalb', '\n innerhalb')} `), paragraph('Die Anmeldung ist gebührenfrei.'));
    expect(detailsBody(body, answer)).toEqual(doc(paragraph('Die Anmeldung ist gebührenfrei.')));
  });

  it('looks past headings, and leaves no heading standing over nothing', () => {
    expect(detailsBody(doc(heading('Wohnsitz'), paragraph(answer), paragraph('Auch online.')), answer)).toEqual(
      doc(heading('Wohnsitz'), paragraph('Auch online.')),
    );
    expect(detailsBody(doc(heading('Wohnsitz'), paragraph(answer), heading('Kosten'), paragraph('Keine.')), answer)).toEqual(
      doc(heading('Kosten'), paragraph('Keine.')),
    );
    expect(detailsBody(doc(heading('Wohnsitz'), paragraph(answer)), answer)).toEqual(doc());
  });

  it('keeps the body whole when the short answer shortens, rephrases or only starts the paragraph', () => {
    const body = doc(paragraph(`${answer} Wer wegzieht, meldet sich ab.`), paragraph('Mehr.'));
    expect(detailsBody(body, answer)).toBe(body);
    expect(detailsBody(body, 'Wohnsitz innerhalb von zwei Wochen anmelden.')).toBe(body);
    expect(detailsBody(doc(paragraph('Mehr.'), paragraph(answer)), answer).content).toHaveLength(2);
  });

  it('keeps everything when there is no short answer', () => {
    const body = doc(paragraph(''), paragraph('Text.'));
    expect(detailsBody(body, '  ')).toBe(body);
  });
});
