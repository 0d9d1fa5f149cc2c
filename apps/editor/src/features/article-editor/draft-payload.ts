import { contentProblems, isStorableLinkUrl, type ArticleContent, type ArticleLink, type ContentProblem } from '@bsc/domain';

// A link row the author just added and has not filled in yet stays in the form but is neither
// sent nor reported, so "Link hinzufügen" does not make the save fail or the form turn red.
function isEmptyRow(link: ArticleLink): boolean {
  return link.label.trim() === '' && link.url.trim() === '';
}

/**
 * The content sent with an autosave: the valid rest. A link whose target the API would refuse is
 * held back (it stays in the form and in the browser's store) so that every other field is saved.
 */
export function draftPayload(content: ArticleContent): ArticleContent {
  const links = content.links.filter((link) => !isEmptyRow(link) && isStorableLinkUrl(link.url));
  return links.length === content.links.length ? content : { ...content, links };
}

/** Whether the form holds input that draftPayload() does not send (an invalid link target). */
export function holdsBackInput(content: ArticleContent): boolean {
  return content.links.some((link) => !isEmptyRow(link) && !isStorableLinkUrl(link.url));
}

/** The problems the author sees and that block submitting; empty new link rows are left out. */
export function draftProblems(content: ArticleContent): ContentProblem[] {
  const emptyRows = new Set(content.links.flatMap((link, index) => (isEmptyRow(link) ? [`links.${index}.`] : [])));
  return contentProblems(content).filter((problem) => ![...emptyRows].some((prefix) => problem.field.startsWith(prefix)));
}
