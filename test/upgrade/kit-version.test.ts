import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRegionText } from '../../src/config/load.js';
import { buildDeployment } from '../../src/deployment/build.js';
import { KIT, kitLabel, stampGeneratedBy } from '../../src/deployment/kit.js';
import { deploymentKitVersion, generatedByVersion } from '../../src/upgrade/deployment-version.js';
import { root } from '../checklist/helpers.js';

const OTHER = { kit: 'generator-mpp', version: '0.3.0-next.1' };

describe('the kit version a deployment records', () => {
  it('comes from the package\'s own package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(KIT).toEqual({ kit: pkg.name, version: pkg.version });
    expect(kitLabel(KIT)).toBe(`generator-mpp@${pkg.version}`);
  });

  it('is written to mpp.yaml as generatedBy, right after schemaVersion, only when the build is given the kit', async () => {
    const loaded = loadRegionText(readFileSync(join(root, 'test', 'fixtures', 'minimal.yaml'), 'utf8'), { lang: 'id' });
    if (!loaded.ok) throw new Error('minimal.yaml');
    const region = loaded.value;
    const stamped = await buildDeployment(region, { lang: 'id', kit: OTHER });
    const text = stamped.files['mpp.yaml'] as string;
    expect(Object.keys(parse(text) as object).slice(0, 2)).toEqual(['schemaVersion', 'generatedBy']);
    expect(generatedByVersion(text)).toBe('0.3.0-next.1');
    const plain = await buildDeployment(region, { lang: 'id' });
    expect(parse(plain.files['mpp.yaml'] as string).generatedBy).toBeUndefined();
    // The stamped answers load back, and a new stamp replaces the old one.
    const again = loadRegionText(text, { lang: 'en', file: 'mpp.yaml' });
    expect(again.ok && again.value.generatedBy).toEqual(OTHER);
    expect(again.ok && stampGeneratedBy(again.value, KIT).generatedBy).toEqual(KIT);
  });

  it('is validated like every answer: a version that is not semver is refused with its path', () => {
    const text = readFileSync(join(root, 'test', 'fixtures', 'minimal.yaml'), 'utf8').replace('schemaVersion: 1\n', 'schemaVersion: 1\ngeneratedBy: { kit: generator-mpp, version: "<0.2>" }\n');
    const result = loadRegionText(text, { lang: 'en', file: 'mpp.yaml' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toContain('generatedBy.version');
  });

  it('is read tolerantly: mpp.yaml first, then the base store, else unknown', () => {
    const store = { kit: { kit: 'generator-mpp', version: '0.1.0' }, files: {}, damaged: [] };
    expect(deploymentKitVersion('generatedBy: { kit: generator-mpp, version: 0.2.0 }\n', store)).toBe('0.2.0');
    expect(deploymentKitVersion('schemaVersion: 1\n', store)).toBe('0.1.0');
    expect(deploymentKitVersion('generatedBy: { version: "not semver" }\n', store)).toBe('0.1.0');
    expect(deploymentKitVersion(': [ broken yaml', { files: {}, damaged: [] })).toBeUndefined();
    expect(deploymentKitVersion(undefined, { files: {}, damaged: [] })).toBeUndefined();
  });
});
