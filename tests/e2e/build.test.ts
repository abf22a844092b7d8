import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_MODULE_DIR, GUIDE_MODULE_PATH } from '../../core/loader/guide-module';
import { ALIEXPRESS_MATCHES, NOT_COVERED_MATCHES } from '../../core/site/hosts';
import { CHROME_BUILD } from './harness/chromium';
import { FIREFOX_BUILD } from './harness/firefox';

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
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: unknown };
  };
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const manifest = readManifest(CHROME_BUILD);
const ALIEXPRESS = [...ALIEXPRESS_MATCHES];
/** WXT sorts the manifest's lists: compare them as sets. */
/** The guide module and its chunks: what the manifest lets AliExpress pages load. */
const GUIDE_MODULE_FILES = `${GUIDE_MODULE_DIR}/*`;
const sorted = (patterns: readonly string[] = []) => [...patterns].sort();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Chrome build (.output/chrome-mv3)', () => {
  it('asks for storage, alarms and AliExpress hosts, nothing more', () => {
    expect(manifest.manifest_version).toBe(3);
    // `alarms`: the written request's deadline day (core/request/alarm.ts). No notifications.
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(sorted(manifest.host_permissions)).toEqual(
      sorted([...ALIEXPRESS, ...NOT_COVERED_MATCHES]),
    );
    // Content scripts never run on aliexpress.ru: a separate company's site.
    expect(sorted(manifest.content_scripts?.flatMap((script) => script.matches))).toEqual(
      sorted(ALIEXPRESS),
    );
    // https only: the site redirects plain http, and an http page is anyone's on the network.
    const patterns = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts?.flatMap((script) => script.matches) ?? []),
    ];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) {
      expect(pattern).toMatch(/^https:\/\/(\*\.|[a-z-]+\.)*aliexpress\.(com|us|ru)\/\*$/);
    }
  });

  it('exposes only the guide module, to AliExpress pages, at a per-session address', () => {
    // A content script's dynamic import is fetched for the page's origin: it must be web
    // accessible there. The per-session URL keeps pages from probing for AliExit.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: [GUIDE_MODULE_FILES], matches: ALIEXPRESS, use_dynamic_url: true },
    ]);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('runs a small loader on every AliExpress page and keeps the guide out of it', () => {
    const loader = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'), 'utf8');
    const guide = readFileSync(join(CHROME_BUILD, GUIDE_MODULE_PATH), 'utf8');
    // The overlay's element name and the locator's label table live in the guide module only.
    expect(guide).toContain('aliexit-overlay');
    expect(loader).not.toContain('aliexit-overlay');
    expect(guide).toMatch(/Delete account/);
    expect(loader).not.toMatch(/Delete account/);
    // Only scripts are exposed: no page of ours can be framed by a web page.
    const exposed = filesUnder(join(CHROME_BUILD, GUIDE_MODULE_DIR));
    expect(exposed.length).toBeGreaterThan(0);
    for (const file of exposed) expect(file).toMatch(/\.js$/);
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

describe('the Chrome build carries no Firefox-only key', () => {
  it('has no gecko settings, no MV2 keys, and a service worker', () => {
    // Chrome warns about keys it does not know, and the Web Store shows such warnings.
    for (const key of ['browser_specific_settings', 'applications', 'browser_action'])
      expect(manifest, key).not.toHaveProperty(key);
    expect(JSON.stringify(manifest)).not.toMatch(/gecko|data_collection_permissions/);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });
});

describe('the Firefox build (.output/firefox-mv2)', () => {
  const firefox = readManifest(FIREFOX_BUILD);

  it('is MV2, with the same host access as Chrome, granted at install', () => {
    expect(firefox.manifest_version).toBe(2);
    // MV2 lists hosts among the permissions: Firefox grants them with the add-on.
    expect(sorted(firefox.permissions)).toEqual(
      sorted(['storage', 'alarms', ...(manifest.host_permissions ?? [])]),
    );
    expect(firefox.optional_permissions ?? []).toEqual([]);
    expect(sorted(firefox.content_scripts?.flatMap((script) => script.matches))).toEqual(
      sorted(ALIEXPRESS),
    );
    // Nothing web-accessible: Firefox's content script imports the guide module without it,
    // and MV2 could list it only for every site (any page knowing the add-on's UUID).
    expect(firefox.web_accessible_resources).toBeUndefined();
    expect(firefox.content_security_policy).toBeUndefined();
  });

  it('has a fixed gecko id and declares that it collects nothing', () => {
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: 'aliexit@aliexit.org',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
