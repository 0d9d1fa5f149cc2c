import { moveItem, removeItem, replaceItem } from './list-edit';

describe('list editing', () => {
  it('moves items and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('replaces and removes by index without touching the input', () => {
    const input = ['a', 'b', 'c'];
    expect(replaceItem(input, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeItem(input, 0)).toEqual(['b', 'c']);
    expect(input).toEqual(['a', 'b', 'c']);
  });
});
