import { describe, expect, it } from '@jest/globals';
import { SearchLimits } from '@bsc/domain';
import { rawSearchRequest } from './raw-search';

describe(rawSearchRequest.name, () => {
  it('is one plain search of the typed words: q, the page size and German locales, nothing else', () => {
    const request = rawSearchRequest('articles', 'key', 'Ich habe meinen Führerschein verloren');

    expect(request.path).toBe('/indexes/articles/search');
    expect(JSON.parse(request.body)).toEqual({
      q: 'Ich habe meinen Führerschein verloren',
      limit: SearchLimits.limitDefault,
      locales: ['deu'],
    });
  });

  it('authenticates and asks for an uncompressed answer', () => {
    expect(rawSearchRequest('a b', 'secret', 'x', 5).headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer secret',
      'accept-encoding': 'identity',
    });
    expect(rawSearchRequest('a b', 'secret', 'x', 5).path).toBe('/indexes/a%20b/search');
  });
});
