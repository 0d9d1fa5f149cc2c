import { gzipSize, initialChunks, type ChunkInfo } from './bundle-size-plugin';

const chunk = (fileName: string, imports: string[] = [], isEntry = false): ChunkInfo => ({ fileName, code: fileName, isEntry, imports });

describe('initialChunks', () => {
  it('follows static imports from the entry and leaves lazy chunks out', () => {
    const chunks = [
      chunk('index.js', ['framework.js', 'shared.js'], true),
      chunk('framework.js'),
      chunk('shared.js', ['framework.js']),
      chunk('editor-page.js', ['editor-libs.js', 'shared.js']),
      chunk('editor-libs.js'),
    ];
    expect(initialChunks(chunks).map((c) => c.fileName)).toEqual(['index.js', 'framework.js', 'shared.js']);
  });
});

describe('gzipSize', () => {
  it('measures compressed bytes', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});
