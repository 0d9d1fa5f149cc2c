import {
  ARTICLE_KINDS,
  ArticleLimits,
  BSC_RESOLUTIONS,
  CatalogueLimits,
  LINK_KINDS,
  ROLES,
  type TiptapNode,
  computeFreshness,
  validateOpeningHours,
  validateTiptapDoc,
} from '@bsc/domain';
import { DEMO_ARTICLES, DEMO_DEPARTMENTS, DEMO_DOCUMENTS, type DemoArticle } from './demo-content';
import { DEMO_USERS } from './demo-users';

const departmentCodes = new Set(DEMO_DEPARTMENTS.map((d) => d.code));
const documentKeys = new Set(DEMO_DOCUMENTS.map((d) => d.key));
const published = DEMO_ARTICLES.filter((a) => a.state === 'published');

// What the seeded bodies may use: deliberately narrower than the editor schema, so the demo
// shows the formatting agents actually see (no code blocks, quotes or rules).
const BODY_NODES = new Set(['paragraph', 'text', 'heading', 'bulletList', 'orderedList', 'listItem']);
const BODY_MARKS = new Set(['bold', 'italic', 'link']);

function allNodes(nodes: readonly TiptapNode[]): TiptapNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.content ?? [])]);
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function freshnessOf(article: DemoArticle, now: Date) {
  const department = DEMO_DEPARTMENTS.find((d) => d.code === article.departmentCode);
  return computeFreshness({
    lastVerifiedAt: new Date(now.getTime() - article.lastVerifiedDaysAgo * 86_400_000),
    reviewIntervalDays: department?.reviewIntervalDays ?? 0,
    now,
  }).state;
}

describe('demo departments', () => {
  it('have unique valid codes, contact fields within limits and valid opening hours', () => {
    expect(duplicates(DEMO_DEPARTMENTS.map((d) => d.code))).toEqual([]);
    expect(DEMO_DEPARTMENTS.length).toBeGreaterThanOrEqual(5);
    for (const d of DEMO_DEPARTMENTS) {
      expect(d.code).toMatch(CatalogueLimits.codePattern);
      expect(d.name.length).toBeLessThanOrEqual(CatalogueLimits.nameMax);
      expect(d.phone.length).toBeLessThanOrEqual(CatalogueLimits.phoneMax);
      expect(d.email).toMatch(/^[a-z.-]+@musterkreis\.example$/);
      expect(d.room.length).toBeLessThanOrEqual(CatalogueLimits.roomMax);
      expect(d.address.length).toBeLessThanOrEqual(CatalogueLimits.addressMax);
      expect(d.reviewIntervalDays).toBeGreaterThanOrEqual(CatalogueLimits.reviewIntervalMinDays);
      expect(d.reviewIntervalDays).toBeLessThanOrEqual(CatalogueLimits.reviewIntervalMaxDays);
      expect(validateOpeningHours(d.openingHours).weekly).toHaveLength(d.openingHours.weekly.length);
      if (d.appointmentUrl !== null) expect(d.appointmentUrl).toMatch(/^https:\/\//);
    }
  });
});

describe('demo documents', () => {
  it('have unique keys and names within the catalogue limits', () => {
    expect(duplicates(DEMO_DOCUMENTS.map((d) => d.key))).toEqual([]);
    expect(duplicates(DEMO_DOCUMENTS.map((d) => d.name))).toEqual([]);
    for (const d of DEMO_DOCUMENTS) {
      expect(d.name.length).toBeLessThanOrEqual(CatalogueLimits.nameMax);
      expect(d.description.length).toBeGreaterThan(0);
      expect(d.description.length).toBeLessThanOrEqual(CatalogueLimits.descriptionMax);
    }
  });

  it('are each used by at least one article, so the catalogue has no orphans', () => {
    const used = new Set(DEMO_ARTICLES.flatMap((a) => a.documents.map((d) => d.documentKey)));
    expect([...documentKeys].filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('demo articles: references and limits', () => {
  it('have unique keys and titles and refer to existing departments and documents', () => {
    expect(duplicates(DEMO_ARTICLES.map((a) => a.key))).toEqual([]);
    expect(duplicates(DEMO_ARTICLES.map((a) => a.content.title))).toEqual([]);
    for (const a of DEMO_ARTICLES) {
      expect({ key: a.key, department: departmentCodes.has(a.departmentCode) }).toEqual({
        key: a.key,
        department: true,
      });
      const keys = a.documents.map((d) => d.documentKey);
      expect(keys.filter((k) => !documentKeys.has(k))).toEqual([]);
      expect(duplicates(keys)).toEqual([]);
      expect(keys.length).toBeLessThanOrEqual(ArticleLimits.documentsMax);
      for (const d of a.documents) expect((d.note ?? '').length).toBeLessThanOrEqual(ArticleLimits.documentNoteMax);
    }
  });

  it('keep every field within ArticleLimits and use only known enum values', () => {
    for (const { kind, content: c } of DEMO_ARTICLES) {
      expect(ARTICLE_KINDS).toContain(kind);
      expect(BSC_RESOLUTIONS).toContain(c.bscResolution);
      expect(c.title.length).toBeLessThanOrEqual(ArticleLimits.titleMax);
      expect(c.keywords.length).toBeGreaterThan(0);
      expect(c.keywords.length).toBeLessThanOrEqual(ArticleLimits.keywordsMax);
      for (const k of c.keywords) expect(k.length).toBeLessThanOrEqual(ArticleLimits.keywordMax);
      expect(c.shortAnswer.length).toBeGreaterThan(0);
      expect(c.shortAnswer.length).toBeLessThanOrEqual(ArticleLimits.shortAnswerMax);
      const texts = [c.prerequisites, c.fees, c.procedure, c.processingTime, c.deadlines, c.legalBasis];
      for (const t of texts) expect(t.length).toBeLessThanOrEqual(ArticleLimits.textFieldMax);
      expect(c.links.length).toBeLessThanOrEqual(ArticleLimits.linksMax);
      for (const l of c.links) {
        expect(LINK_KINDS).toContain(l.kind);
        expect(l.label.length).toBeLessThanOrEqual(ArticleLimits.linkLabelMax);
        expect(l.url).toMatch(/^https:\/\/www\.[a-z0-9.-]+\.[a-z]+(\/|$)/);
      }
      if (c.leikaKey !== null) expect(c.leikaKey).toMatch(ArticleLimits.leikaKeyPattern);
    }
  });

  it('fill the fields an agent reads out for every published service', () => {
    for (const a of published.filter((x) => x.kind === 'service')) {
      const c = a.content;
      expect({
        key: a.key,
        empty: [c.prerequisites, c.fees, c.procedure, c.processingTime, c.legalBasis].filter((t) => !t),
      }).toEqual({ key: a.key, empty: [] });
      expect(a.documents.length).toBeGreaterThan(0);
      expect(c.leikaKey).not.toBeNull();
    }
  });
});

describe('demo articles: bodies', () => {
  it.each(DEMO_ARTICLES.map((a) => [a.key, a] as const))('%s passes the domain body validator unchanged', (_key, a) => {
    expect(validateTiptapDoc(a.content.body)).toEqual(a.content.body);
  });

  it('use only paragraphs, headings 2–3, lists and the marks bold, italic and link', () => {
    for (const a of DEMO_ARTICLES) {
      const nodes = allNodes(a.content.body.content);
      expect(nodes.filter((n) => !BODY_NODES.has(n.type)).map((n) => n.type)).toEqual([]);
      const levels = nodes.filter((n) => n.type === 'heading').map((n) => n.attrs?.level);
      expect(levels.filter((l) => l !== 2 && l !== 3)).toEqual([]);
      const marks = nodes.flatMap((n) => n.marks ?? []).map((m) => m.type);
      expect(marks.filter((m) => !BODY_MARKS.has(m))).toEqual([]);
    }
  });
});

describe('demo articles: workflow and freshness', () => {
  const now = new Date('2026-11-25T09:00:00Z');

  it('leave two drafts and one article in review; everything else is published', () => {
    expect(DEMO_ARTICLES.filter((a) => a.state === 'draft')).toHaveLength(2);
    expect(DEMO_ARTICLES.filter((a) => a.state === 'in_review')).toHaveLength(1);
    expect(published.length).toBeGreaterThanOrEqual(16);
  });

  it('show every freshness state on the dashboard, mostly fresh', () => {
    const states = published.map((a) => freshnessOf(a, now));
    expect(states.filter((s) => s === 'overdue').length).toBeGreaterThanOrEqual(1);
    expect(states.filter((s) => s === 'due_soon').length).toBeGreaterThanOrEqual(1);
    expect(states.filter((s) => s === 'fresh').length).toBeGreaterThan(published.length / 2);
  });

  it('cover all kinds and BSC resolutions, and name the new registration "Fahrzeugzulassung"', () => {
    expect(new Set(published.map((a) => a.kind))).toEqual(new Set(ARTICLE_KINDS));
    expect(new Set(published.map((a) => a.content.bscResolution))).toEqual(new Set(BSC_RESOLUTIONS));
    const registration = DEMO_ARTICLES.find((a) => a.key === 'kfz-neuzulassung');
    expect(registration?.content.title).toContain('Fahrzeugzulassung');
  });
});

describe('demo users', () => {
  it('hold one login per role with strong passwords and existing departments', () => {
    expect(DEMO_USERS.flatMap((u) => u.roles).sort()).toEqual([...ROLES].sort());
    expect(duplicates(DEMO_USERS.map((u) => u.login))).toEqual([]);
    for (const u of DEMO_USERS) {
      expect(u.login).toMatch(CatalogueLimits.loginPattern);
      expect(u.password.length).toBeGreaterThanOrEqual(12);
      expect(u.password.length).toBeLessThanOrEqual(CatalogueLimits.passwordMax);
      expect(u.displayName.length).toBeLessThanOrEqual(CatalogueLimits.displayNameMax);
      expect(u.departmentCodes.filter((c) => !departmentCodes.has(c))).toEqual([]);
    }
  });

  it('scope the author and the reviewer to the departments whose articles they handle', () => {
    const scoped = DEMO_USERS.filter((u) => u.roles.includes('author') || u.roles.includes('reviewer'));
    for (const u of scoped) expect(u.departmentCodes).toEqual(expect.arrayContaining(['KFZ', 'FS']));
  });
});
