import type { ArticleContent, ArticleDetail, DepartmentView, DocumentView, FlagView, TiptapDoc } from '@bsc/domain';
import { buildArticleContent, type Cast } from '../factories';
import type { SessionClient } from './session-client';

/** Script payloads, shortest first: a field gets the longest one that fits its limit. */
export const SCRIPT_PAYLOADS: readonly string[] = [
  '<svg onload=alert(1)>',
  '<img src=x onerror=alert(1)>',
  '<script>alert("xss")</script>',
  '"><script>alert(document.cookie)</script><img src=x onerror=alert(1)>',
];

/** Text that must come back byte-for-byte: SQL and markup are data, never code. */
export const VERBATIM = `Robert'); DROP TABLE users;-- <b>fett</b> ${SCRIPT_PAYLOADS[3]}`;

/** The longest payload within `max` characters, with a readable prefix. */
export function payload(prefix: string, max = 10_000): string {
  const fitting = [...SCRIPT_PAYLOADS].reverse().find((p) => prefix.length + p.length + 1 <= max) ?? '';
  return `${prefix} ${fitting}`;
}

const hostileBody: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: payload('Überschrift') }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Zulassung <img src=x onerror=alert(1)> und <script>alert(1)</script> ' },
        { type: 'text', text: 'Link', marks: [{ type: 'link', attrs: { href: 'https://example.org/?q="><script>alert(1)</script>' } }] },
      ],
    },
    {
      type: 'codeBlock',
      attrs: { language: '"><script>alert(1)</script>' },
      content: [{ type: 'text', text: '<script>alert(1)</script>' }],
    },
  ],
} as TiptapDoc;

/** Article content with a payload in every text field and inside the Tiptap body. */
export function hostileContent(documentId: string): ArticleContent {
  return buildArticleContent({
    title: payload('Zulassung', 200),
    keywords: [payload('kfz', 80), '<script>'],
    shortAnswer: VERBATIM,
    body: hostileBody,
    documents: [{ documentId, note: payload('Notiz', 500) }],
    prerequisites: payload('Voraussetzung'),
    fees: payload('Gebühr'),
    procedure: payload('Ablauf'),
    processingTime: payload('Dauer'),
    deadlines: payload('Frist'),
    links: [{ label: payload('Online', 200), url: 'https://www.example.org/antrag?a=1&b=2', kind: 'online_service' }],
    legalBasis: payload('§ 1'),
    contactOverride: { phone: payload('0', 50), email: payload('mail', 254), room: payload('Raum', 100), note: payload('Hinweis', 500) },
  });
}

/** Every kind of stored text, created through the API with payloads. */
export interface HostileData {
  department: DepartmentView;
  document: DocumentView;
  article: ArticleDetail;
  flag: FlagView;
  userId: string;
}

/** Creates a department, a document, a published article with a resolved flag and a user, all carrying payloads. */
export async function storeHostileData(admin: SessionClient, cast: Cast): Promise<HostileData> {
  const department = await admin.json('POST', '/api/v1/departments', {
    code: 'XSS',
    name: payload('Fachbereich', 200),
    phone: payload('0', 50),
    email: '',
    room: payload('Raum', 100),
    address: payload('Adresse', 300),
    openingHours: { weekly: [], note: payload('Hinweis', 500) },
    appointmentUrl: null,
    reviewIntervalDays: 180,
  });
  const document = await admin.json('POST', '/api/v1/documents', {
    name: payload('Unterlage', 200),
    description: payload('Beschreibung', 2000),
  });
  const documentId = (document.json as DocumentView).id;
  const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
    departmentId: cast.departmentId,
    kind: 'service',
    content: hostileContent(documentId),
  });
  if (created.status !== 201) throw new Error(`article: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id;
  await cast.author.post(`/api/v1/articles/${id}/submit`, { changeNote: payload('Änderung', 500) });
  await cast.reviewer.post(`/api/v1/articles/${id}/reject`, { comment: payload('Bitte ergänzen', 2000) });
  await cast.author.post(`/api/v1/articles/${id}/submit`, { changeNote: payload('Ergänzt', 500) });
  const article = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${id}/approve`, {});
  const flag = await cast.agent.post<FlagView>(`/api/v1/articles/${id}/flags`, { reason: 'wrong', comment: payload('Falsch', 2000) });
  await cast.author.post(`/api/v1/flags/${flag.body.id}/resolve`, { note: payload('Erledigt', 2000) });
  const user = await admin.json('POST', '/api/v1/users', {
    login: 'xss.nutzer',
    displayName: payload('Name', 120),
    password: 'Ein-langes-Passwort-1',
    roles: ['agent'],
    departmentIds: [],
  });
  for (const [what, status] of [
    ['department', department.status],
    ['document', document.status],
    ['article', article.status],
    ['user', user.status],
  ] as const) {
    if (status >= 300) throw new Error(`${what} could not be stored: ${status}`);
  }
  return {
    department: department.json as DepartmentView,
    document: document.json as DocumentView,
    article: article.body,
    flag: flag.body,
    userId: (user.json as { id: string }).id,
  };
}
