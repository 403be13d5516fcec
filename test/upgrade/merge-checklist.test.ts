import { describe, expect, it } from 'vitest';
import { planChecklist } from '../../src/checklist/plan.js';
import { renderChecklistYaml } from '../../src/checklist/render-yaml.js';
import { parseChecklistYaml } from '../../src/checklist/parse.js';
import { checklistValidators } from '../../src/checklist/schemas.js';
import type { ChecklistFile, Item } from '../../src/generated/checklist.types.js';
import { mergeChecklistFiles, mergeChecklistText } from '../../src/upgrade/merge-checklist.js';
import { minimalRegion } from '../checklist/helpers.js';

type Edit = (item: Item) => Item;
/** A note with what YAML, HTML and Markdown treat specially. */
const NOTE = `SK Bupati No. 12/2026 <Dinas {A}> "x" & 'y' # bukan komentar: ya`;
const edit = (file: ChecklistFile, id: string, change: Edit): ChecklistFile => ({
  ...file,
  items: file.items.map((item) => (item.id === id ? change(item) : item)),
});
const find = (file: ChecklistFile, id: string) => file.items.find((item) => item.id === id);

/** Base: the old kit's checklist. Kit: one corrected explanation, one item dropped, one new item. */
function versions() {
  const base = planChecklist(minimalRegion());
  const [corrected, dropped, reworded, evidenced] = ['tim-kerja', 'kajian-urgensi', 'anggaran', 'gedung'];
  expect([corrected, dropped, reworded, evidenced].every((id) => find(base, id))).toBe(true);
  let yours = edit(base, corrected, (i) => ({ ...i, status: 'selesai', notes: NOTE }));
  yours = edit(yours, dropped, (i) => ({ ...i, status: 'proses', notes: 'draf dikirim' }));
  yours = edit(yours, reworded, (i) => ({ ...i, title: { id: 'Anggarkan MPP di APBD 2027', en: i.title.en } }));
  yours = edit(yours, evidenced, (i) => ({ ...i, status: 'selesai', reviewerStatus: 'diterima' }) as Item);
  let kit = edit(base, corrected, (i) => ({ ...i, explanation: { id: 'Penjelasan yang dikoreksi kit.', en: 'Explanation corrected by the kit.' } }));
  const template = find(base, 'tata-letak') as Item;
  kit = { ...kit, items: [...kit.items.filter((i) => i.id !== dropped), { ...template, id: 'butir-baru-kit', title: { id: 'Butir baru', en: 'New item' } }] };
  return { base, yours, kit, ids: { corrected, dropped, reworded, evidenced } };
}

describe('checklist.yaml merged by item id', () => {
  it('keeps the region\'s statuses, notes, own wording and own fields; takes the kit\'s corrections and new items; retires dropped items', () => {
    const { base, yours, kit, ids } = versions();
    const merged = mergeChecklistFiles(base, yours, kit);
    expect(merged.conflicts).toEqual([]);
    const value = merged.value;
    expect(find(value, ids.corrected)).toMatchObject({ status: 'selesai', notes: NOTE, explanation: { id: 'Penjelasan yang dikoreksi kit.' } });
    expect(find(value, ids.dropped)).toMatchObject({ applies: false, status: 'tidak-berlaku', statusBeforeRetired: 'proses', notes: 'draf dikirim' });
    expect(find(value, ids.reworded)?.title.id).toBe('Anggarkan MPP di APBD 2027');
    expect(find(value, ids.evidenced)).toMatchObject({ status: 'selesai', reviewerStatus: 'diterima' });
    expect(find(value, 'butir-baru-kit')?.status).toBe('belum');
    // The result reads back through the checklist's own parser (the fields a newer kit adds aside).
    const plain = edit(value, ids.evidenced, ({ reviewerStatus: _r, ...rest }: Item & { reviewerStatus?: string }) => rest);
    expect(checklistValidators().checklist(plain)).toBe(true);
  });

  it('gives the same result whether or not the kit\'s new checklist was already planned with the region\'s statuses', () => {
    const { base, yours, kit } = versions();
    const kitWithPrevious = planChecklistLike(kit, yours);
    expect(mergeChecklistFiles(base, yours, kitWithPrevious).value).toEqual(mergeChecklistFiles(base, yours, kit).value);
  });

  it('lists a field both sides changed and keeps the user\'s value', () => {
    const { base, yours, ids } = versions();
    const kit = edit(base, ids.reworded, (i) => ({ ...i, title: { id: i.title.id, en: 'New title from the kit' } }));
    const merged = mergeChecklistFiles(base, yours, kit);
    expect(find(merged.value, ids.reworded)?.title).toEqual({ id: 'Anggarkan MPP di APBD 2027', en: 'New title from the kit' });
    expect(merged.conflicts).toEqual([]);
    const kit2 = edit(base, ids.reworded, (i) => ({ ...i, title: { id: 'Judul baru dari kit', en: i.title.en } }));
    const conflicted = mergeChecklistFiles(base, yours, kit2);
    expect(conflicted.conflicts).toEqual([
      { kind: 'value', path: `items[id=${ids.reworded}].title.id`, base: find(base, ids.reworded)?.title.id, yours: 'Anggarkan MPP di APBD 2027', kit: 'Judul baru dari kit' },
    ]);
    expect(find(conflicted.value, ids.reworded)?.title.id).toBe('Anggarkan MPP di APBD 2027');
  });

  it('without a base follows the file\'s contract: status and notes kept, the kit\'s texts, fields the kit does not write kept', () => {
    const { yours, kit, ids } = versions();
    const merged = mergeChecklistFiles(undefined, yours, kit);
    expect(merged.conflicts).toEqual([]);
    expect(find(merged.value, ids.reworded)?.title).toEqual(find(kit, ids.reworded)?.title);
    expect(find(merged.value, ids.corrected)).toMatchObject({ status: 'selesai', explanation: { id: 'Penjelasan yang dikoreksi kit.' } });
    expect(find(merged.value, ids.evidenced)).toMatchObject({ reviewerStatus: 'diterima' });
  });

  it('merges the YAML texts, writes with the checklist serializer and is deterministic', () => {
    const { base, yours, kit, ids } = versions();
    const plain = (file: ChecklistFile) => edit(file, ids.evidenced, ({ reviewerStatus: _r, ...rest }: Item & { reviewerStatus?: string }) => rest);
    const texts = [renderChecklistYaml(base), renderChecklistYaml(plain(yours)), renderChecklistYaml(kit)] as const;
    const first = mergeChecklistText(...texts);
    expect(first?.conflicts).toEqual([]);
    expect(mergeChecklistText(...texts)).toEqual(first);
    const reread = parseChecklistYaml(first?.value ?? '');
    expect(find(reread, ids.corrected)?.notes).toBe(NOTE);
    expect(first?.value).toBe(renderChecklistYaml(reread));
  });

  it('gives undefined when a side is not a valid checklist, so the caller merges lines', () => {
    const { base, kit } = versions();
    expect(mergeChecklistText(renderChecklistYaml(base), 'items: [ broken', renderChecklistYaml(kit))).toBeUndefined();
  });
});

/** The kit's checklist as a re-run plans it: the region's statuses and notes applied by item id. */
function planChecklistLike(kit: ChecklistFile, previous: ChecklistFile): ChecklistFile {
  const byId = new Map(previous.items.map((i) => [i.id, i]));
  return { ...kit, items: kit.items.map((i) => (byId.has(i.id) ? { ...i, status: byId.get(i.id)!.status, notes: byId.get(i.id)!.notes } : i)) };
}
