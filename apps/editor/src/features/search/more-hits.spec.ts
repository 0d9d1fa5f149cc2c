import { buildSearchHit } from '../../testing/factories';
import { appendHits } from './more-hits';

describe('appendHits', () => {
  it('appends the next page after the hits shown', () => {
    const shown = [buildSearchHit({ id: 'a' }), buildSearchHit({ id: 'b' })];
    const next = [buildSearchHit({ id: 'c' })];
    expect(appendHits(shown, next).map((hit) => hit.id)).toEqual(['a', 'b', 'c']);
  });

  it('drops a hit the list already has (it moved across the page boundary)', () => {
    const shown = [buildSearchHit({ id: 'a' }), buildSearchHit({ id: 'b' })];
    const next = [buildSearchHit({ id: 'b' }), buildSearchHit({ id: 'c' })];
    expect(appendHits(shown, next).map((hit) => hit.id)).toEqual(['a', 'b', 'c']);
  });
});
