// `npm run eval:explain -- "<query>" ["<query>" …]`: why the search ranks what it ranks, on the
// Munich DLDB sample in a throw-away stack — the analysed terms (word, part, synonym, related,
// learned twin; their weights), the typo stand-ins, each word's importance, and the first
// candidates with BM25F score, fused score, the lexemes they matched (with strength, `*` in the
// fields an article is about) and the answer confidence. For studying misses; it chooses nothing.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { queryRows } from '../../apps/api/src/database/typed-rows';
import { answerCoverage } from '../../apps/api/src/search/ranking/answer-confidence';
import { rankBm25f } from '../../apps/api/src/search/ranking/bm25f-query';
import { toEngineCandidates, fuse } from '../../apps/api/src/search/ranking/fusion';
import { rankingQuery } from '../../apps/api/src/search/ranking/query-terms';
import { answerRule } from '../../apps/api/src/search/ranking/ranking-params';
import { RankingVocabulary } from '../../apps/api/src/search/ranking/ranking-vocabulary.service';
import { SearchIndex } from '../../apps/api/src/search/search-index.port';
import { SearchSetupService } from '../../apps/api/src/search/search-setup.service';
import { runCommand } from './cli';
import { withImportedSample } from './sample-stack';

const SHOWN = 8;

async function main(): Promise<number> {
  const queries = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--data');
  if (queries.length === 0) {
    console.error('Aufruf: npm run eval:explain -- "<Anfrage>" ["<Anfrage>" …] [--data <DLDB-Verzeichnis>]');
    return 2;
  }
  return withImportedSample(async ({ app }) => {
    for (const q of queries) await explain(app, q);
    return 0;
  });
}

async function explain(app: NestExpressApplication, q: string): Promise<void> {
  const setup = app.get(SearchSetupService);
  const params = setup.rankingParams;
  const [thesaurus, vocabulary] = await Promise.all([setup.vocabulary(), app.get(RankingVocabulary).current()]);
  const query = rankingQuery(q, vocabulary, thesaurus, params);
  const now = Date.now();
  const manager = app.get(DataSource).manager;
  const bm25f = await rankBm25f(manager, { terms: query.terms, wordCount: query.words.length, now, limit: params.candidates }, params);
  const engine = await app.get(SearchIndex).search({ q: query.words.join(' '), limit: params.candidates, now });
  const engineCandidates = toEngineCandidates(engine.hits);
  const fused = fuse(
    bm25f.candidates,
    (c) => answerCoverage(query, bm25f, c.matched, answerRule(params), c.about),
    engineCandidates,
    params,
  );
  const titles = await titlesOf(
    app.get(DataSource),
    fused.slice(0, SHOWN).map((c) => c.articleId),
  );

  console.log(`\n„${q}“`);
  query.words.forEach((word, i) => {
    const terms = query.terms.filter((t) => t.wordIndex === i && t.source !== 'word');
    const standIn = bm25f.standIns.find((s) => s.wordIndex === i);
    console.log(
      `  ${i}: ${word} (Gewicht im Nenner ${bm25f.importance[i]?.toFixed(2) ?? '–'}${query.nonNoun[i] ? ', kein Substantiv' : ''})` +
        (terms.length > 0 ? ` → ${terms.map((t) => `${t.source} ${t.lexeme} ${t.weight.toFixed(2)}`).join(', ')}` : '') +
        (standIn ? ` · Tippfehler-Ersatz ${standIn.lexeme} (${standIn.similarity.toFixed(2)})` : ''),
    );
  });
  const bm25fById = new Map(bm25f.candidates.map((c) => [c.articleId, c]));
  const engineById = new Map(engineCandidates.map((c) => [c.articleId, c.score]));
  fused.slice(0, SHOWN).forEach((c, rank) => {
    const own = bm25fById.get(c.articleId);
    const matched = own
      ? [...own.matched].map(([lexeme, strength]) => `${lexeme}${own.about.has(lexeme) ? '*' : ''} ${strength.toFixed(2)}`).join(', ')
      : '–';
    console.log(
      `  ${rank + 1}. ${titles.get(c.articleId) ?? c.articleId} — fusioniert ${c.score.toFixed(3)}, BM25F ${own?.score.toFixed(2) ?? '–'}, ` +
        `Meilisearch ${engineById.get(c.articleId)?.toFixed(3) ?? '–'}, Abdeckung ${c.coverage.toFixed(3)}\n     Treffer: ${matched}`,
    );
  });
  const confidence = fused[0]?.coverage ?? 0;
  console.log(
    `  Antwort: ${confidence >= params.answerThreshold ? 'ja' : 'nein'} (Sicherheit ${confidence.toFixed(3)}, Schwelle ${params.answerThreshold})`,
  );
}

async function titlesOf(db: DataSource, ids: string[]): Promise<Map<string, string>> {
  const rows = await queryRows(
    db,
    { id: 'text', title: 'text', external_ref: 'text' },
    `SELECT a.id::text, v.content->>'title' AS title, coalesce(a.external_ref, '') AS external_ref
       FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
      WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, `${row.title} [${row.external_ref.replace(/^dldb:/, '')}]`]));
}

runCommand(main);
