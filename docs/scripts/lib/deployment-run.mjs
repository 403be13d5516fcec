/**
 * The two places where the site asks mpp-kit for something. Both run the real CLI as a child process
 * (the site package does not import the generator package); each is one function so that either can
 * later become an in-process library call without touching the pages.
 */
import { spawn } from 'node:child_process';

/** The command line that generates one example's deployment, in one language. */
export function generatorArgs({ cli, answers, out, lang }) {
  return [cli, 'new', '--answers', answers, '--out', out, '--force', '--lang', lang];
}

/** The generation step: writes the deployment of `answers` into `out`; rejects with the CLI's output when it fails. */
export async function generateDeployment({ cli, cwd, answers, out, lang }) {
  const run = await runNode(generatorArgs({ cli, answers, out, lang }), cwd);
  if (run.error) throw new Error(`mpp-kit generator could not start for ${answers}: ${run.error.message}`);
  if (run.code !== 0) throw new Error(`mpp-kit generator failed (exit ${run.code}) for ${answers} --lang ${lang}:\n${run.stdout}${run.stderr}`);
}

/**
 * The readiness review of one deployment folder (`mpp review DIR --format json`): the whole report
 * (schemas/review.schema.json; the region's review is `regions[0].review`). Exit 1 only means the
 * review found blockers; exit 2 or output that is not the expected JSON rejects.
 */
export async function reviewDeployment({ cli, cwd, dir }) {
  const run = await runNode([cli, 'review', dir, '--format', 'json'], cwd);
  if (run.error) throw new Error(`mpp-kit review could not start for ${dir}: ${run.error.message}`);
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

/** Runs tasks (functions returning promises) with at most `limit` at a time; rejects on the first failure. */
export async function runLimited(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

function runNode(args, cwd) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolvePromise({ error, code: null, stdout, stderr }));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
