import { buildContent } from '../../testing/factories';
import { draftPayload } from './draft-payload';

describe('draftPayload', () => {
  it('leaves out link rows that are still completely empty', () => {
    const filled = { label: 'Online', url: 'https://x.example', kind: 'online_service' as const };
    const partial = { label: '', url: 'https://y.example', kind: 'form' as const };
    const empty = { label: ' ', url: '', kind: 'info' as const };
    expect(draftPayload(buildContent({ links: [filled, empty, partial] })).links).toEqual([filled, partial]);
  });

  it('returns the same object when nothing is left out', () => {
    const content = buildContent();
    expect(draftPayload(content)).toBe(content);
  });
});
