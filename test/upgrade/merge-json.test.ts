import { describe, expect, it } from 'vitest';
import { mergeJsonText, mergeJsonValues, serializeJson } from '../../src/upgrade/merge-json.js';
import { planAppConfig, serializeAppConfig } from '../../src/appconfig/plan.js';
import { minimalRegion } from '../checklist/helpers.js';

describe('three-way merge of JSON by keys', () => {
  it('keeps keys only the user changed, takes keys only the kit changed, and lists keys both changed (user value kept)', () => {
    const base = { a: 1, b: { c: 'x', d: 'y' }, e: true };
    const yours = { a: 2, b: { c: 'x', d: 'mine' }, e: true };
    const kit = { a: 1, b: { c: 'kit', d: 'theirs' }, e: true, f: 'new' };
    const merged = mergeJsonValues(base, yours, kit);
    expect(merged.value).toEqual({ a: 2, b: { c: 'kit', d: 'mine' }, e: true, f: 'new' });
    expect(merged.conflicts).toEqual([{ kind: 'value', path: 'b.d', base: 'y', yours: 'mine', kit: 'theirs' }]);
  });

  it('follows deletions: a key the kit dropped goes unless the user changed it; a key the user dropped stays gone', () => {
    const base = { keep: 1, kitDrops: 1, kitDropsEdited: 1, userDrops: 1 };
    const yours = { keep: 1, kitDrops: 1, kitDropsEdited: 5 };
    const kit = { keep: 1, userDrops: 1 };
    const merged = mergeJsonValues(base, yours, kit);
    expect(merged.value).toEqual({ keep: 1, kitDropsEdited: 5 });
    expect(merged.conflicts).toEqual([{ kind: 'value', path: 'kitDropsEdited', base: 1, yours: 5, kit: undefined }]);
  });

  it('merges lists of objects by identity (id, key, day, service) and lists of strings like lines', () => {
    const base = { counters: [{ id: 'a', n: 1 }, { id: 'b', n: 1 }], days: [{ day: 'monday', open: '08:00' }], tags: ['x', 'y', 'z'] };
    const yours = { counters: [{ id: 'a', n: 9 }, { id: 'b', n: 1 }, { id: 'mine', n: 1 }], days: [{ day: 'monday', open: '07:30' }], tags: ['x', 'y', 'z', 'user'] };
    const kit = { counters: [{ id: 'b', n: 2 }, { id: 'a', n: 1 }, { id: 'kit', n: 1 }], days: [{ day: 'monday', open: '08:00' }, { day: 'friday', open: '08:00' }], tags: ['kit', 'x', 'y', 'z'] };
    const merged = mergeJsonValues(base, yours, kit);
    expect(merged.conflicts).toEqual([]);
    expect(merged.value).toEqual({
      counters: [{ id: 'b', n: 2 }, { id: 'a', n: 9 }, { id: 'kit', n: 1 }, { id: 'mine', n: 1 }],
      days: [{ day: 'monday', open: '07:30' }, { day: 'friday', open: '08:00' }],
      tags: ['kit', 'x', 'y', 'z', 'user'],
    });
  });

  it('names a conflict inside a list by the element identity', () => {
    const merged = mergeJsonValues({ l: [{ id: 'q', v: 1 }] }, { l: [{ id: 'q', v: 2 }] }, { l: [{ id: 'q', v: 3 }] });
    expect(merged.conflicts.map((c) => c.path)).toEqual(['l[id=q].v']);
  });

  it('without a base keeps what only one side has and lists every value that differs', () => {
    const merged = mergeJsonValues(undefined, { a: 1, mine: true, same: 's' }, { a: 2, kit: true, same: 's' });
    expect(merged.value).toEqual({ a: 1, kit: true, same: 's', mine: true });
    expect(merged.conflicts).toEqual([{ kind: 'value', path: 'a', base: undefined, yours: 1, kit: 2 }]);
  });

  it('keeps a "__proto__" key as data and the result valid JSON', () => {
    const base = '{"x": 1}';
    const yours = '{"x": 1, "__proto__": {"polluted": true}}';
    const kit = '{"x": 2}';
    const merged = mergeJsonText(base, yours, kit);
    expect(merged?.conflicts).toEqual([]);
    const value = JSON.parse(merged?.value ?? '') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['x', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives undefined for a side that is not JSON, so the caller merges lines', () => {
    expect(mergeJsonText('{}', '{ broken', '{}')).toBeUndefined();
  });

  it('merges a real app-config.json: the user\'s tuned value and the kit\'s change both land, in the kit\'s format', () => {
    const region = minimalRegion();
    const base = planAppConfig(region, undefined);
    const kitConfig = structuredClone(base);
    kitConfig.queue.display.welcome = { id: 'Selamat datang (teks baru kit)', en: 'Welcome (new kit text)' };
    const yoursConfig = structuredClone(base);
    yoursConfig.queue.onlineBookingShare = 0.5;
    const merged = mergeJsonText(serializeAppConfig(base), serializeAppConfig(yoursConfig), serializeAppConfig(kitConfig));
    const expected = structuredClone(kitConfig);
    expected.queue.onlineBookingShare = 0.5;
    expect(merged).toEqual({ value: serializeAppConfig(expected), conflicts: [] });
    expect(serializeJson(expected)).toBe(serializeAppConfig(expected));
  });
});
