import { describe, expect, it } from 'vitest';
import { planFile, type BaseVersion, type FileVersions } from '../../src/upgrade/plan-file.js';
import { hashOf } from '../../src/upgrade/content.js';

const context = { kitVersion: '0.2.0' };
const base = (content: string | Uint8Array, kit = '0.1.0'): BaseVersion => ({ hash: hashOf(content), kit, content });
const plan = (versions: Omit<FileVersions, 'path'>, path = 'README.md') => planFile({ path, ...versions }, context);
const doc = (middle: string, end = 'Penutup.') => `# Judul\n\nPembuka.\n\n${middle}\n\nTengah.\n\n${end}\n`;
const encode = (text: string) => new TextEncoder().encode(text);

describe('the per-file upgrade decision', () => {
  it('covers the files the kit stops or starts making', () => {
    expect(plan({ base: base('a') })).toEqual({ path: 'README.md', known: 'content', kind: 'unchanged' });
    expect(plan({ base: base('a'), current: 'a' })).toEqual({ path: 'README.md', known: 'content', kind: 'delete' });
    expect(plan({ base: base('a'), current: 'a, edited' })).toEqual({ path: 'README.md', known: 'content', kind: 'keep-edited-orphan' });
    expect(plan({ current: 'a file the kit never recorded' })).toEqual({ path: 'README.md', known: 'none', kind: 'keep-edited-orphan' });
    expect(plan({ next: 'new' })).toMatchObject({ kind: 'new', content: 'new', record: { hash: hashOf('new'), kit: '0.2.0', content: 'new' } });
    expect(plan({ base: base('old'), next: 'new' })).toMatchObject({ kind: 'new', content: 'new' });
  });

  it('replaces what the user did not touch, compares bytes with text, and keeps what only the user changed', () => {
    expect(plan({ base: base('old'), current: encode('old'), next: 'new' })).toMatchObject({ kind: 'replace', content: 'new', known: 'content' });
    expect(plan({ base: base('old'), current: encode('new'), next: 'new' })).toMatchObject({ kind: 'unchanged' });
    expect(plan({ base: base('old'), current: 'mine', next: 'old' })).toMatchObject({ kind: 'keep', reason: 'kit-unchanged', record: { hash: hashOf('old'), kit: '0.2.0' } });
    // The manifest's hash alone tells an untouched file.
    expect(plan({ base: { hash: hashOf('old') }, current: 'old', next: 'new' })).toMatchObject({ kind: 'replace', known: 'hash' });
  });

  it('merges a text both changed, and writes markers where they overlap', () => {
    const b = doc('Tengah lama.');
    const merged = plan({ base: base(b), current: doc('Tengah lama.', 'Penutup daerah.'), next: doc('Tengah baru kit.') });
    expect(merged).toMatchObject({ kind: 'merge', strategy: 'text', content: doc('Tengah baru kit.', 'Penutup daerah.') });
    expect(merged.record).toEqual({ hash: hashOf(doc('Tengah baru kit.')), kit: '0.2.0', content: doc('Tengah baru kit.') });
    const conflict = plan({ base: base(b), current: doc('Tengah daerah.'), next: doc('Tengah kit.') });
    expect(conflict.kind).toBe('conflict');
    if (conflict.kind !== 'conflict') return;
    expect(conflict.conflicts).toHaveLength(1);
    expect(conflict.content).toContain('<<<<<<< yours\nTengah daerah.\n||||||| base\nTengah lama.\n=======\nTengah kit.\n>>>>>>> kit\n');
  });

  it('never merges binary files: kept when edited (old base kept as record), replaced when not', () => {
    const old = new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0xfe]);
    const next = new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0x00]);
    const edited = new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0x01]);
    expect(plan({ base: base(old), current: old, next }, 'checklist/checklist.xlsx')).toMatchObject({ kind: 'replace', content: next });
    const kept = plan({ base: base(old), current: edited, next }, 'checklist/checklist.xlsx');
    expect(kept).toMatchObject({ kind: 'keep', reason: 'binary', record: { hash: hashOf(old), kit: '0.1.0' } });
    // A text file the user saved in another encoding is not merged either.
    expect(plan({ base: base('abc'), current: new Uint8Array([0xe9, 0x0a]), next: 'abd' })).toMatchObject({ kind: 'keep', reason: 'binary' });
  });

  it('without a base: an edited text file is kept (no revert later: its record stays absent); JSON and checklist merge two-way', () => {
    expect(plan({ current: 'mine', next: 'kit' })).toEqual({ path: 'README.md', kind: 'keep', reason: 'no-base', known: 'none', record: undefined });
    expect(plan({ base: { hash: hashOf('old') }, current: 'mine', next: 'kit' })).toMatchObject({ kind: 'keep', reason: 'no-base', known: 'hash', record: { hash: hashOf('old') } });
    const json = plan({ current: '{"a": 1, "mine": 2}\n', next: '{"a": 3, "kit": 4}\n' }, 'app/app-config.json');
    expect(json).toMatchObject({ kind: 'conflict', strategy: 'json', content: '{\n  "a": 1,\n  "kit": 4,\n  "mine": 2\n}\n' });
    expect(json.record?.content).toBe('{"a": 3, "kit": 4}\n');
  });

  it('falls back to a line merge when a structured file does not parse', () => {
    const b = '{\n  "a": 1,\n  "x": 0,\n  "b": 2\n}\n';
    const decision = plan({ base: base(b), current: '{\n  "a": 1,\n  "x": 0,\n  "b": 2,,\n}\n', next: '{\n  "a": 5,\n  "x": 0,\n  "b": 2\n}\n' }, 'app/app-config.json');
    expect(decision).toMatchObject({ kind: 'merge', strategy: 'text', content: '{\n  "a": 5,\n  "x": 0,\n  "b": 2,,\n}\n' });
  });
});
