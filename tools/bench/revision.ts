import { execFileSync } from 'node:child_process';

/** The code a run measured: the commit, plus uncommitted changes that the build picked up. */
export interface Revision {
  commit: string;
  /** Changed or new files under the product's sources (the build compiles the working tree). */
  uncommitted: string[];
}

/** Reads the revision with git; "unknown" outside a git checkout. */
export function readRevision(root: string): Revision {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    const status = git('status', '--porcelain', '--', 'apps/api', 'libs', 'migrations', 'search-config');
    return {
      commit,
      uncommitted: status
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3)),
    };
  } catch {
    return { commit: 'unknown', uncommitted: [] };
  }
}
