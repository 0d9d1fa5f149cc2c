import type { ArticleContent } from '@bsc/domain';

/**
 * The content sent with an autosave. A link row the author just added and has not filled in
 * yet stays in the form but is not sent, so "Link hinzufügen" does not make the save fail.
 */
export function draftPayload(content: ArticleContent): ArticleContent {
  const links = content.links.filter((link) => link.label.trim() !== '' || link.url.trim() !== '');
  return links.length === content.links.length ? content : { ...content, links };
}
