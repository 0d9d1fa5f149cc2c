import type { ArticleContent } from './article';
import { emptyDoc } from './tiptap';

/**
 * The content a new article starts with. bscResolution starts at "referral": a new article
 * promises nothing at the counter until its author says the BSC can finish the concern.
 */
export function emptyArticleContent(title = ''): ArticleContent {
  return {
    title,
    keywords: [],
    shortAnswer: '',
    body: emptyDoc(),
    documents: [],
    prerequisites: '',
    fees: '',
    procedure: '',
    processingTime: '',
    deadlines: '',
    links: [],
    legalBasis: '',
    contactOverride: null,
    leikaKey: null,
    bscResolution: 'referral',
  };
}
