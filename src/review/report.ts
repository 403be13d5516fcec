import type { Review } from './types.js';
import type { RegionDiff } from './diff.js';
import { compareText } from './order.js';

/** One reviewed region with where it came from. */
export interface ReviewedRegion {
  /** The answers file as given on the command line (or inside the folder given). */
  file: string;
  /** The checklist used, when the input was a deployment folder with one. */
  checklist?: string;
  /** The deployment's dashboard.html, as a link relative to where the report is written. */
  dashboard?: string;
  review: Review;
}

export interface RankingRow {
  rank: number;
  file: string;
  name: string;
  kind: Review['region']['kind'];
  slug: string;
  score: number;
  blockers: number;
  majors: number;
  minors: number;
  stage: Review['stage'];
  launchDate?: string;
  /** PEKPPP estimate (an estimate, not an official score) and its grade, when one can be derived. */
  ipp?: number;
  grade?: string;
  /** Share of the index weight the estimate rests on (percent). */
  ippCoverage: number;
  /** Launch-blocking checklist items still open (deployment folders only). */
  blockingItems?: number;
  /** Share (percent) of the services whose demand figures are estimates. */
  estimatesShare: number;
  dashboard?: string;
}

/** The `mpp review` document (also the JSON output; schemas/review.schema.json). */
export interface ReviewReport {
  schemaVersion: 1;
  kind: 'review';
  ranking: RankingRow[];
  /** Per-region detail, in ranking order. */
  regions: ReviewedRegion[];
}

export interface DiffReport {
  schemaVersion: 1;
  kind: 'diff';
  old: ReviewedRegion;
  new: ReviewedRegion;
  diff: RegionDiff;
}

/** Ranks regions by score (high first), then name, then file: a stable national overview. */
export function buildReport(regions: readonly ReviewedRegion[]): ReviewReport {
  const ordered = [...regions].sort(
    (a, b) => b.review.score - a.review.score || compareText(a.review.region.name, b.review.region.name) || compareText(a.file, b.file),
  );
  return {
    schemaVersion: 1,
    kind: 'review',
    ranking: ordered.map((r, index) => ({
      rank: index + 1,
      file: r.file,
      name: r.review.region.name,
      kind: r.review.region.kind,
      slug: r.review.region.slug,
      score: r.review.score,
      blockers: r.review.counts.blocker,
      majors: r.review.counts.major,
      minors: r.review.counts.minor,
      stage: r.review.stage,
      ...(r.review.region.launchDate ? { launchDate: r.review.region.launchDate } : {}),
      ...(r.review.pekppp.self.index !== undefined ? { ipp: r.review.pekppp.self.index } : {}),
      ...(r.review.pekppp.self.grade ? { grade: r.review.pekppp.self.grade } : {}),
      ippCoverage: r.review.pekppp.self.coverage,
      ...(r.review.checklist ? { blockingItems: r.review.checklist.blockingOpen } : {}),
      estimatesShare: r.review.figures.estimatesShare,
      ...(r.dashboard ? { dashboard: r.dashboard } : {}),
    })),
    regions: ordered,
  };
}

/** Exit decision: any blocker, or a score under the minimum, fails. */
export function reportFails(regions: readonly ReviewedRegion[], minScore?: number): boolean {
  return regions.some((r) => r.review.counts.blocker > 0 || (minScore !== undefined && r.review.score < minScore));
}
