import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { updateReadme } from './readme-section';

function readmeWith(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readme-')), 'README.md');
  fs.writeFileSync(file, text);
  return file;
}

describe(updateReadme.name, () => {
  it('adds the block at the end of the Performance section and keeps the sections after it', () => {
    const file = readmeWith('# X\n\n## Performance\n\nIntro.\n\n## Later\n\nText.\n');
    updateReadme(file, 'TABLE 1');
    const text = fs.readFileSync(file, 'utf8');

    expect(text).toMatch(
      /## Performance\n\nIntro\.\n\n<!-- bench:begin[^\n]*-->\n\nTABLE 1\n\n<!-- bench:end -->\n\n## Later\n\nText\.\n$/,
    );
  });

  it('replaces only the generated block on the next run, keeping notes below it', () => {
    const file = readmeWith('# X\n\n## Performance\n\nIntro.\n');
    updateReadme(file, 'TABLE 1');
    fs.appendFileSync(file, '\nHand-written analysis.\n');
    updateReadme(file, 'TABLE 2');
    const text = fs.readFileSync(file, 'utf8');

    expect(text).toContain('TABLE 2');
    expect(text).not.toContain('TABLE 1');
    expect(text).toContain('Intro.');
    expect(text.trimEnd().endsWith('Hand-written analysis.')).toBe(true);
  });

  it('creates the section when the README has none', () => {
    const file = readmeWith('# X\n\nText.\n');
    updateReadme(file, 'TABLE 1');

    expect(fs.readFileSync(file, 'utf8')).toMatch(
      /Text\.\n\n## Performance\n\n<!-- bench:begin[^\n]*-->\n\nTABLE 1\n\n<!-- bench:end -->\n$/,
    );
  });
});
