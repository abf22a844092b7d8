import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIEXPRESS_MATCHES, NOT_COVERED_MATCHES } from '../../core/site/hosts';
import { CHROME_BUILD } from './harness/chromium';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  name: string;
  default_locale?: string;
}

const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Manifest;
const ALIEXPRESS = [...ALIEXPRESS_MATCHES];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Chrome build (.output/chrome-mv3)', () => {
  it('asks for storage and AliExpress hosts, nothing more', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const sorted = (patterns: readonly string[] = []) => [...patterns].sort();
    expect(sorted(manifest.host_permissions)).toEqual(
      sorted([...ALIEXPRESS, ...NOT_COVERED_MATCHES]),
    );
    // Content scripts never run on aliexpress.ru: a separate company's site.
    expect(sorted(manifest.content_scripts?.flatMap((script) => script.matches))).toEqual(
      sorted(ALIEXPRESS),
    );
    for (const pattern of manifest.host_permissions ?? []) {
      expect(pattern).toMatch(/^\*:\/\/(\*\.|[a-z-]+\.)*aliexpress\.(com|us|ru)\/\*$/);
    }
  });

  it('exposes no file to web pages and keeps the default content security policy', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('carries no remote code and no eval', () => {
    const scripts = filesUnder(CHROME_BUILD).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
    }
  });

  it('names itself through the locale files', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
  });
});
