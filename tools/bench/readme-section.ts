import fs from 'node:fs';
import type { BenchReport } from './report-model';
import {
  breakdownLines,
  drillLines,
  importTable,
  latencyTable,
  profileLines,
  scaleBuildLines,
  slowQueryLines,
  targetTable,
} from './report-table';

const BEGIN = '<!-- bench:begin (written by `npm run bench -- --update-readme`; edit notes below the end marker) -->';
const END = '<!-- bench:end -->';

/** The generated part of the README's "Performance" section. */
export function performanceMarkdown(r: BenchReport): string {
  const m = r.machine;
  return [
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` in ${(r.totalSeconds / 60).toFixed(1)} min on ${m.cores} cores (${m.cpuModel}), ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.platform}; ` +
      `load average ${m.loadAverage.toFixed(1)} at the start, ${r.loadAverageAtEnd?.toFixed(1) ?? '–'} at the end (shared machine).`,
    `Code: commit ${r.revision.commit}${r.revision.uncommitted.length ? ` plus uncommitted changes to ${r.revision.uncommitted.join(', ')}` : ''}. ` +
      `Load generator, API (child process, \`NODE_ENV=production\`), PostgreSQL and Meilisearch share this machine; loopback only. Index: ${r.indexedArticles ?? '–'} published articles; ${r.queries} queries (dev set + one variation each).`,
    '',
    ...latencyTable(r),
    '',
    ...breakdownLines(r),
    '',
    ...(scaleBuildLines(r).length ? [...scaleBuildLines(r), ''] : []),
    ...importTable(r),
    '',
    ...targetTable(r),
    '',
    'Fault drills:',
    '',
    ...drillLines(r),
    ...(r.profile ? ['', ...profileLines(r)] : []),
    ...(slowQueryLines(r).length ? ['', ...slowQueryLines(r)] : []),
    ...(r.failures.length ? ['', `Phases that failed: ${r.failures.join('; ')}`] : []),
  ].join('\n');
}

/**
 * Replaces the generated block inside "## Performance" (creating the section at the end of the
 * README, or the block at the end of the section, when missing). Text outside the markers stays.
 */
export function updateReadme(readmeFile: string, generated: string): void {
  const readme = fs.readFileSync(readmeFile, 'utf8');
  const block = `${BEGIN}\n\n${generated}\n\n${END}`;
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin >= 0 && end > begin) {
    fs.writeFileSync(readmeFile, readme.slice(0, begin) + block + readme.slice(end + END.length));
    return;
  }
  const heading = readme.search(/^## Performance\s*$/m);
  if (heading < 0) {
    fs.writeFileSync(readmeFile, `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`);
    return;
  }
  const next = readme.slice(heading + 1).search(/^## /m);
  const sectionEnd = next < 0 ? readme.length : heading + 1 + next;
  const section = readme.slice(heading, sectionEnd).trimEnd();
  fs.writeFileSync(readmeFile, `${readme.slice(0, heading)}${section}\n\n${block}\n${next < 0 ? '' : `\n${readme.slice(sectionEnd)}`}`);
}
