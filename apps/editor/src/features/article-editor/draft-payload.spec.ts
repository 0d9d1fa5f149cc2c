import { buildContent } from '../../testing/factories';
import { draftPayload, draftProblems, holdsBackInput } from './draft-payload';

describe('draftPayload', () => {
  const filled = { label: 'Online', url: 'https://x.example', kind: 'online_service' as const };
  const unlabelled = { label: '', url: 'https://y.example', kind: 'form' as const };
  const empty = { label: ' ', url: '', kind: 'info' as const };
  const badTarget = { label: 'Antrag', url: 'www.example.org/antrag', kind: 'form' as const };

  it('leaves out link rows that are still completely empty, and holds back links the API would refuse', () => {
    expect(draftPayload(buildContent({ links: [filled, empty, unlabelled, badTarget] })).links).toEqual([filled, unlabelled]);
  });

  it('sends the valid rest of a form with an invalid LeiKa key and an empty title (the API stores and reports them)', () => {
    const content = buildContent({ title: '', leikaKey: '123', fees: '10 Euro' });
    expect(draftPayload(content)).toBe(content);
  });

  it('tells when input is held back (an invalid link target), not for empty rows', () => {
    expect(holdsBackInput(buildContent({ links: [filled, empty] }))).toBe(false);
    expect(holdsBackInput(buildContent({ links: [filled, badTarget] }))).toBe(true);
  });

  it('reports the problems of the form without those of empty new link rows', () => {
    const problems = draftProblems(buildContent({ title: ' ', leikaKey: '12', links: [empty, badTarget] }));
    expect(problems.map((p) => p.field)).toEqual(['title', 'links.1.url', 'leikaKey']);
  });
});
