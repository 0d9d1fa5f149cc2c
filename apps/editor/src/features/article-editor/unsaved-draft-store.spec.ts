import { buildContent } from '../../testing/factories';
import { unsavedDraftStore, type KeyValueStorage } from './unsaved-draft-store';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('unsavedDraftStore', () => {
  const entry = { revision: 3, content: buildContent({ title: 'Nicht gespeichert', leikaKey: '12' }), savedAt: '2026-11-20T10:00:00.000Z' };

  it('keeps the unsaved input per user and article until it is forgotten', () => {
    const storage = memoryStorage();
    const mine = unsavedDraftStore(storage, 'user-a');
    mine.write('art-1', entry);
    expect(mine.read('art-1')).toEqual(entry);
    expect(mine.read('art-2')).toBeNull();
    expect(unsavedDraftStore(storage, 'user-b').read('art-1')).toBeNull();
    mine.forget('art-1');
    expect(mine.read('art-1')).toBeNull();
  });

  it('ignores entries that are not a draft of this shape', () => {
    const storage = memoryStorage();
    const store = unsavedDraftStore(storage, 'u');
    store.write('art-1', entry);
    const [key] = [...storage.map.keys()];
    for (const broken of ['{', '{"revision":1}', JSON.stringify({ ...entry, content: { title: 'x' } })]) {
      storage.setItem(key, broken);
      expect(store.read('art-1')).toBeNull();
    }
  });

  it('survives a storage that throws (quota, private mode)', () => {
    const failing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = unsavedDraftStore(failing, 'u');
    expect(() => store.write('a', entry)).not.toThrow();
    expect(store.read('a')).toBeNull();
    expect(() => store.forget('a')).not.toThrow();
  });
});
