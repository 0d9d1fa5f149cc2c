import { bool, int, text, tiptap, token, type Shape } from './body-shape';

/** Existing rows the fuzz cases point at, so that validation is reached with real ids. */
export interface FuzzFixture {
  departmentId: string;
  documentId: string;
  /** An article with an open draft (state draft). */
  draftArticleId: string;
  /** A published article without a draft. */
  publishedArticleId: string;
  /** An article whose draft is in review. */
  reviewArticleId: string;
  flagId: string;
  /** A non-admin user. */
  userId: string;
  /** An active external authority (first-contact referrals). */
  authorityId: string;
}

/** A valid body for a route and the ids of its path parameters. */
export interface RouteTemplate {
  params?: Record<string, string>;
  body: Shape;
}

const FUTURE = '2099-01-01T08:00:00.000Z';

function content(f: FuzzFixture): Shape {
  return {
    title: text('Fuzz-Artikel'),
    keywords: [text('kfz')],
    shortAnswer: text('Kurzantwort'),
    body: tiptap({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Absatz' }] }] }),
    documents: [{ documentId: token(f.documentId), note: text('Kopie genügt') }],
    prerequisites: text(''),
    fees: text('30 Euro'),
    procedure: text(''),
    processingTime: text(''),
    deadlines: text(''),
    links: [{ label: text('Online beantragen'), url: token('https://www.example.org/antrag'), kind: token('online_service') }],
    legalBasis: text(''),
    contactOverride: { phone: text('08031 1'), email: text(''), room: text('A 1'), note: text('') },
    leikaKey: token('99050012104000'),
    bscResolution: token('complete'),
  };
}

function department(): Shape {
  return {
    code: token('FUZZ'),
    name: text('Fuzz-Fachbereich'),
    phone: text('08031 392-0'),
    email: token('fuzz@example.org'),
    room: text('Zimmer 2'),
    address: text('Amtsplatz 1'),
    openingHours: { weekly: [{ day: int(0), opens: token('08:00'), closes: token('12:00') }], note: text('') },
    appointmentUrl: token('https://termine.example.org'),
    reviewIntervalDays: int(180),
  };
}

/**
 * Valid bodies of the write routes, keyed like the RBAC matrix. Each valid body is never sent
 * itself: only its single-point mutations are. A write route without a template still gets
 * the generic malformed inputs; a template makes the fuzzing reach the nested validation.
 */
export function routeTemplates(f: FuzzFixture): Record<string, RouteTemplate> {
  const user = { displayName: text('Fuzz Nutzer'), roles: [token('agent')], departmentIds: [token(f.departmentId)] };
  return {
    'POST /api/v1/auth/login': { body: { login: token('niemand'), password: text('falsch') } },
    'POST /api/v1/search/click': {
      body: { searchId: token('5f0e4f36-8f3a-4c55-9a63-0c0bd0f7d3a1'), articleId: token(f.publishedArticleId), position: int(0) },
    },
    'POST /api/v1/search/feedback': {
      body: {
        searchId: token('5f0e4f36-8f3a-4c55-9a63-0c0bd0f7d3a1'),
        articleId: token(f.publishedArticleId),
        signal: token('helpful'),
        position: int(0),
      },
    },
    'POST /api/v1/articles/:id/learned-phrases/block': { params: { id: f.publishedArticleId }, body: { phrase: text('perso') } },
    'POST /api/v1/articles/:id/learned-phrases/adopt': { params: { id: f.publishedArticleId }, body: { phrase: text('perso') } },
    'POST /api/v1/content-gaps/ignore': { body: { term: text('wohngeld') } },
    'POST /api/v1/departments': { body: department() },
    'POST /api/v1/synonyms': { body: { term: text('Perso'), synonyms: [text('Personalausweis')] } },
    'PUT /api/v1/departments/:id': { params: { id: f.departmentId }, body: department() },
    'POST /api/v1/documents': { body: { name: text('Fuzz-Unterlage'), description: text('') } },
    'PUT /api/v1/documents/:id': { params: { id: f.documentId }, body: { name: text('Fuzz-Unterlage'), description: text('') } },
    'POST /api/v1/articles': { body: { departmentId: token(f.departmentId), kind: token('service'), content: content(f) } },
    // A stale revision: even a body that slipped through validation could not overwrite the draft.
    'PUT /api/v1/articles/:id/draft': { params: { id: f.draftArticleId }, body: { revision: int(999), content: content(f) } },
    'POST /api/v1/articles/:id/submit': { params: { id: f.draftArticleId }, body: { changeNote: text('Änderung') } },
    'POST /api/v1/articles/:id/approve': {
      params: { id: f.reviewArticleId },
      body: { publishAt: token(FUTURE), validUntil: token(FUTURE) },
    },
    'POST /api/v1/articles/:id/reject': { params: { id: f.reviewArticleId }, body: { comment: text('Bitte ergänzen') } },
    'POST /api/v1/articles/:id/flags': {
      params: { id: f.publishedArticleId },
      body: { reason: token('wrong'), comment: text('Gebühr falsch') },
    },
    'POST /api/v1/flags/:id/resolve': { params: { id: f.flagId }, body: { note: text('Korrigiert'), fixedInVersion: int(1) } },
    'PUT /api/v1/articles/:id/review-interval': { params: { id: f.publishedArticleId }, body: { days: int(30) } },
    'POST /api/v1/users': { body: { login: token('fuzz.nutzer'), password: text('Ein-langes-Passwort-1'), ...user } },
    'PUT /api/v1/users/:id': { params: { id: f.userId }, body: { ...user, active: bool(true), password: text('Ein-langes-Passwort-1') } },
    'POST /api/v1/contacts': {
      body: {
        outcome: token('referred'),
        channel: token('phone'),
        articleIds: [token(f.publishedArticleId)],
        authorityId: token(f.authorityId),
        searches: [{ articleId: token(f.publishedArticleId), searchId: token('5f0e4f36-8f3a-4c55-9a63-0c0bd0f7d3a1') }],
      },
    },
    'POST /api/v1/authorities': { body: { name: text('Fuzz-Behörde') } },
    'PUT /api/v1/authorities/:id': { params: { id: f.authorityId }, body: { name: text('Fuzz-Behörde'), active: bool(true) } },
  };
}

/** Path parameters of routes without a template: an existing row of the route's collection. */
export function defaultParam(path: string, param: string, f: FuzzFixture): string {
  if (param === 'n') return '1';
  const collection = path.split('/')[3];
  const byCollection: Record<string, string> = {
    articles: f.publishedArticleId,
    departments: f.departmentId,
    documents: f.documentId,
    flags: f.flagId,
    users: f.userId,
    authorities: f.authorityId,
  };
  return byCollection[collection] ?? '00000000-0000-4000-8000-000000000000';
}
