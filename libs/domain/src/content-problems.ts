import type { ArticleContent } from './article';
import { ArticleLimits } from './limits';

/*
 * What makes a draft not ready for review, field by field. A draft may be saved with these
 * problems (an author fills a form over several sittings, and one wrong field must not block
 * saving the others); submitting for review requires none (DRAFT_INCOMPLETE). The API reports
 * them with every draft, the editor shows them at the fields: one rule, one wording.
 *
 * Some rules protect what is stored rather than completeness (a link target must be a web, mail
 * or phone address): the API refuses such a save, and the editor holds the field back until it is
 * valid and saves the rest (`blocksSave`, rule `isStorableLinkUrl`).
 */

/** A field of a draft that is not ready for review. `field` is a path: `title`, `links.2.url`. */
export interface ContentProblem {
  field: string;
  message: string;
  /** The API refuses to store the field as it is; the editor saves the rest without it. */
  blocksSave: boolean;
}

// Whitespace (\s covers the Unicode spaces) and the invisible format characters a paste brings
// along: zero-width space/joiners, word joiner, soft hyphen, byte order mark.
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/** Whether a text shows at least one visible character. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').length > 0;
}

/** The German texts of the problems, also used by the editor's own hints. */
export const ContentProblemMessages = {
  titleRequired: 'Bitte geben Sie einen Titel ein.',
  leikaInvalid: 'Der LeiKa-Schlüssel besteht aus 14 Ziffern.',
  linkLabelRequired: 'Bitte geben Sie eine Bezeichnung für den Link ein.',
  linkUrlInvalid:
    'Nur https://-, http://-, mailto:- und tel:-Adressen sind erlaubt. Der Link wird erst gespeichert, wenn die Adresse gültig ist.',
} as const;

/** Whether a structured link's target is stored as it is (the API's rule for `links[].url`). */
export function isStorableLinkUrl(url: string): boolean {
  return ArticleLimits.linkUrlPattern.test(url);
}

/** Every problem of a draft's content, in the order of the form. */
export function contentProblems(content: ArticleContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const m = ContentProblemMessages;
  if (!hasVisibleText(content.title)) problems.push({ field: 'title', message: m.titleRequired, blocksSave: false });
  content.links.forEach((link, index) => {
    if (!hasVisibleText(link.label)) problems.push({ field: `links.${index}.label`, message: m.linkLabelRequired, blocksSave: false });
    if (!isStorableLinkUrl(link.url)) problems.push({ field: `links.${index}.url`, message: m.linkUrlInvalid, blocksSave: true });
  });
  if (content.leikaKey !== null && !ArticleLimits.leikaKeyPattern.test(content.leikaKey)) {
    problems.push({ field: 'leikaKey', message: m.leikaInvalid, blocksSave: false });
  }
  return problems;
}
