import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parse, parseDocument, type YAMLMap } from 'yaml';
import { loadRegionText } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { buildDeployment } from '../../src/deployment/build.js';
import type { DeploymentFiles } from '../../src/deployment/files.js';
import { KIT } from '../../src/deployment/kit.js';
import { manifestOf } from '../../src/deployment/manifest.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import type { AppConfig } from '../../src/generated/app-config.types.js';
import { baseRecordsOf, baseStoreFiles, readBaseStore, withManifest, type BaseSnapshot } from '../../src/upgrade/base-store.js';
import { loadBaseStore, readCurrentFiles } from '../../src/upgrade/read-deployment.js';
import { deploymentKitVersion } from '../../src/upgrade/deployment-version.js';
import { applyPlan, conflictsOf, planUpgrade, type UpgradePlan } from '../../src/upgrade/plan.js';
import { hashOf, type Content } from '../../src/upgrade/content.js';
import type { FileDecision } from '../../src/upgrade/plan-file.js';
import { formatUpgradeReport } from '../../src/upgrade/report.js';
import { selectReleases } from '../../src/upgrade/changelog.js';
import { loadChangelog } from '../../src/upgrade/changelog-source.js';
import { OLDER, OLDER_KIT, ROOT, buildWithOlderKit, olderKitDirs } from './older-kit.js';
import { applyToFolder, folderHashes, planDigest, readFolder, writeFiles } from './deployment-folder.js';

/** The region's hand edits, as a DPMPTSP team would make them in a text editor. */
const EDIT = {
  checklistItem: 'tim-kerja',
  checklistNotes: 'SK Bupati Badung No. 123/2026',
  requirements: 'KTP-el dan NPWP pemohon; formulir pendaftaran yang ditandatangani.',
  onlineBookingShare: 0.5,
  readmeHeading: '## Sarana dan prasarana MPP Badung',
};

const text = (content: Content | undefined): string => (typeof content === 'string' ? content : new TextDecoder().decode(content));
const decision = (plan: UpgradePlan, path: string): FileDecision => plan.decisions.find((d) => d.path === path) as FileDecision;

function editChecklist(yaml: string): string {
  const doc = parseDocument(yaml);
  const items = doc.get('items');
  if (!isSeq(items)) throw new Error('items');
  const item = (id: string) => items.items.find((i) => isMap(i) && i.get('id') === id) as YAMLMap;
  item(EDIT.checklistItem).set('status', 'selesai');
  item(EDIT.checklistItem).set('notes', EDIT.checklistNotes);
  item(OLDER.droppedItem).set('status', 'proses');
  return doc.toString({ lineWidth: 0 });
}

/** A service page whose requirements are still open: the paragraph the region fills in. */
function editablePage(files: DeploymentFiles): string {
  const page = Object.keys(files).sort().find((p) => /^app\/standar-pelayanan\/[^/]+\/[^/]+\.md$/.test(p) && text(files[p]).includes('### Persyaratan\n\n_belum ditetapkan_\n'));
  if (!page) throw new Error('no service page with open requirements');
  return page;
}

function userEdits(files: DeploymentFiles, page: string): DeploymentFiles {
  const config = JSON.parse(text(files['app/app-config.json'])) as AppConfig;
  config.queue.onlineBookingShare = EDIT.onlineBookingShare;
  return {
    ...files,
    'checklist/checklist.yaml': editChecklist(text(files['checklist/checklist.yaml'])),
    [page]: text(files[page]).replace('### Persyaratan\n\n_belum ditetapkan_\n', `### Persyaratan\n\n${EDIT.requirements}\n`),
    'app/app-config.json': `${JSON.stringify(config, null, 2)}\n`,
    'README.md': text(files['README.md']).replace(`${OLDER.oldFacilitiesHeading}\n`, `${EDIT.readmeHeading}\n`),
  };
}

/** What `mpp upgrade` computes (phase 2 wires the same calls): regenerate from the user's files, then plan. */
async function upgradePlan(current: Record<string, Content>, base: BaseSnapshot): Promise<{ plan: UpgradePlan; next: DeploymentFiles }> {
  const loaded = loadRegionText(text(current['mpp.yaml']), { lang: 'id', file: 'mpp.yaml' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const next = (await buildDeployment(loaded.value, { lang: 'id', kit: KIT, previous: { checklistYaml: text(current['checklist/checklist.yaml']), appConfigJson: text(current['app/app-config.json']) } })).files;
  const plan = planUpgrade({ next, current, base, kit: KIT, from: deploymentKitVersion(text(current['mpp.yaml']), base) });
  return { plan, next };
}

/** A Badung deployment by the older kit, with its base store, edited by the region, in a new folder. */
async function editedOlderDeployment(dirs: { data: string; templates: string }, region: RegionAnswers) {
  const older = await buildWithOlderKit(dirs, region, { lang: 'id', kit: OLDER_KIT });
  const page = editablePage(older.files);
  const dir = mkdtempSync(join(tmpdir(), 'mpp-upgrade-'));
  writeFiles(dir, { ...userEdits(older.files, page), ...baseStoreFiles(baseRecordsOf(older.files, OLDER_KIT.version), OLDER_KIT) });
  return { older, page, dir };
}

describe('upgrading a Badung deployment made by an older kit', () => {
  let region: RegionAnswers;
  let dirs: { data: string; templates: string };
  let first: Awaited<ReturnType<typeof editedOlderDeployment>>;
  let plan: UpgradePlan;
  let next: DeploymentFiles;
  let before: Record<string, string>;

  beforeAll(async () => {
    const loaded = loadRegionText(readFileSync(join(ROOT, 'examples', 'badung', 'mpp.yaml'), 'utf8'), { lang: 'id' });
    if (!loaded.ok) throw new Error('badung');
    region = loaded.value;
    dirs = olderKitDirs();
    first = await editedOlderDeployment(dirs, region);
    before = folderHashes(first.dir);
    const base = loadBaseStore(first.dir);
    ({ plan, next } = await upgradePlan(readCurrentFiles(first.dir, [...Object.keys(base.files), 'mpp.yaml']), base));
  });

  it('starts from a real older kit: its checklist lacks the new item, has the dropped one and the old text', () => {
    const older = parseChecklistYaml(text(first.older.files['checklist/checklist.yaml']));
    expect(older.items.some((i) => i.id === OLDER.missingItem)).toBe(false);
    expect(older.items.some((i) => i.id === OLDER.droppedItem)).toBe(true);
    expect(older.items.find((i) => i.id === OLDER.correctedItem)?.explanation).toEqual(OLDER.oldExplanation);
    expect(text(first.older.files[first.page])).not.toContain('## Saluran pengaduan');
    expect(parse(text(first.older.files['mpp.yaml'])).generatedBy).toEqual(OLDER_KIT);
  });

  it('plans from the base store and mpp.yaml\'s kit version, and planning writes nothing (what --dry-run shows)', () => {
    expect(plan.from).toBe(OLDER_KIT.version);
    expect(plan.to).toBe(KIT.version);
    expect(plan.coverage).toBe('all');
    expect(folderHashes(first.dir)).toEqual(before);
  });

  it('keeps all three edits and brings the kit\'s changes', () => {
    const after = applyPlan(readCurrentFiles(first.dir, Object.keys(readFolder(first.dir))), plan);
    // The checklist status and notes, with the new item, the corrected text and the dropped item retired.
    expect(decision(plan, 'checklist/checklist.yaml')).toMatchObject({ kind: 'merge', strategy: 'checklist' });
    const checklist = parseChecklistYaml(text(after['checklist/checklist.yaml']));
    expect(checklist.items.find((i) => i.id === EDIT.checklistItem)).toMatchObject({ status: 'selesai', notes: EDIT.checklistNotes });
    expect(checklist.items.find((i) => i.id === OLDER.missingItem)).toMatchObject({ status: 'belum', applies: true });
    expect(checklist.items.find((i) => i.id === OLDER.correctedItem)?.explanation).not.toEqual(OLDER.oldExplanation);
    expect(checklist.items.find((i) => i.id === OLDER.droppedItem)).toMatchObject({ applies: false, status: 'tidak-berlaku', statusBeforeRetired: 'proses' });
    // The paragraph of the standard page, with the section the kit added.
    expect(decision(plan, first.page)).toMatchObject({ kind: 'merge', strategy: 'text' });
    expect(text(after[first.page])).toContain(`### Persyaratan\n\n${EDIT.requirements}\n`);
    expect(text(after[first.page])).toContain('## Saluran pengaduan');
    // The tuned value in app-config.json, with the kit's corrected display text; still valid JSON.
    expect(decision(plan, 'app/app-config.json')).toMatchObject({ kind: 'merge', strategy: 'json' });
    const config = JSON.parse(text(after['app/app-config.json'])) as AppConfig;
    expect(config.queue.onlineBookingShare).toBe(EDIT.onlineBookingShare);
    expect(config.queue.display.welcome).toEqual((JSON.parse(text(next['app/app-config.json'])) as AppConfig).queue.display.welcome);
    expect(config.queue.display.welcome).not.toEqual(OLDER.oldWelcome);
    // Files the region did not touch are the kit's new version, mpp.yaml with the new kit.
    const otherPages = plan.decisions.filter((d) => d.path.startsWith('app/standar-pelayanan/') && d.path !== first.page && d.path !== 'app/standar-pelayanan/index.md');
    expect(otherPages.length).toBeGreaterThan(100);
    expect(otherPages.every((d) => d.kind === 'replace')).toBe(true);
    expect(parse(text(after['mpp.yaml'])).generatedBy).toEqual(KIT);
    for (const [path, content] of Object.entries(next)) {
      if (!['checklist/checklist.yaml', first.page, 'app/app-config.json', 'README.md'].includes(path)) expect(hashOf(after[path]), path).toBe(hashOf(content));
    }
  });

  it('gives exactly one conflict, where the region and the kit changed the same line, written with markers', () => {
    const conflicts = conflictsOf(plan);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: 'README.md', conflict: { kind: 'lines', yours: [EDIT.readmeHeading], base: [OLDER.oldFacilitiesHeading], kit: ['## Sarana'] } });
    const readme = decision(plan, 'README.md');
    expect(readme.kind).toBe('conflict');
    const content = text(readme.kind === 'conflict' ? readme.content : undefined);
    const line = conflicts[0].conflict.kind === 'lines' ? conflicts[0].conflict.line : 0;
    expect(content.split('\n').slice(line - 1, line + 6)).toEqual([
      '<<<<<<< yours',
      EDIT.readmeHeading,
      `||||||| base generator-mpp@${OLDER_KIT.version}`,
      OLDER.oldFacilitiesHeading,
      '=======',
      '## Sarana',
      `>>>>>>> kit generator-mpp@${KIT.version}`,
    ]);
  });

  it('reports the plan, the conflict and the kit\'s changelog in Indonesian and English', () => {
    const releases = selectReleases(loadChangelog(), plan.from, plan.to);
    const id = formatUpgradeReport(plan, { lang: 'id', releases, dryRun: true, perFile: true }).join('\n');
    const en = formatUpgradeReport(plan, { lang: 'en', releases, dryRun: true, perFile: true }).join('\n');
    expect(id).toContain(`Pembaruan deployment: ${OLDER_KIT.version} -> ${KIT.version}`);
    expect(id).toMatch(/README\.md:\d+: suntingan Anda dan perubahan kit bertumpuk/);
    expect(id).toContain('Konflik yang perlu Anda selesaikan (1):');
    expect(id).toContain(`  gabung   ${first.page} (per baris)\n`);
    expect(en).toContain(`  conflict README.md (by line)\n`);
    expect(id).toContain('Peraturan Ombudsman 17/2015 sudah dicabut');
    expect(en).toMatch(/README\.md:\d+: your edit and the kit's change overlap/);
    expect(en).toContain('Conflicts for you to resolve (1):');
    expect(en).toContain('Peraturan Ombudsman 17/2015 was revoked');
    for (const report of [id, en]) expect(report).not.toMatch(/\{\w+\}/);
  });

  it('is deterministic: the same upgrade twice gives identical files, and upgrading again changes nothing', async () => {
    applyToFolder(first.dir, plan, KIT);
    const upgraded = folderHashes(first.dir);
    expect(Object.keys(upgraded).some((p) => p.startsWith('.mpp/base/objects/'))).toBe(true);

    const second = await editedOlderDeployment(dirs, region);
    const base = loadBaseStore(second.dir);
    const again = await upgradePlan(readCurrentFiles(second.dir, [...Object.keys(base.files), 'mpp.yaml']), base);
    expect(planDigest(again.plan)).toBe(planDigest(plan));
    applyToFolder(second.dir, again.plan, KIT);
    expect(folderHashes(second.dir)).toEqual(upgraded);

    const store = loadBaseStore(first.dir);
    expect(store.kit).toEqual(KIT);
    const rerun = await upgradePlan(readCurrentFiles(first.dir, [...Object.keys(store.files), 'mpp.yaml']), store);
    expect(rerun.plan.from).toBe(KIT.version);
    expect(conflictsOf(rerun.plan)).toEqual([]);
    const kept = rerun.plan.decisions.filter((d) => d.kind !== 'unchanged');
    expect(kept.map((d) => [d.path, d.kind, d.kind === 'keep' ? d.reason : ''])).toEqual(kept.map((d) => [d.path, 'keep', 'kit-unchanged']));
    expect(kept.every((d) => d.kind === 'keep' && d.reason === 'kit-unchanged')).toBe(true);
    expect(kept.map((d) => d.path).sort()).toEqual(['README.md', 'app/app-config.json', first.page].sort());
    applyToFolder(first.dir, rerun.plan, KIT);
    expect(folderHashes(first.dir)).toEqual(upgraded);
  });

  it('upgrades a deployment made before the base store: edited files count as the user\'s, with a clear report', () => {
    const current = userEdits(first.older.files, first.page);
    const noStore = planUpgrade({ next, current, base: readBaseStore(() => undefined), kit: KIT, from: deploymentKitVersion(text(current['mpp.yaml']), { files: {}, damaged: [] }) });
    expect(noStore.coverage).toBe('none');
    expect(noStore.from).toBe(OLDER_KIT.version);
    // Without even a manifest, every file that differs from the kit's output is kept...
    expect(decision(noStore, first.page)).toMatchObject({ kind: 'keep', reason: 'no-base' });
    expect(decision(noStore, 'README.md')).toMatchObject({ kind: 'keep', reason: 'no-base' });
    // ...except the structured files, merged two-way: statuses kept, the tuned value kept, the differing welcome text listed.
    expect(decision(noStore, 'checklist/checklist.yaml')).toMatchObject({ kind: 'merge', strategy: 'checklist' });
    const config = decision(noStore, 'app/app-config.json');
    expect(config).toMatchObject({ kind: 'conflict', strategy: 'json' });
    const paths = config.kind === 'conflict' ? config.conflicts.map((c) => (c.kind === 'value' ? c.path : '')) : [];
    expect(paths).toEqual(['queue.onlineBookingShare', 'queue.display.welcome.id', 'queue.display.welcome.en']);
    expect(formatUpgradeReport(noStore, { lang: 'en' }).join('\n')).toContain('This deployment has no copy of what the kit wrote');

    // With the manifest of the last run, untouched files are told apart and replaced.
    const withHashes = planUpgrade({ next, current, base: withManifest({ files: {}, damaged: [] }, manifestOf(first.older.files)), kit: KIT });
    expect(withHashes.coverage).toBe('partial');
    const otherPage = withHashes.decisions.find((d) => d.path.startsWith('app/standar-pelayanan/') && d.path !== first.page && d.path !== 'app/standar-pelayanan/index.md');
    expect(otherPage?.kind).toBe('replace');
    expect(decision(withHashes, first.page)).toMatchObject({ kind: 'keep', reason: 'no-base', known: 'hash' });
    // The kept page records no base, so a later upgrade cannot mistake the old kit's lines for the user's.
    expect(decision(withHashes, first.page).record?.content).toBeUndefined();
  });
});
