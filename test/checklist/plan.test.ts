import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planChecklist } from '../../src/checklist/plan.js';
import { checklistValidators } from '../../src/checklist/schemas.js';
import { STANDARD_COMPONENTS, missingComponents } from '../../src/checklist/components.js';
import { addDays, dueDate, isIsoDate } from '../../src/checklist/dates.js';
import { checklistSummaryLines, summarizeChecklist } from '../../src/checklist/summary.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { HOSTILE_NAMES, hostileRegion, minimalRegion, readYaml, root } from './helpers.js';
import { done } from '../helpers/complete.js';

function ids(region: RegionAnswers): string[] {
  return planChecklist(done(region)).items.map((i) => i.id);
}

describe('Standar Pelayanan components', () => {
  it('lists 14 components, 6 delivery then 8 management, matching the region and checklist schemas', () => {
    expect(STANDARD_COMPONENTS).toHaveLength(14);
    expect(STANDARD_COMPONENTS.filter((c) => c.group === 'delivery')).toHaveLength(6);
    expect(STANDARD_COMPONENTS.slice(0, 6).every((c) => c.group === 'delivery')).toBe(true);
    const keys = STANDARD_COMPONENTS.map((c) => c.key);
    const regionSchema = readYaml<{ $defs: { standard: { properties: Record<string, unknown> } } }>('schemas/region.schema.json');
    expect([...keys].sort()).toEqual(Object.keys(regionSchema.$defs.standard.properties).sort());
    const checklistSchema = readYaml<{ $defs: { componentKey: { enum: string[] } } }>('schemas/checklist.schema.json');
    expect(checklistSchema.$defs.componentKey.enum).toEqual(keys);
  });

  it('reports what a service does not give, counting a free fee as given', () => {
    const region = minimalRegion();
    const ktp = region.services.find((s) => s.id === 'ktp-el')!;
    const missing = missingComponents(ktp);
    expect(missing).not.toContain('requirements');
    expect(missing).not.toContain('fee');
    expect(missing).toHaveLength(12);
    expect(missingComponents({})).toHaveLength(14);
    expect(missingComponents({ standard: { requirements: ['  '], staffCount: 0 } })).not.toContain('staffCount');
    expect(missingComponents({ standard: { requirements: ['  '] } })).toContain('requirements');
  });
});

describe('dates', () => {
  it('does calendar arithmetic across months, leap days and years', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(dueDate('2027-03-01', 40)).toBe('2026-05-25');
    expect(dueDate('2027-03-01', -26)).toBe('2027-08-30');
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(() => addDays('1 March 2027', 1)).toThrow();
  });
});

describe('planChecklist on the minimal fixture', () => {
  const region = minimalRegion();
  const checklist = planChecklist(region);
  const byId = new Map(checklist.items.map((i) => [i.id, i]));

  it('validates against schemas/checklist.schema.json and is deterministic', () => {
    const { checklist: validate } = checklistValidators();
    expect(validate(checklist), JSON.stringify(validate.errors)).toBe(true);
    expect(planChecklist(minimalRegion())).toEqual(checklist);
    expect(new Set(checklist.items.map((i) => i.id)).size).toBe(checklist.items.length);
  });

  it('has one MoU item per agency outside the regional government, named, and puts the OPD in the regulation', () => {
    const mou = checklist.items.filter((i) => i.id.startsWith('mou-instansi/'));
    expect(mou.map((i) => i.id)).toEqual(['mou-instansi/samsat']);
    expect(mou[0].title.en).toContain('Samsat');
    expect(mou[0].subject).toEqual({ kind: 'agency', id: 'samsat', name: 'Samsat' });
    expect(mou[0].ownerRole.id).toContain('DPMPTSP Kabupaten Contoh');
    expect(mou[0].legalBasis.map((c) => c.citation)).toContain('Nota Kesepahaman nasional MPP (28 Juni 2022)');
    // Dukcapil is a regional office: no MoU with its own regent, it joins through the regulation.
    expect(byId.has('mou-instansi/dukcapil')).toBe(false);
    expect(byId.has('opd-dalam-perkada')).toBe(true);
  });

  it('never makes an agreement between the organiser and itself, and gives BUMD and private providers a PKS', () => {
    const region = readYaml<RegionAnswers>('test/fixtures/minimal.yaml');
    region.agencies.push(
      { id: 'org', name: 'DPMPTSP Kabupaten Contoh', kind: 'swasta', plannedCounters: 1 },
      { id: 'pdam', name: 'Perumda Air Minum', kind: 'bumd', plannedCounters: 1 },
    );
    region.services.push(
      { id: 'org-info', agency: 'org', name: 'Informasi', visitorsPerDay: 5, handlingMinutes: 5 },
      { id: 'air', agency: 'pdam', name: 'Sambungan baru', visitorsPerDay: 5, handlingMinutes: 5 },
    );
    const list = ids(region);
    expect(list).toContain('pks-instansi/pdam');
    expect(list.filter((id) => id.endsWith('/org') && /^(mou|pks)-/.test(id))).toEqual([]);
  });

  it('has one Standar Pelayanan item per agency listing the missing components per service', () => {
    const dukcapil = byId.get('standar-pelayanan-instansi/dukcapil')!;
    expect(dukcapil.gaps).toEqual([{ service: 'ktp-el', serviceName: 'Perekaman KTP-el', missing: missingComponents(region.services[0]) }]);
    expect(dukcapil.explanation.id).toMatch(/^1 layanan/);
    expect(byId.get('standar-pelayanan-instansi/samsat')?.gaps?.[0].missing).toHaveLength(14);
  });

  it('adds accessibility items for missing facilities only', () => {
    expect(byId.has('sarana-ram')).toBe(false); // ramp is in the answers
    expect(byId.has('sarana-meja-informasi')).toBe(false); // information-desk too
    expect(byId.has('sarana-toilet-difabel')).toBe(true);
    expect(byId.has('sarana-loket-prioritas')).toBe(true);
    expect(byId.has('sarana-lift')).toBe(false); // one floor only
    const twoFloors = minimalRegion();
    twoFloors.mpp.floors.push({ id: 'lt2', name: 'Lantai 2', level: 2, width: 30, depth: 20 });
    expect(ids(twoFloors)).toContain('sarana-lift');
    const complete = minimalRegion();
    complete.facilities = ['ramp', 'accessible-toilet', 'priority-counter'];
    expect(ids(complete)).not.toContain('sarana-toilet-difabel');
  });

  it('adds licensing items only when licensing services exist', () => {
    expect(byId.has('oss-perizinan')).toBe(false);
    const licensing = minimalRegion();
    licensing.services[1].category = 'perizinan';
    const item = planChecklist(licensing).items.find((i) => i.id === 'oss-perizinan');
    expect(item?.legalBasis.map((c) => c.citation)).toEqual(['PP 28/2025']);
  });

  it('asks for SP4N-LAPOR! only when the channel is missing, and for non-OPD coordination when such agencies exist', () => {
    expect(byId.has('sp4n-lapor')).toBe(false);
    expect(byId.has('instansi-pusat-bumn')).toBe(true); // samsat is instansi-vertikal
    const noLapor = minimalRegion();
    noLapor.mpp.complaintChannels = [{ kind: 'desk' }];
    noLapor.agencies[1].kind = 'opd';
    const list = ids(noLapor);
    expect(list).toContain('sp4n-lapor');
    expect(list).not.toContain('instansi-pusat-bumn');
  });

  it('computes due dates from the launch date, and leaves them out without one', () => {
    expect(checklist.launchDate).toBe('2027-03-01');
    expect(byId.get('tim-kerja')?.dueDate).toBe('2026-05-25');
    expect(byId.get('peresmian')?.dueDate).toBe('2027-03-01');
    const undated = minimalRegion();
    delete undated.mpp.launchDate;
    const plan = planChecklist(undated);
    expect(plan.launchDate).toBeUndefined();
    expect(plan.items.every((i) => i.dueDate === undefined)).toBe(true);
  });

  it('cites every rule with number, year and a status that is never replaced', () => {
    for (const item of checklist.items) {
      for (const c of item.legalBasis) {
        expect(c.citation).toMatch(c.rule === 'mou-mpp-2022' ? /28 Juni 2022/ : / \S+\/\d{4}$/);
        expect(['in-force', 'to-confirm']).toContain(c.status);
      }
    }
    const ombudsman = byId.get('opini-ombudsman')!.legalBasis.map((c) => c.citation);
    expect(ombudsman).toContain('Peraturan Ombudsman 61/2025');
    expect(ombudsman).not.toContain('Peraturan Ombudsman 17/2015');
    // KepmenPANRB 11/2018 chose the 2018 locations: an example of history, never the building's basis.
    const building = byId.get('gedung')!;
    expect(building.legalBasis.map((c) => c.rule)).not.toContain('kepmenpanrb-11-2018');
    expect(building.examples?.map((c) => c.rule)).toContain('kepmenpanrb-11-2018');
  });

  it('has the items regions are evaluated on, each with a basis and the evidence asked', () => {
    for (const id of ['sop-layanan', 'forum-konsultasi-publik', 'pengelolaan-pengaduan', 'sarana-ruang-laktasi', 'publikasi-standar-pelayanan', 'tindak-lanjut-skm', 'kode-etik-budaya-pelayanan', 'kebijakan-kompensasi', 'pengawasan-internal']) {
      const item = byId.get(id);
      expect(item, id).toBeDefined();
      expect(item!.legalBasis.length, id).toBeGreaterThan(0);
      expect(item!.evidence.id.length, id).toBeGreaterThan(10);
    }
    expect(byId.get('forum-konsultasi-publik')!.legalBasis.map((c) => c.citation)).toContain('PermenPANRB 16/2017');
    expect(byId.get('pengelolaan-pengaduan')!.legalBasis.map((c) => c.citation)).toContain('Perpres 76/2013');
    expect(byId.get('sarana-ruang-laktasi')!.legalBasis.map((c) => c.citation)).toContain('Permenkes 15/2013');
    expect(byId.get('sipp')!.title.id).toContain('SIPPN');
    expect(byId.get('publikasi-standar-pelayanan')!.title.id).toContain('SIPPN');
  });

  it('keeps phase order and summarizes', () => {
    const phaseOrder = checklist.phases.map((p) => p.id);
    const positions = checklist.items.map((i) => phaseOrder.indexOf(i.phase));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const summary = summarizeChecklist(checklist);
    expect(summary.total).toBe(checklist.items.length);
    expect(summary.applicable).toBe(checklist.items.length);
    expect(summary.done).toBe(0);
    expect(summary.blockingOpen).toBe(checklist.items.filter((i) => i.blocksLaunch).length);
    expect(summary.verified).toBe(0);
    expect(summary.perPhase).toHaveLength(8);
    expect(summary.perPhase.reduce((n, p) => n + p.total, 0)).toBe(summary.total);
    const lines = checklistSummaryLines(summary, 'id');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(`${summary.applicable} butir berlaku, 0 selesai, ${summary.blockingOpen} butir wajib sebelum peluncuran masih terbuka.`);
    expect(checklistSummaryLines(summary, 'en')[1]).toMatch(/^Institutions and regulation: 0\/4 done, 4 blocking open$/);
  });
});

describe('planChecklist on hostile names', () => {
  it('keeps names as plain data in the structure', () => {
    const checklist = planChecklist(hostileRegion());
    const { checklist: validate } = checklistValidators();
    expect(validate(checklist), JSON.stringify(validate.errors)).toBe(true);
    const gaps = checklist.items.filter((i) => i.id.startsWith('standar-pelayanan-instansi/'));
    expect(gaps.map((i) => i.subject?.name)).toEqual(HOSTILE_NAMES);
    // A name containing `{count}`-like braces is inserted once, not re-expanded.
    expect(gaps[0].title.id).toContain('Dinas {A}');
    expect(checklist.items.some((i) => i.id === 'oss-perizinan')).toBe(true);
  });
});

describe('planChecklist on the examples', () => {
  const dir = join(root, 'examples');
  const examples = existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, name, 'mpp.yaml'))) : [];

  it('finds the examples', () => {
    expect(examples).toContain('badung');
  });

  for (const name of examples) {
    it(`${name}: names its own agencies in MoU items and its missing components`, () => {
      const region = done(readYaml<RegionAnswers>(`examples/${name}/mpp.yaml`));
      const checklist = planChecklist(region);
      const { checklist: validate } = checklistValidators();
      expect(validate(checklist), JSON.stringify(validate.errors)).toBe(true);
      const agreements = (prefix: string) => checklist.items.filter((i) => i.id.startsWith(prefix)).map((i) => i.subject?.name);
      const named = (kinds: string[]) => region.agencies.filter((a) => kinds.includes(a.kind)).map((a) => a.name);
      expect(agreements('mou-instansi/')).toEqual(named(['instansi-vertikal', 'bumn']));
      expect(agreements('pks-instansi/')).toEqual(named(['bumd', 'swasta']));
      for (const agency of region.agencies) {
        const services = region.services.filter((s) => s.agency === agency.id && missingComponents(s).length > 0);
        const item = checklist.items.find((i) => i.id === `standar-pelayanan-instansi/${agency.id}`);
        if (services.length === 0) expect(item).toBeUndefined();
        else expect(item?.gaps?.map((g) => g.service)).toEqual(services.map((s) => s.id));
      }
    });
  }
});
