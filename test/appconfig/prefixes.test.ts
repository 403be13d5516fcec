import { describe, expect, it } from 'vitest';
import { assignTicketPrefixes, prefixAt } from '../../src/appconfig/prefixes.js';
import { InputError } from '../../src/config/errors.js';
import { previousPrefixes } from '../../src/appconfig/queue.js';

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('prefixAt', () => {
  it('counts A..Z, AA..AZ, BA.., ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(prefixAt)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('assignTicketPrefixes', () => {
  it('gives A, B, C in order and keeps an agency\'s own prefix', () => {
    const result = assignTicketPrefixes([{ id: 'a' }, { id: 'b', ticketPrefix: 'A' }, { id: 'c' }]);
    expect(result).toEqual([
      { agency: 'a', prefix: 'B', fixed: false },
      { agency: 'b', prefix: 'A', fixed: true },
      { agency: 'c', prefix: 'C', fixed: false },
    ]);
  });

  it('is unique for many agencies (past Z)', () => {
    const agencies = Array.from({ length: 60 }, (_, i) => ({ id: `a${i}` }));
    const prefixes = assignTicketPrefixes(agencies).map((p) => p.prefix);
    expect(new Set(prefixes).size).toBe(60);
    expect(prefixes[26]).toBe('AA');
    for (const p of prefixes) expect(p).toMatch(/^[A-Z]{1,3}$/);
  });

  it('is stable: adding an agency in front keeps the earlier prefixes', () => {
    const first = assignTicketPrefixes(ids('dukcapil', 'samsat', 'bpjs'));
    const previous = first.map((p) => ({ id: p.agency, prefix: p.prefix }));
    const second = assignTicketPrefixes(ids('imigrasi', 'dukcapil', 'samsat', 'bpjs', 'pln'), previous);
    const byAgency = Object.fromEntries(second.map((p) => [p.agency, p.prefix]));
    expect(byAgency).toEqual({ dukcapil: 'A', samsat: 'B', bpjs: 'C', imigrasi: 'D', pln: 'E' });
  });

  it('a removed agency frees its letter for the next new agency; others keep theirs', () => {
    const previous = [{ id: 'a', prefix: 'A' }, { id: 'b', prefix: 'B' }, { id: 'c', prefix: 'C' }];
    const result = assignTicketPrefixes(ids('a', 'c', 'd'), previous);
    expect(result.map((p) => p.prefix)).toEqual(['A', 'C', 'B']);
  });

  it('an explicit prefix that takes a previous letter moves only the agency that lost it', () => {
    const previous = [{ id: 'a', prefix: 'A' }, { id: 'b', prefix: 'B' }];
    const result = assignTicketPrefixes([{ id: 'a' }, { id: 'b' }, { id: 'c', ticketPrefix: 'A' }], previous);
    expect(result.map((p) => [p.agency, p.prefix])).toEqual([['a', 'C'], ['b', 'B'], ['c', 'A']]);
  });

  it('rejects the same explicit prefix on two agencies', () => {
    expect(() => assignTicketPrefixes([{ id: 'a', ticketPrefix: 'X' }, { id: 'b', ticketPrefix: 'X' }])).toThrow(InputError);
  });
});

describe('previousPrefixes', () => {
  it('reads prefixes of a previous app-config.json and ignores malformed entries', () => {
    expect(previousPrefixes({ queue: { agencies: [{ id: 'a', prefix: 'C' }, { id: 3 }, null, 'x', { id: 'b', prefix: 'D' }] } })).toEqual([
      { id: 'a', prefix: 'C' },
      { id: 'b', prefix: 'D' },
    ]);
    expect(previousPrefixes(undefined)).toEqual([]);
    expect(previousPrefixes({ queue: { agencies: 'oops' } })).toEqual([]);
    expect(previousPrefixes('not an object')).toEqual([]);
  });
  it('a malformed previous prefix is not reused', () => {
    expect(assignTicketPrefixes([{ id: 'a' }], [{ id: 'a', prefix: 'a1' }])).toEqual([{ agency: 'a', prefix: 'A', fixed: false }]);
  });
});
