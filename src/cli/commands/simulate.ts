import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import type { ValidRegion } from '../../config/valid-region.js';
import { completeRegion } from '../../complete/complete.js';
import { loadAnswersFile } from '../../config/answers-file.js';
import { simulatedDay, simulateRegion } from '../../simulation/files.js';
import { renderSimulation } from '../../simulation/render.js';
import { readSimulation } from '../../simulation/reading.js';
import { MAX_REPLICATIONS, DEFAULT_REPLICATIONS, DEFAULT_SEED } from '../../simulation/constants.js';
import type { WhatIf } from '../../simulation/what-if.js';
import { EXIT, printIssues, type Io } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const simulateHelp = {
  id: [
    'mpp simulate FOLDER|mpp.yaml [--replications N] [--seed N] [--what-if instansi=+1]... [--out FOLDER-HASIL] [--force] [--lang id|en]',
    '  Mensimulasikan hari pelayanan (antrean per jam, waktu tunggu, utilisasi loket, pengunjung yang pulang).',
    '  Tanpa --out hanya mencetak bacaan singkat; dengan --out menulis simulasi.md dan grafik SVG. Benih yang sama',
    '  memberi berkas yang sama. --what-if menambah (+N) atau mengurangi (-N) loket instansi atau instansi.kelompok.',
  ].join('\n'),
  en: [
    'mpp simulate FOLDER|mpp.yaml [--replications N] [--seed N] [--what-if agency=+1]... [--out RESULT-FOLDER] [--force] [--lang id|en]',
    '  Simulates the service day (queues per hour, waits, counter utilisation, visitors left unserved).',
    '  Without --out it prints the plain reading; with --out it writes simulasi.md and SVG charts. The same seed',
    '  gives the same files. --what-if adds (+N) or removes (-N) counters of an agency or agency.group.',
  ].join('\n'),
};

function inputError(path: string, code: string, message: string): InputError {
  return new InputError([{ path, code, message }]);
}

function wholeNumber(text: string | undefined, option: string, fallback: number, min: number, max: number, lang: Lang): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw inputError(option, 'bad-number', t(lang, 'sim.cli.badNumber', { option, min, max }));
  }
  return value;
}

/** `agency=+1`, `agency=-2`, `agency.group=+1`, checked against the region. */
export function parseWhatIf(values: readonly string[], region: Pick<ValidRegion, 'agencies'>, lang: Lang): WhatIf[] {
  return values.map((value) => {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z0-9]+(?:-[a-z0-9]+)*))?=([+-]\d{1,3})$/.exec(value.trim());
    if (!match) throw inputError('--what-if', 'bad-what-if', t(lang, 'sim.cli.badWhatIf', { value }));
    const [, id, group, delta] = match;
    const agency = region.agencies.find((a) => a.id === id);
    if (!agency) throw inputError('--what-if', 'unknown-agency', t(lang, 'sim.cli.unknownAgency', { id, known: region.agencies.map((a) => a.id).join(', ') }));
    if (group !== undefined && !agency.counterGroups?.some((g) => g.id === group)) throw inputError('--what-if', 'unknown-group', t(lang, 'sim.cli.unknownGroup', { id, group }));
    return { agency: id, ...(group !== undefined ? { group } : {}), delta: Number(delta) };
  });
}

/** `mpp simulate`: a simulated day of a deployment (or answers file), printed or written to --out. No Yeoman on this path. */
export async function simulateCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { replications: { type: 'string' }, seed: { type: 'string' }, 'what-if': { type: 'string', multiple: true }, out: { type: 'string' }, force: { type: 'boolean' } },
    lang,
  );
  const useLang = (values.lang as Lang | undefined) ?? lang;
  if (positionals.length !== 1) throw inputError('', 'missing-argument', t(useLang, 'cli.missingArgument', { detail: 'FOLDER|mpp.yaml' }));
  const replications = wholeNumber(values.replications as string | undefined, '--replications', DEFAULT_REPLICATIONS, 1, MAX_REPLICATIONS, useLang);
  const seed = wholeNumber(values.seed as string | undefined, '--seed', DEFAULT_SEED, 0, 2 ** 32 - 1, useLang);
  const target = resolve(io.cwd, positionals[0]);
  const file = existsSync(target) && statSync(target).isDirectory() ? join(positionals[0], 'mpp.yaml') : positionals[0];
  const loaded = loadAnswersFile(file, { cwd: io.cwd, lang: useLang });
  if (!loaded.ok) {
    printIssues(io, useLang, loaded.issues, file);
    io.err(t(useLang, 'cli.nothingWritten'));
    return EXIT.input;
  }
  const answers = loaded.value;
  const whatIf = parseWhatIf((values['what-if'] as string[] | undefined) ?? [], answers, useLang);
  const docLang = answers.lang ?? useLang;
  // The figures the region did not give are completed once, as a deployment build does.
  const region = completeRegion(answers, undefined, docLang);
  // The plan's seats are the deployment's (sized by its default simulated day); a run with the same
  // options is that day itself, any other run is simulated against those seats.
  const base = simulatedDay(region);
  const layout = base.layout;
  const same = whatIf.length === 0 && seed === DEFAULT_SEED && base.result?.replications === replications;
  const { model, result } = same && base.result ? { model: base.model, result: base.result } : simulateRegion(region, layout, { replications, seed, whatIf });
  const visitors = result.days.reduce((s, d) => s + d.building.visitors, 0) / result.days.length;
  const lost = result.days.reduce((s, d) => s + d.building.turnedAway + d.building.unservedAtClose, 0) / result.days.length;
  io.out(
    t(useLang, 'sim.cli.summary', {
      mpp: region.mpp.name,
      replications,
      seed,
      visitors: Math.round(visitors),
      lost: Math.round(lost * 10) / 10,
      seats: model.seats.building,
      people: Math.max(...result.days.map((d) => d.building.peopleP95)),
    }),
  );
  for (const finding of readSimulation(model, result, useLang)) io.out(`${finding.severity === 'warning' ? '!' : '-'} ${t(useLang, finding.key, finding.params)}`);
  const out = values.out as string | undefined;
  if (out === undefined) return EXIT.ok;
  const folder = resolve(io.cwd, out);
  const files = renderSimulation(model, result, layout, docLang);
  const clashes = Object.entries(files).filter(([name, content]) => existsSync(join(folder, name)) && readFileSync(join(folder, name), 'utf8') !== content);
  if (clashes.length > 0 && values.force !== true) {
    throw new InputError(clashes.map(([name]) => ({ path: '--out', code: 'out-exists', message: t(useLang, 'sim.cli.outExists', { file: join(out, name) }) })));
  }
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  io.err(t(useLang, 'sim.cli.written', { count: Object.keys(files).length, folder: out }));
  return EXIT.ok;
}
