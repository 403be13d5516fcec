import { describe, expect, it } from 'vitest';
import { format, t } from '../../src/i18n/catalogue.js';

/** The placeholder filling as first written: one regular-expression replace per call. */
const byReplace = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));

describe('format', () => {
  const cases: Array<[string, Record<string, string | number>]> = [
    ['{a} dan {b}', { a: 1, b: 'dua' }],
    ['tanpa tempat', { a: 1 }],
    ['{a}{a}{b}', { a: 'x', b: 0 }],
    ['{{a}} {missing} {a', { a: '$& $1 $$' }],
    ['{toString} {constructor} {__proto__}', { a: 1 }],
    ['', { a: 1 }],
    ['{a-b} {a_b} {é}', { a_b: 'ok' }],
    ['{x}', { x: '{y}', y: 'never' }],
  ];
  it.each(cases)('fills %j as a replace would', (template, params) => {
    expect(format(template, params)).toBe(byReplace(template, params));
  });

  it('fills the same template again with other values (the template is cut once)', () => {
    expect(format('{n} layanan', { n: 1 })).toBe('1 layanan');
    expect(format('{n} layanan', { n: 152 })).toBe('152 layanan');
    expect(format('{n} layanan')).toBe('{n} layanan');
  });

  it('fills catalogue messages in both languages', () => {
    expect(t('id', 'answers.list.agencies')).toBe('instansi');
    expect(t('en', 'upgrade.noDeployment', { dir: 'x/y' })).toContain('x/y');
  });
});
