import { describe, expect, it } from 'vitest';
import { exportNovosga, planAppConfig } from '../../src/appconfig/index.js';
import { cut } from '../../src/appconfig/novosga.js';
import { allInputs, hostile, minimal } from './helpers.js';

type Row = Record<string, unknown>;
const parse = (files: Record<string, string>, name: string) => JSON.parse(files[`app/novosga/${name}.json`]) as Row[];

describe('NovoSGA seed', () => {
  it('maps agencies, services, prefixes and priority groups for the minimal fixture', () => {
    const region = minimal();
    const files = exportNovosga(region, planAppConfig(region), 'id');
    expect(parse(files, 'departamentos').map((d) => [d.id, d.nome])).toEqual([[1, 'Dinas Kependudukan dan Pencatatan Sipil'], [2, 'Samsat']]);
    expect(parse(files, 'servicos').map((s) => [s.id, s.nome, s.peso, s.ativo])).toEqual([[1, 'Perekaman KTP-el', 1, true], [2, 'Pembayaran Pajak Kendaraan Bermotor', 1, true]]);
    expect(parse(files, 'servicos-unidade').map((s) => [s.servico, s.departamento, s.sigla, s.tipo])).toEqual([[1, 1, 'A', 1], [2, 2, 'B', 1]]);
    expect(parse(files, 'locais')).toEqual([{ id: 1, nome: 'Loket' }]);
    expect(parse(files, 'prioridades').map((p) => [p.nome, p.peso])).toEqual([
      ['Umum', 0], ['Lanjut usia', 1], ['Penyandang disabilitas', 1], ['Ibu hamil', 1], ['Anak-anak', 1],
    ]);
  });

  it('keeps texts within NovoSGA column sizes for every input', () => {
    for (const region of [...allInputs().map(([, r]) => r), hostile()]) {
      const long = structuredClone(region);
      long.services[0].name = 'x'.repeat(300);
      const files = exportNovosga(long, planAppConfig(long), 'en');
      for (const s of parse(files, 'servicos')) {
        expect([...(s.nome as string)].length).toBeLessThanOrEqual(50);
        expect([...(s.descricao as string)].length).toBeLessThanOrEqual(250);
      }
      for (const d of parse(files, 'departamentos')) expect([...(d.nome as string)].length).toBeLessThanOrEqual(64);
      for (const s of parse(files, 'servicos-unidade')) expect((s.sigla as string).length).toBeLessThanOrEqual(3);
      for (const p of parse(files, 'prioridades')) expect([...(p.descricao as string)].length).toBeLessThanOrEqual(100);
    }
  });

  it('cut ends a shortened text with an ellipsis', () => {
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abc', 4)).toBe('abc');
  });
});
