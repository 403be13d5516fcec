import { describe, expect, it } from 'vitest';
import { hasConflictMarkers, mergeText } from '../../src/upgrade/merge-text.js';

const base = ['# Judul', '', 'Paragraf satu.', '', 'Paragraf dua.', '', 'Paragraf tiga.', ''].join('\n');

describe('line-based three-way merge', () => {
  it('applies a change made on one side only, from either side', () => {
    const yours = base.replace('Paragraf satu.', 'Paragraf satu, disunting daerah.');
    const kit = base.replace('Paragraf tiga.', 'Paragraf tiga, dikoreksi kit.');
    const merged = mergeText(base, yours, kit);
    expect(merged.conflicts).toEqual([]);
    expect(merged.value).toBe(base.replace('Paragraf satu.', 'Paragraf satu, disunting daerah.').replace('Paragraf tiga.', 'Paragraf tiga, dikoreksi kit.'));
  });

  it('takes the same change made on both sides once', () => {
    const both = base.replace('Paragraf dua.', 'Paragraf dua (sama).');
    expect(mergeText(base, both, both)).toEqual({ value: both, conflicts: [] });
  });

  it('writes overlapping changes between standard markers, base in the middle, and lists the conflict with its line', () => {
    const yours = base.replace('Paragraf dua.', 'Versi daerah.');
    const kit = base.replace('Paragraf dua.', 'Versi kit.');
    const merged = mergeText(base, yours, kit, { yours: 'yours', base: 'base generator-mpp@0.1.0', kit: 'kit generator-mpp@0.2.0' });
    expect(merged.value).toBe(
      ['# Judul', '', 'Paragraf satu.', '', '<<<<<<< yours', 'Versi daerah.', '||||||| base generator-mpp@0.1.0', 'Paragraf dua.', '=======', 'Versi kit.', '>>>>>>> kit generator-mpp@0.2.0', '', 'Paragraf tiga.', ''].join('\n'),
    );
    expect(merged.conflicts).toEqual([{ kind: 'lines', line: 5, yours: ['Versi daerah.'], base: ['Paragraf dua.'], kit: ['Versi kit.'] }]);
    expect(hasConflictMarkers(merged.value)).toBe(true);
    expect(hasConflictMarkers(base)).toBe(false);
  });

  it('keeps the user\'s CRLF line endings and does not count them as edits', () => {
    const yours = base.replace(/\n/g, '\r\n');
    const kit = base.replace('Paragraf tiga.', 'Paragraf tiga, dikoreksi kit.');
    const merged = mergeText(base, yours, kit);
    expect(merged.conflicts).toEqual([]);
    expect(merged.value).toBe(kit.replace(/\n/g, '\r\n'));
  });

  it('handles hostile lines (markers, braces, prototype names) as plain text, deterministically', () => {
    const hostileBase = ['__proto__', 'constructor', '<Dinas {A}> "x" & \'y\'', '======='].join('\n');
    const yours = `${hostileBase}\ntoString`;
    const kit = hostileBase.replace('constructor', 'hasOwnProperty');
    const first = mergeText(hostileBase, yours, kit);
    expect(first.conflicts).toEqual([]);
    expect(first.value).toBe(['__proto__', 'hasOwnProperty', '<Dinas {A}> "x" & \'y\'', '=======', 'toString'].join('\n'));
    expect(mergeText(hostileBase, yours, kit)).toEqual(first);
  });
});
