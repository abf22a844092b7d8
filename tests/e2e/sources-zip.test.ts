import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The names in a zip file, read from its central directory (no unzip tool needed). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * addons.mozilla.org's reviewers get the sources archive: it must build the add-on and say where
 * its facts come from, and carry nothing of the tests, the replica or the screenshots.
 */
describe('the sources archive for addons.mozilla.org', () => {
  it('holds the code, the locales and docs/sources.md, without tests or screenshots', () => {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'pipe' });
    const archive = readdirSync('.output').find((name) => name.endsWith('-sources.zip'));
    expect(archive).toBeDefined();
    const names = zipEntries(`.output/${archive ?? ''}`);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'core/steps/route.ts',
      'public/_locales/en/messages.json',
      'scripts/guide-module-build.ts',
      'docs/sources.md',
      'docs/labels.md',
    ]) {
      expect(names, needed).toContain(needed);
    }
    const unwanted = names.filter((name) =>
      /^(tests|bench|test-results|docs\/screenshots|\.ci)\//.test(name),
    );
    expect(unwanted).toEqual([]);
  });
});
