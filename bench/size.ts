import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GUIDE_MODULE_DIR } from '../core/loader/guide-module';

export interface SizeReport {
  /** gzip -9 bytes of each part, as a browser downloads none of it but a store compresses it. */
  readonly parts: Record<string, number>;
  /** Bytes of the folder zipped (zip -9), as uploaded to a store. */
  readonly zip: number;
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** gzip bytes of the files under dir whose path (relative to dir) passes the test. */
export function gzipOf(dir: string, test: (path: string) => boolean): number {
  return filesUnder(dir)
    .filter((path) => test(relative(dir, path)))
    .reduce((sum, path) => sum + gzipBytes(path), 0);
}

export function zipBytes(dir: string): number {
  const out = mkdtempSync(join(tmpdir(), 'aliexit-bench-zip-'));
  try {
    const zip = join(out, 'extension.zip');
    execFileSync('zip', ['-9', '-r', '-q', zip, '.'], { cwd: dir });
    return statSync(zip).size;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Our build: the content script every AliExpress page runs (the loader), the guide module it
 * imports only while the guide runs (and its chunks), the popup (page, script chunks, styles),
 * the background.
 */
export function ourSize(dir: string): SizeReport {
  return {
    parts: {
      content: gzipOf(dir, (path) => path === 'content-scripts/content.js'),
      guide: gzipOf(dir, (path) => path.startsWith(`${GUIDE_MODULE_DIR}/`)),
      popup: gzipOf(
        dir,
        (path) => path === 'popup.html' || path.startsWith('chunks/') || path.startsWith('assets/'),
      ),
      background: gzipOf(dir, (path) => path === 'background.js'),
    },
    zip: zipBytes(dir),
  };
}

/** The peer's MV3 build, split the same way. */
export function peerSize(dir: string): SizeReport {
  return {
    parts: {
      content: gzipOf(dir, (path) => path === 'content.bundle.js'),
      popup: gzipOf(dir, (path) => path.startsWith('popup.')),
      background: gzipOf(dir, (path) => path === 'background.bundle.js'),
    },
    zip: zipBytes(dir),
  };
}
