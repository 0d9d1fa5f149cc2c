// Loaders of the lazy pages. Kept apart from the route table so pages can prefetch each other
// without an import cycle through routes.tsx.

/** The agent's answer page (published article). */
export const loadAnswerPage = () => import('../pages/answer-page');
/** The author's article list. */
export const loadWorkspacePage = () => import('../pages/workspace-page');
/** The article editor (pulls in Tiptap). */
export const loadArticleEditorPage = () => import('../pages/article-editor-page');
/** The reviewer's queue. */
export const loadReviewQueuePage = () => import('../pages/review-queue-page');
/** One draft under review. */
export const loadReviewPage = () => import('../pages/review-page');
