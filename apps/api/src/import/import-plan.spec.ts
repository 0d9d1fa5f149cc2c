import { emptyArticleContent, emptyDoc, type ArticleContent } from '@bsc/domain';
import type { CatalogueFields } from './dldb-mapping';
import { planArticle, type ExistingArticle } from './import-plan';

const IMPORT = 'import-user';
const fields: CatalogueFields = {
  title: 'Hund anmelden',
  keywords: ['Hundesteuer'],
  shortAnswer: 'Kurz.',
  body: emptyDoc(),
  fees: '',
  links: [],
  leikaKey: null,
};
const content = (overrides: Partial<ArticleContent> = {}): ArticleContent => ({ ...emptyArticleContent(), ...fields, ...overrides });
const existing = (overrides: Partial<ExistingArticle> = {}): ExistingArticle => ({
  id: 'a1',
  departmentId: 'd1',
  archived: false,
  publishedVersion: 1,
  publishedContent: content(),
  draft: null,
  ...overrides,
});

describe(planArticle.name, () => {
  it('creates a new article with the defaults of a new article for what the catalogue lacks', () => {
    const plan = planArticle(null, fields, { publish: true, importUserId: IMPORT });
    expect(plan).toEqual({ action: 'create', content: content({ bscResolution: 'referral' }) });
  });

  it('leaves an unchanged article alone, published or not', () => {
    expect(planArticle(existing(), fields, { publish: true, importUserId: IMPORT })).toEqual({ action: 'unchanged' });
    expect(planArticle(existing(), fields, { publish: false, importUserId: IMPORT })).toEqual({ action: 'unchanged' });
  });

  it('publishes a new version when the catalogue changed, keeping what authors added', () => {
    const current = existing({
      publishedContent: content({ title: 'Alt', bscResolution: 'complete', prerequisites: 'Hund älter als 3 Monate' }),
    });

    const plan = planArticle(current, fields, { publish: true, importUserId: IMPORT });

    expect(plan).toEqual({ action: 'publish', content: content({ bscResolution: 'complete', prerequisites: 'Hund älter als 3 Monate' }) });
  });

  it('opens a draft for review instead when not publishing', () => {
    const plan = planArticle(existing({ publishedContent: content({ title: 'Alt' }) }), fields, { publish: false, importUserId: IMPORT });
    expect(plan).toEqual({ action: 'insertDraft', content: content() });
  });

  it('updates its own earlier draft with the next revision', () => {
    const draft = { content: content({ title: 'Alt' }), revision: 3, authorIds: [IMPORT], updatedBy: IMPORT };
    const plan = planArticle(existing({ draft }), fields, { publish: false, importUserId: IMPORT });
    expect(plan).toEqual({ action: 'updateDraft', content: content(), revision: 4 });
  });

  it('never overwrites a draft a person is editing', () => {
    const draft = { content: content({ title: 'In Arbeit' }), revision: 2, authorIds: [IMPORT, 'author-1'], updatedBy: 'author-1' };
    const plan = planArticle(existing({ draft }), fields, { publish: true, importUserId: IMPORT });
    expect(plan).toMatchObject({ action: 'skip', reason: expect.stringContaining('Entwurf') });
  });

  it('skips archived articles', () => {
    expect(planArticle(existing({ archived: true }), fields, { publish: true, importUserId: IMPORT })).toMatchObject({ action: 'skip' });
  });

  it('drops its own obsolete draft when the published version already says the same', () => {
    const draft = { content: content({ title: 'Alt' }), revision: 1, authorIds: [IMPORT], updatedBy: IMPORT };
    expect(planArticle(existing({ draft }), fields, { publish: true, importUserId: IMPORT })).toEqual({ action: 'dropDraft' });
  });
});
