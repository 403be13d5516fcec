import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { BuildOptions, Deployment } from '../../src/deployment/build.js';

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
 * A deployment built by the older kit: the kit's code with the older kit's data and templates (its
 * module for package paths swapped for the build), then the older app-config.json.
 */
export async function buildWithOlderKit(dirs: { data: string; templates: string }, region: RegionAnswers, options: BuildOptions): Promise<Deployment> {
  const paths = join(ROOT, 'src', 'paths.ts');
  vi.resetModules();
  vi.doMock(paths, async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/paths.js')>()), dataDir: dirs.data, templatesDir: dirs.templates }));
  try {
    const { buildDeployment } = await import('../../src/deployment/build.js');
    const deployment = await buildDeployment(region, options);
    deployment.files['app/app-config.json'] = olderAppConfig(deployment.files['app/app-config.json'] as string);
    return deployment;
  } finally {
    vi.doUnmock(paths);
    vi.resetModules();
  }
}
