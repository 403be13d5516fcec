import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import Handlebars from 'handlebars';
import { vi } from 'vitest';
import { isMap, isSeq, parse, parseDocument, type YAMLMap } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
// @ts-expect-error plain ESM script without types
import { targets as dataTargets } from '../../scripts/gen-data.mjs';
// @ts-expect-error plain ESM script without types
import { compileOptions, templatePaths } from '../../scripts/gen-templates.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');
export const OLDER_KIT = { kit: 'generator-mpp', version: '0.0.1' };

/**
 * What the older kit did differently (the fixture): each edit below is a change the current kit
 * makes on upgrade. Applied to copies of today's data/ and templates/, so the fixture cannot drift.
 */
export const OLDER = {
  /** The older catalogue lacked this item: the current kit adds it. */
  missingItem: 'sipp',
  /** The older catalogue had this explanation: the current kit corrects it. */
  correctedItem: 'opini-ombudsman',
  oldExplanation: { id: 'Penjelasan lama yang sudah dikoreksi.', en: 'An old explanation, since corrected.' },
  /** The older catalogue had this item, which the current kit no longer makes. */
  droppedItem: 'laporan-lama',
  /** The older service pages ended without the complaint channels section. */
  complaintSection: '## {{tr "appconfig.page.complaintChannels" mpp=(md mpp)}}',
  /** The older README had another facilities heading (the current kit writes "## Sarana"). */
  oldFacilitiesHeading: '## Fasilitas dan sarana',
  /** The older app-config.json had another welcome text on the queue display. */
  oldWelcome: { id: 'Selamat datang (teks lama)', en: 'Welcome (old text)' },
};

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`older-kit fixture: "${from}" not found`);
  return text.replace(from, to);
}

/** data/ and templates/ of the older kit, in a temporary folder. */
export function olderKitDirs(): { data: string; templates: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-older-kit-'));
  const data = join(dir, 'data');
  const templates = join(dir, 'templates');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  cpSync(join(ROOT, 'templates'), templates, { recursive: true });

  const catalogueFile = join(data, 'checklist-catalogue.yaml');
  const doc = parseDocument(readFileSync(catalogueFile, 'utf8'));
  const items = doc.get('items');
  if (!isSeq(items)) throw new Error('catalogue items');
  const index = (id: string) => items.items.findIndex((item) => isMap(item) && item.get('id') === id);
  items.delete(index(OLDER.missingItem));
  const corrected = items.get(index(OLDER.correctedItem)) as YAMLMap;
  corrected.set('explanation', doc.createNode(OLDER.oldExplanation));
  const dropped = doc.createNode({ ...(items.get(index('zona-integritas')) as YAMLMap).toJSON(), id: OLDER.droppedItem, title: { id: 'Laporan bulanan lama', en: 'Old monthly report' } });
  items.add(dropped);
  writeFileSync(catalogueFile, doc.toString({ lineWidth: 0 }));
  // The instrument mapping names catalogue items: the older kit's names only the items it had.
  const mappingFile = join(data, 'instruments', 'pekppp-mapping.yaml');
  const missing = new RegExp(`(, ${OLDER.missingItem}(?=[\\],])|${OLDER.missingItem}, )`, 'g');
  writeFileSync(mappingFile, readFileSync(mappingFile, 'utf8').replace(missing, ''));

  const pageFile = join(templates, 'appconfig', 'standard-service.md.hbs');
  const page = readFileSync(pageFile, 'utf8');
  const start = page.indexOf(OLDER.complaintSection);
  const end = page.indexOf('[{{tr "appconfig.page.back"}}]');
  if (start < 0 || end < start) throw new Error('older-kit fixture: complaint section');
  writeFileSync(pageFile, page.slice(0, start) + page.slice(end));

  const readmeFile = join(templates, 'deployment', 'README.md.hbs');
  writeFileSync(readmeFile, replaceOnce(readFileSync(readmeFile, 'utf8'), '## {{tr "readme.facilities"}}', OLDER.oldFacilitiesHeading));
  return { data, templates };
}

/** The older kit's app-config.json: today's, with the older welcome text. */
export function olderAppConfig(text: string): string {
  const config = JSON.parse(text) as { queue: { display: { welcome: unknown } } };
  config.queue.display.welcome = OLDER.oldWelcome;
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * The kit reads its data and templates as modules made at build time (scripts/gen-data.mjs,
 * scripts/gen-templates.mjs): the older kit's, made the same way from its folders.
 */
function olderKitModules(dirs: { data: string; templates: string }): Array<[string, () => object]> {
  const data = (dataTargets as Array<{ data: string; out: string }>).map((target): [string, () => object] => [
    join(ROOT, target.out),
    () => ({ default: parse(readFileSync(join(dirs.data, target.data.replace(/^data\//, '')), 'utf8')) }),
  ]);
  const specs = () => ({
    TEMPLATE_SPECS: Object.fromEntries(
      (templatePaths(dirs.templates) as string[]).map((path) => [
        path,
        // A precompiled template is JavaScript source; this turns it into the object the runtime takes.
        new Function(`return ${Handlebars.precompile(readFileSync(join(dirs.templates, path), 'utf8'), compileOptions(path))}`)() as unknown,
      ]),
    ),
  });
  return [...data, [join(ROOT, 'src', 'generated', 'templates.ts'), specs]];
}

/**
 * Writes a deployment with the older kit into `dir`, through the real writer: the kit's code with
 * the older kit's data and templates (its generated data and template modules swapped), its version
 * (generatedBy, the base store) and its app-config.json. What a region has on disk after running
 * the previous release.
 */
export async function writeWithOlderKit(dirs: { data: string; templates: string }, region: RegionAnswers, dir: string): Promise<void> {
  const modules = { paths: join(ROOT, 'src', 'paths.ts'), kit: join(ROOT, 'src', 'deployment', 'kit.ts'), build: join(ROOT, 'src', 'deployment', 'build.ts') };
  vi.resetModules();
  vi.doMock(modules.paths, async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/paths.js')>()), dataDir: dirs.data, templatesDir: dirs.templates }));
  const generated = olderKitModules(dirs);
  for (const [path, factory] of generated) vi.doMock(path, factory);
  vi.doMock(modules.kit, async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/deployment/kit.js')>()), KIT: OLDER_KIT }));
  vi.doMock(modules.build, async (importOriginal) => {
    const original = await importOriginal<typeof import('../../src/deployment/build.js')>();
    const { asText } = await import('../../src/deployment/upgrade/content.js');
    const buildDeployment = async (...args: Parameters<typeof original.buildDeployment>) => {
      const deployment = await original.buildDeployment(...args);
      // The writer keeps each file as its `hold` makes it (packed): the older file is kept the same way.
      const older = olderAppConfig(asText(deployment.files['app/app-config.json']) as string);
      deployment.files['app/app-config.json'] = args[1].hold ? args[1].hold(older) : older;
      return deployment;
    };
    return { ...original, buildDeployment };
  });
  try {
    const { writeDeployment } = await import('../../src/deployment/writer.js');
    await writeDeployment(region, { dir, lang: 'id' });
  } finally {
    for (const path of [...Object.values(modules), ...generated.map(([path]) => path)]) vi.doUnmock(path);
    vi.resetModules();
  }
}

/** The region's hand edits, as a DPMPTSP team would make them in a text editor. */
export const EDIT = {
  checklistItem: 'tim-kerja',
  checklistNotes: 'SK Bupati Badung No. 123/2026',
  requirements: 'KTP-el dan NPWP pemohon; formulir pendaftaran yang ditandatangani.',
  onlineBookingShare: 0.5,
  readmeHeading: '## Sarana dan prasarana MPP Badung',
};

/** A service page whose requirements are still open: the paragraph the region fills in. */
export function editablePage(dir: string): string {
  const root = join(dir, 'app', 'standar-pelayanan');
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((p) => `app/standar-pelayanan/${p.split(sep).join('/')}`).filter((p) => /^app\/standar-pelayanan\/[^/]+\/[^/]+\.md$/.test(p)).sort();
  const page = pages.find((p) => readFileSync(join(dir, p), 'utf8').includes('### Persyaratan\n\n_belum ditetapkan_\n'));
  if (!page) throw new Error('no service page with open requirements');
  return page;
}

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

/**
 * The region's edits, made in the folder: a checklist status and notes (and a status on the item
 * the current kit drops), a paragraph of a standard page, a value in app-config.json, and the
 * README's heading the current kit also changes (the deliberate overlap). Returns the page edited.
 */
export function editDeployment(dir: string): string {
  const page = editablePage(dir);
  const edit = (path: string, change: (text: string) => string) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
  edit('checklist/checklist.yaml', editChecklist);
  edit(page, (text) => text.replace('### Persyaratan\n\n_belum ditetapkan_\n', `### Persyaratan\n\n${EDIT.requirements}\n`));
  edit('app/app-config.json', (text) => {
    const config = JSON.parse(text) as { queue: { onlineBookingShare: number } };
    config.queue.onlineBookingShare = EDIT.onlineBookingShare;
    return `${JSON.stringify(config, null, 2)}\n`;
  });
  edit('README.md', (text) => replaceOnce(text, `${OLDER.oldFacilitiesHeading}\n`, `${EDIT.readmeHeading}\n`));
  return page;
}
