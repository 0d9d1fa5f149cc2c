import { ArticleLimits } from '@bsc/domain';

/** Adds keywords typed as "a, b": trimmed, cut to the limit, without case-insensitive duplicates. */
export function addKeywords(current: readonly string[], input: string): string[] {
  const result = [...current];
  for (const raw of input.split(',')) {
    const keyword = raw.trim().slice(0, ArticleLimits.keywordMax);
    if (!keyword || result.length >= ArticleLimits.keywordsMax) continue;
    if (!result.some((existing) => existing.toLowerCase() === keyword.toLowerCase())) result.push(keyword);
  }
  return result;
}
