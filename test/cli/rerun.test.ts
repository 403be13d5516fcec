import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { mpp, snapshotDir, tempDir } from '../helpers/cli.js';

/** Sets status and notes of the first `count` items of a checklist.yaml, as a civil servant would. */
function editStatuses(path: string, count: number): Array<{ id: string; status: string; notes: string }> {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const items = doc.get('items') as { items: Array<{ get: (k: string) => unknown; set: (k: string, v: unknown) => void }> };
  const statuses = ['selesai', 'proses', 'tidak-berlaku'];
  const edited = items.items.slice(0, count).map((item, i) => {
    const status = statuses[i % statuses.length];
    const notes = `Catatan ${i}: SK Bupati no. ${100 + i}`;
    item.set('status', status);
    item.set('notes', notes);
    return { id: String(item.get('id')), status, notes };
  });
  writeFileSync(path, doc.toString());
  return edited;
}

describe('re-running mpp new keeps what the region entered', () => {
  it('keeps every checklist status and note across re-runs, also after the answers change', () => {
    const out = join(tempDir(), 'badung');
    expect(mpp(['new', '--answers', 'examples/badung/mpp.yaml', '--out', out]).code).toBe(0);
    const checklistPath = join(out, 'checklist', 'checklist.yaml');
    const edited = editStatuses(checklistPath, 9);

    const rerun = mpp(['new', '--answers', 'examples/badung/mpp.yaml', '--out', out]);
    expect(rerun.stderr).not.toMatch(/internal/i);
    expect(rerun.code).toBe(0);
    const after = parseDocument(readFileSync(checklistPath, 'utf8')).toJS() as { items: Array<{ id: string; status: string; notes?: string }> };
    for (const e of edited) {
      const item = after.items.find((i) => i.id === e.id);
      expect(item, e.id).toBeDefined();
      expect(item?.status).toBe(e.status);
      expect(item?.notes).toBe(e.notes);
    }
    // The derived files follow the kept statuses.
    expect(readFileSync(join(out, 'checklist', 'checklist.csv'), 'utf8')).toContain(edited[0].notes);
  });

  it('refuses a corrupted checklist.yaml with a located error and overwrites nothing', () => {
    const out = join(tempDir(), 'contoh');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    const checklistPath = join(out, 'checklist', 'checklist.yaml');
    writeFileSync(checklistPath, `${readFileSync(checklistPath, 'utf8')}\n  - [broken\n`);
    const before = snapshotDir(out);
    const result = mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out, '--force', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/checklist\/checklist\.yaml:\d+:\d+/);
    expect(snapshotDir(out)).toEqual(before);
  });
});
