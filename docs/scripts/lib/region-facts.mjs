/**
 * What the gallery says about one example region, each fact read by ONE small function so that it
 * can follow the generator's outputs as they grow. Every function takes the same `facts` object:
 *   { answers, review, files }
 *   - answers: the example's answers file (examples/<slug>/mpp.yaml), parsed
 *   - review:  the region's entry of `mpp review --format json` (see deployment-run.mjs), or undefined
 *   - files:   the deployment's files, relative POSIX paths, sorted (see deployment-files.mjs)
 * A function returns undefined when the fact is not available; the page then says so instead of
 * guessing.
 */

/** The readiness score 0-100 that `mpp review` computes (an estimate by mpp-kit, not an official grade). */
export function readinessScore({ review }) {
  const score = review?.score;
  return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
}

/**
 * The share of the figures counter sizing rests on that are not the region's own: each agency's
 * planned counters and each service's visitors per day and handling minutes. The generator completes
 * what the region did not give and records where every figure came from; the review counts the
 * figures that are estimated or kit defaults (`figures.estimates` of `mpp review --format json`).
 * Returns { estimated, total, share } (share 0-1), or undefined without a review or without figures.
 */
export function estimatedShare({ review }) {
  const figures = review?.figures;
  const estimates = figures?.estimates;
  const counts = [figures?.agencies, figures?.services, estimates?.handlingMinutes, estimates?.visitorsPerDay, estimates?.plannedCounters];
  if (!counts.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const total = figures.agencies + 2 * figures.services;
  const estimated = estimates.plannedCounters + estimates.handlingMinutes + estimates.visitorsPerDay;
  return total === 0 ? undefined : { estimated, total, share: estimated / total };
}

/** Agencies, services, counters planned and counters needed (Erlang C), from the review, else from the answers. */
export function keyFigures({ answers, review }) {
  const figures = review?.figures ?? {};
  const agencies = asArray(answers?.agencies);
  const services = asArray(answers?.services);
  const plannedFromAnswers =
    asArray(answers?.counters).length > 0
      ? asArray(answers.counters).length
      : agencies.reduce((sum, agency) => sum + (Number(agency?.plannedCounters) || 0), 0);
  const number = (value, fallback) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
  return {
    agencies: number(figures.agencies, agencies.length),
    services: number(figures.services, services.length),
    plannedCounters: number(figures.plannedCounters, plannedFromAnswers),
    neededCounters: number(figures.neededCounters, undefined),
  };
}

/**
 * { status: 'planned' | 'launched', date?: 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' } from the answers (the
 * schema's default is planned; `operating` and its synonym `launched` read as launched).
 */
export function launchStatus({ answers }) {
  const mpp = answers?.mpp ?? {};
  const status = mpp.launchStatus === 'launched' || mpp.launchStatus === 'operating' ? 'launched' : 'planned';
  const date = typeof mpp.launchDate === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(mpp.launchDate) ? mpp.launchDate : undefined;
  return date ? { status, date } : { status };
}

/** Floor plans: layout/floorplan-*.svg. */
export function floorPlanFiles({ files }) {
  return asArray(files).filter((path) => /^layout\/floorplan-[^/]*\.svg$/i.test(path));
}

/**
 * The simulated day, when the deployment has one: its Markdown report (layout/simulasi*.md or
 * layout/simulation*.md) and its charts (every other SVG under layout/, that is not a floor plan).
 * Returns { reports, charts } (both possibly empty).
 */
export function simulationFiles({ files }) {
  const plans = new Set(floorPlanFiles({ files }));
  const layout = asArray(files).filter((path) => path.startsWith('layout/'));
  return {
    reports: layout.filter((path) => /^layout\/(simulasi|simulation)[^/]*\.md$/i.test(path)),
    charts: layout.filter((path) => /\.svg$/i.test(path) && !plans.has(path)),
  };
}

/** The dashboard page, when the deployment has one: the shallowest file named dashboard.html. */
export function dashboardFile({ files }) {
  const found = asArray(files).filter((path) => /(^|\/)dashboard\.html$/i.test(path));
  found.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  return found[0];
}

function asArray(value) {
  return Array.isArray(value) ? value : [];
}
