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
/** The department's flag queue (authors and reviewers). */
export const loadFlagQueuePage = () => import('../features/flags/components/flag-queue-page');
/** The flags the user raised. */
export const loadMyFlagsPage = () => import('../features/flags/components/my-flags-page');
/** The user's notifications. */
export const loadNotificationsPage = () => import('../features/notifications/components/notifications-page');
/** The first-contact dashboard (leads and admins). */
export const loadContactsDashboardPage = () => import('../features/contacts/components/contacts-dashboard-page');
/** The content-gap list (leads and admins). */
export const loadContentGapsPage = () => import('../features/content-gaps/components/content-gaps-page');
