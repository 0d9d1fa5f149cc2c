// Test data builders for the editor's unit specs (never imported by app code).
import {
  emptyArticleContent,
  type ArticleContent,
  type DepartmentView,
  type DraftView,
  type PublishedArticleView,
  type SearchHit,
} from '@bsc/domain';

/** A department with weekday hours Mon–Fri 08:00–12:00 and Thu afternoon. */
export function buildDepartment(overrides: Partial<DepartmentView> = {}): DepartmentView {
  return {
    id: 'dep-1',
    code: 'ZUL',
    name: 'Zulassungsstelle',
    phone: '07031 663-1234',
    email: 'zulassung@example.org',
    room: 'E.12',
    address: 'Parkstraße 16, 71034 Böblingen',
    openingHours: {
      weekly: [...[0, 1, 2, 3, 4].map((day) => ({ day, opens: '08:00', closes: '12:00' })), { day: 3, opens: '14:00', closes: '18:00' }],
    },
    appointmentUrl: 'https://termine.example.org/zulassung',
    reviewIntervalDays: 180,
    ...overrides,
  };
}

/** Article content with a title and the given fields. */
export function buildContent(overrides: Partial<ArticleContent> = {}): ArticleContent {
  return { ...emptyArticleContent('Fahrzeug ummelden'), ...overrides };
}

/** A published article as GET /articles/:id/published returns it. */
export function buildPublishedArticle(overrides: Partial<PublishedArticleView> = {}): PublishedArticleView {
  return {
    id: 'art-1',
    kind: 'service',
    externalRef: null,
    version: 3,
    publishedAt: '2026-10-01T08:00:00.000Z',
    content: buildContent({ shortAnswer: 'Ummeldung bei der Zulassungsstelle, ca. 30 Euro.', fees: 'ca. 30 Euro' }),
    documents: [
      { documentId: 'doc-1', name: 'Personalausweis oder Reisepass', description: '' },
      { documentId: 'doc-2', name: 'eVB-Nummer', description: '', note: 'von der Versicherung' },
    ],
    department: buildDepartment(),
    locations: [],
    freshness: { state: 'fresh', lastVerifiedAt: '2026-10-01T08:00:00.000Z', nextReviewAt: '2027-04-01T08:00:00.000Z', source: null },
    validUntil: null,
    openFlags: 0,
    ...overrides,
  };
}

/** A draft at the given revision. */
export function buildDraft(overrides: Partial<DraftView> = {}): DraftView {
  return {
    articleId: 'art-1',
    revision: 1,
    state: 'draft',
    content: buildContent(),
    baseVersion: null,
    authorIds: ['user-author'],
    updatedAt: '2026-11-20T10:00:00.000Z',
    updatedBy: 'user-author',
    changeNote: null,
    publishAt: null,
    rejectionComment: null,
    problems: [],
    lastRejection: null,
    ...overrides,
  };
}

/** A search hit of a published service article. */
export function buildSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    id: 'hit-1',
    kind: 'service',
    title: 'Fahrzeugzulassung',
    shortAnswer: 'Einen neuen Pkw lassen Sie bei der Zulassungsstelle zulassen.',
    snippet: '',
    departmentId: 'dep-kfz',
    departmentName: 'Zulassungsstelle',
    bscResolution: 'partial',
    externalRef: null,
    freshness: 'fresh',
    ...overrides,
  };
}
