import { describe, expect, it } from 'vitest';
import { planChecklist } from '../../src/checklist/plan.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import { renderChecklistYaml } from '../../src/checklist/render-yaml.js';
import { summarizeChecklist } from '../../src/checklist/summary.js';
import { checklistValidators } from '../../src/checklist/schemas.js';
import type { ChecklistFile, Status } from '../../src/generated/checklist.types.js';
import { minimalRegion } from './helpers.js';

const STATUSES: Status[] = ['belum', 'proses', 'selesai', 'tidak-berlaku'];

/** Edits every item the way a region would: a status from the cycle and a note naming the item. */
function editAll(file: ChecklistFile): ChecklistFile {
  return {
    ...file,
    items: file.items.map((item, i) => ({ ...item, status: STATUSES[i % 4], notes: `catatan ${item.id}: "ok" # {x}` })),
  };
}

describe('re-running keeps what the region entered', () => {
  it('keeps every status and note through YAML, parse and re-plan', () => {
    const region = minimalRegion();
    const edited = editAll(planChecklist(region));
    const reread = parseChecklistYaml(renderChecklistYaml(edited), 'checklist/checklist.yaml');
    const again = planChecklist(region, reread);
    expect(again.items.map((i) => [i.id, i.status, i.notes])).toEqual(edited.items.map((i) => [i.id, i.status, i.notes]));
    expect(renderChecklistYaml(again)).toBe(renderChecklistYaml(edited));
  });

  it('keeps items that no longer apply as tidak-berlaku, with their notes, and restores them when they apply again', () => {
    const region = minimalRegion();
    const first = planChecklist(region);
    const edited: ChecklistFile = {
      ...first,
      items: first.items.map((item) =>
        item.id === 'mou-instansi/samsat' ? { ...item, status: 'selesai', notes: 'MoU ditandatangani 2026-10-01' } : item,
      ),
    };
    const smaller = minimalRegion();
    smaller.agencies = smaller.agencies.filter((a) => a.id !== 'samsat');
    smaller.services = smaller.services.filter((s) => s.agency !== 'samsat');
    const second = planChecklist(smaller, parseChecklistYaml(renderChecklistYaml(edited)));
    const retired = second.items.find((i) => i.id === 'mou-instansi/samsat');
    expect(retired).toMatchObject({ applies: false, status: 'tidak-berlaku', statusBeforeRetired: 'selesai', notes: 'MoU ditandatangani 2026-10-01' });
    expect(second.items.find((i) => i.id === 'standar-pelayanan-instansi/samsat')?.status).toBe('tidak-berlaku');
    // every previous id is still there
    for (const item of first.items) expect(second.items.some((i) => i.id === item.id), item.id).toBe(true);
    // retired items sit in their own phase, after the applicable ones
    const phase = second.items.filter((i) => i.phase === 'kerja-sama-instansi');
    const firstRetired = phase.findIndex((i) => !i.applies);
    expect(phase.slice(firstRetired).every((i) => !i.applies)).toBe(true);
    expect(phase.slice(firstRetired).map((i) => i.id)).toEqual(['mou-instansi/samsat', 'instansi-pusat-bumn']);
    const { checklist: validate } = checklistValidators();
    expect(validate(second), JSON.stringify(validate.errors)).toBe(true);
    expect(summarizeChecklist(second).applicable).toBe(second.items.filter((i) => i.applies).length);

    const third = planChecklist(region, parseChecklistYaml(renderChecklistYaml(second)));
    const back = third.items.find((i) => i.id === 'mou-instansi/samsat');
    expect(back).toMatchObject({ applies: true, status: 'selesai', notes: 'MoU ditandatangani 2026-10-01' });
    expect(back?.statusBeforeRetired).toBeUndefined();
  });

  it('keeps a tidak-berlaku the region chose for an item that still applies', () => {
    const region = minimalRegion();
    const first = planChecklist(region);
    first.items[0].status = 'tidak-berlaku';
    const again = planChecklist(region, first);
    expect(again.items[0]).toMatchObject({ status: 'tidak-berlaku', applies: true });
  });

  it('refreshes generated texts (names, due dates) while keeping statuses', () => {
    const region = minimalRegion();
    const first = planChecklist(region);
    first.items.forEach((i) => (i.status = 'proses'));
    const renamed = minimalRegion();
    renamed.agencies[0].name = 'Disdukcapil Baru';
    renamed.mpp.launchDate = '2027-04-05';
    const again = planChecklist(renamed, first);
    const mou = again.items.find((i) => i.id === 'standar-pelayanan-instansi/dukcapil');
    expect(mou?.title.id).toContain('Disdukcapil Baru');
    expect(mou?.status).toBe('proses');
    expect(again.items.find((i) => i.id === 'peresmian')?.dueDate).toBe('2027-04-05');
  });
});
