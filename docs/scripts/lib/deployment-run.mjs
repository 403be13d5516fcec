/**
 * The two places where the site asks mpp-kit for something: generate one example's deployment, and
 * review it. Both call the kit's compiled library in this process (the repository's dist/, built by
 * `npm run build`; the site package never depends on the generator package, nor the kit on the
 * site): the same functions `mpp new --answers` and `mpp review --format json` run, without starting
 * a process per example. A stand-in kit (tests) is any object with the same two methods.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The kit's compiled modules, beside this site in the repository. */
const DIST = new URL('../../../dist/src/', import.meta.url);

/** The command line `generate` is equivalent to (shown on a region's page). */
export function generatorArgs({ cli, answers, out, lang }) {
  return [cli, 'new', '--answers', answers, '--out', out, '--force', '--lang', lang];
}

async function importKit(path) {
  const url = new URL(path, DIST);
  if (!existsSync(fileURLToPath(url))) throw new Error(`mpp-kit is not built (${fileURLToPath(url)} is missing): run npm run build in the repository`);
  return import(url.href);
}

/** Collects what a kit function prints (the CLI's I/O, in memory). */
function memoryIo(cwd) {
  const io = { out: [], err: [] };
  return { io, cwd, stdinIsTTY: false, out: (text) => io.out.push(text), err: (text) => io.err.push(text) };
}

/**
 * The kit in this process. `generate` validates the answers file and hands the region to the kit's
 * one writer (as `mpp new --answers FILE --out DIR --force` does); `review` runs the review command's
 * own function with its output in memory and resolves to the JSON report.
 */
export async function libraryKit() {
  const [{ loadAnswersFile }, { writeDeployment }, { formatIssue }, { main }] = await Promise.all([
    importKit('config/answers-file.js'),
    importKit('deployment/writer.js'),
    importKit('config/errors.js'),
    importKit('cli/main.js'),
  ]);
  return {
    async generate({ cwd, answers, out, lang }) {
      const region = loadAnswersFile(answers, { cwd, lang });
      if (!region.ok) throw new Error(`mpp-kit generator failed for ${answers} --lang ${lang}:\n${region.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
      await writeDeployment(region.value, { dir: out, lang, force: true });
    },
    async review({ cwd, dir }) {
      const io = memoryIo(cwd);
      const code = await main(['review', dir, '--format', 'json'], io);
      return { code, stdout: io.io.out.join(''), stderr: io.io.err.join('\n') };
    },
  };
}

/**
 * The readiness review of one deployment folder (`mpp review DIR --format json`): the whole report
 * (schemas/review.schema.json; the region's review is `regions[0].review`). Exit 1 only means the
 * review found blockers; exit 2 or output that is not the expected JSON rejects.
 */
export async function reviewDeployment(kit, { cwd, dir }) {
  const run = await kit.review({ cwd, dir });
  if (run.code !== 0 && run.code !== 1) throw new Error(`mpp-kit review failed (exit ${run.code}) for ${dir}:\n${run.stdout}${run.stderr}`);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch (error) {
    throw new Error(`mpp-kit review printed no JSON for ${dir}: ${error.message}\n${run.stdout.slice(0, 500)}`);
  }
  if (!regionReview(report)) throw new Error(`mpp-kit review JSON for ${dir} has no regions[0].review`);
  return report;
}

/** The review of the (only) region of a review report, or undefined. */
export function regionReview(report) {
  const review = report?.regions?.[0]?.review;
  return review && typeof review === 'object' ? review : undefined;
}
