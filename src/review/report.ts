import type { Review } from './types.js';
import type { RegionDiff } from './diff.js';
import { compareText } from './order.js';

/** One reviewed region with where it came from. */
export interface ReviewedRegion {
  /** The answers file as given on the command line (or inside the folder given). */
  file: string;
  /** The checklist used, when the input was a deployment folder with one. */
  checklist?: string;
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
    })),
    regions: ordered,
  };
}

/** Exit decision: any blocker, or a score under the minimum, fails. */
export function reportFails(regions: readonly ReviewedRegion[], minScore?: number): boolean {
  return regions.some((r) => r.review.counts.blocker > 0 || (minScore !== undefined && r.review.score < minScore));
}
