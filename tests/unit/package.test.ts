import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface PackageJson {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const project = read('package.json');

describe('package.json', () => {
  it('lists in dependencies only code that ships: no WXT module, which runs at build time', () => {
    const shipped = Object.keys(project.dependencies ?? {});
    expect(shipped.length).toBeGreaterThan(0);
    for (const name of shipped) {
      const manifest = read(`node_modules/${name}/package.json`);
      expect(manifest.peerDependencies?.wxt, `${name} is a WXT module`).toBeUndefined();
    }
  });
});
