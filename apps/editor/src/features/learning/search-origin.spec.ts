import { MAX_ORIGINS, ORIGIN_MAX_AGE_MS, originOf, parseOrigins, withOrigin, type SearchOrigin } from './search-origin';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const origin = (articleId: string, searchId: string, at = NOW): SearchOrigin => ({ articleId, searchId, at });

describe('search origins', () => {
  it('remembers the latest search per article', () => {
    const origins = withOrigin(withOrigin([origin('a', 's1', NOW - 1000)], origin('b', 's2')), origin('a', 's3'));
    expect(originOf(origins, 'a', NOW)).toBe('s3');
    expect(originOf(origins, 'b', NOW)).toBe('s2');
    expect(originOf(origins, 'c', NOW)).toBeNull();
    expect(origins.map((o) => o.articleId)).toEqual(['b', 'a']);
  });

  it('forgets a search older than the maximum age, so a later visit is not credited to it', () => {
    const origins = [origin('a', 's1', NOW - ORIGIN_MAX_AGE_MS - 1), origin('b', 's2', NOW - ORIGIN_MAX_AGE_MS)];
    expect(originOf(origins, 'a', NOW)).toBeNull();
    expect(originOf(origins, 'b', NOW)).toBe('s2');
  });

  it('keeps at most MAX_ORIGINS articles, dropping the oldest', () => {
    let origins: SearchOrigin[] = [];
    for (let i = 0; i <= MAX_ORIGINS; i++) origins = withOrigin(origins, origin(`a${i}`, `s${i}`));
    expect(origins).toHaveLength(MAX_ORIGINS);
    expect(originOf(origins, 'a0', NOW)).toBeNull();
    expect(originOf(origins, `a${MAX_ORIGINS}`, NOW)).toBe(`s${MAX_ORIGINS}`);
  });

  it('reads only well-formed entries back from storage', () => {
    const stored = JSON.stringify([origin('a', 's1'), { articleId: 'b' }, 'x', origin('c', 's3')]);
    expect(parseOrigins(stored).map((o) => o.articleId)).toEqual(['a', 'c']);
    expect(parseOrigins('{"articleId":"a"}')).toEqual([]);
    expect(parseOrigins('not json')).toEqual([]);
    expect(parseOrigins(null)).toEqual([]);
  });
});
