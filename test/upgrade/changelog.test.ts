import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadChangelog } from '../../src/deployment/upgrade/changelog-source.js';
import { changelogErrors } from '../../src/deployment/upgrade/changelog-check.js';
import { formatReleases, selectReleases, UNRELEASED, type KitChangelog } from '../../src/deployment/upgrade/changelog.js';
import { loadChecklistSources } from '../../src/checklist/sources.js';
import { KIT } from '../../src/deployment/kit.js';
// @ts-expect-error plain ESM script without types
import { stampUnreleased } from '../../scripts/release-changelog.mjs';

const root = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, 'data', 'changelog.yaml'), 'utf8');

const change = (id: string) => ({ id, area: 'checklist', kind: 'added', title: { id: `judul ${id}`, en: `title ${id}` }, detail: { id: 'rinci', en: 'detail' } }) as const;
const sample: KitChangelog = {
  schemaVersion: 1,
  releases: [
    { version: UNRELEASED, changes: [change('next')] },
    { version: '0.3.0', changes: [change('three')] },
    { version: '0.2.1', changes: [change('two-one')] },
    { version: '0.2.0', changes: [change('two')] },
    { version: '0.1.0', changes: [change('one')] },
  ],
};
const versions = (from: string | undefined, to: string) => selectReleases(sample, from, to).map((r) => r.version);

describe('the kit\'s changelog of output changes', () => {
  it('validates against its schema, with unique ids and every text in both languages', () => {
    const changelog = loadChangelog();
    expect(changelogErrors(parse(text))).toEqual([]);
    const ids = changelog.releases.flatMap((r) => r.changes.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of changelog.releases.flatMap((r) => r.changes)) {
      for (const t of [c.title, c.detail, ...(c.action ? [c.action] : [])]) expect(t.id.trim() && t.en.trim() && t.id !== t.en, c.id).toBeTruthy();
    }
  });

  it('lists releases newest first, at most one unreleased, none newer than the package', () => {
    const releases = loadChangelog().releases;
    const numbered = releases.filter((r) => r.version !== UNRELEASED).map((r) => r.version);
    expect(releases.filter((r) => r.version === UNRELEASED).length).toBeLessThanOrEqual(1);
    expect(releases.findIndex((r) => r.version === UNRELEASED)).toBeLessThanOrEqual(0);
    expect(numbered).toEqual([...numbered].sort(semver.rcompare));
    for (const v of numbered) expect(semver.lte(v, KIT.version), v).toBe(true);
  });

  it('names only checklist items the catalogue has, and the corrections the domain reference asks for', () => {
    const catalogue = new Set(loadChecklistSources().catalogue.items.map((i) => i.id));
    for (const c of loadChangelog().releases.flatMap((r) => r.changes)) for (const id of c.items ?? []) expect(catalogue.has(id), `${c.id}: ${id}`).toBe(true);
    for (const needle of ['Peraturan Ombudsman 22/2016', 'KepmenPANRB 11/2018', 'Perpres 76/2013', 'Permenkes 15/2013', 'SIPPN', 'Forum Konsultasi Publik', 'SOP', 'SKM', 'kode etik', 'kompensasi', 'Pengawasan internal']) {
      expect(text, needle).toContain(needle);
    }
  });

  it('rejects an entry without both languages or with an unknown kind', () => {
    const broken = { schemaVersion: 1, releases: [{ version: '1.0.0', changes: [{ ...change('x'), title: { id: 'hanya id' }, kind: 'fixed' }] }] };
    expect(changelogErrors(broken).length).toBeGreaterThanOrEqual(2);
    expect(changelogErrors({ schemaVersion: 1, releases: [{ version: 'v1', changes: [change('x')] }] })).not.toEqual([]);
  });

  it('selects the releases between the deployment\'s kit and the running one', () => {
    expect(versions('0.1.0', '0.3.0')).toEqual([UNRELEASED, '0.3.0', '0.2.1', '0.2.0']);
    expect(versions('0.2.0', '0.2.1')).toEqual([UNRELEASED, '0.2.1']);
    expect(versions('0.3.0', '0.3.0')).toEqual([UNRELEASED]);
    expect(versions(undefined, '0.2.0')).toEqual([UNRELEASED, '0.2.0', '0.1.0']);
    expect(versions('not a version', '0.1.0')).toEqual([UNRELEASED, '0.1.0']);
    expect(versions('0.3.0', '0.2.0')).toEqual([]);
    expect(versions('0.2.0', '0.3.0-next.1')).toEqual([UNRELEASED, '0.2.1']);
  });

  it('formats the entries in Indonesian and in English, every placeholder filled', () => {
    const releases = selectReleases(loadChangelog(), '0.0.1', KIT.version);
    for (const lang of ['id', 'en'] as const) {
      const lines = formatReleases(releases, lang);
      expect(lines.length).toBeGreaterThan(releases.length);
      expect(lines.join('\n')).not.toMatch(/\{\w+\}/);
    }
    expect(formatReleases(releases, 'id').join('\n')).toContain('Peraturan Ombudsman 17/2015 sudah dicabut');
    expect(formatReleases(releases, 'en').join('\n')).toContain('Peraturan Ombudsman 17/2015 was revoked');
    expect(formatReleases(releases, 'en').join('\n')).toContain('(to confirm)');
  });

  it('is stamped with the new version at release time, keeping its comments', () => {
    const stamped = stampUnreleased(text, '9.9.9', '2030-01-02') as string;
    expect(stamped).toContain('  - version: 9.9.9\n    date: 2030-01-02\n');
    expect(stamped.split('\n').slice(0, 8)).toEqual(text.split('\n').slice(0, 8));
    const data = parse(stamped) as KitChangelog;
    expect(changelogErrors(data)).toEqual([]);
    expect(selectReleases(data, '9.9.8', '9.9.9').map((r) => r.version)).toEqual(['9.9.9']);
    expect(stampUnreleased(stamped, '9.9.10', '2030-01-03')).toBe(stamped);
    expect(() => stampUnreleased(text.replace('- version: unreleased', '- version: 9.9.9'), '9.9.9', '2030-01-02')).toThrow(/already/);
  });
});
