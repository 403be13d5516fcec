import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultReviewWeights, REVIEW_WEIGHTS_FILE } from '../../src/review/weights.js';
import { parseReviewWeights } from '../../src/review/weights-check.js';
import { CHECKS } from '../../src/review/checks.js';
import { CATEGORY_IDS } from '../../src/review/types.js';
import { root } from './helpers.js';

interface CatalogueItem {
  id: string;
  blocksLaunch: boolean;
  appliesWhen: unknown;
}

/** The facility or complaint channel whose absence makes a catalogue item apply. */
function missingThing(condition: unknown): string | undefined {
  if (typeof condition !== 'object' || condition === null) return undefined;
  const c = condition as Record<string, unknown>;
  if (typeof c.missingFacility === 'string') return c.missingFacility;
  if (c.missingComplaintChannel === 'sp4n-lapor') return 'sp4n-lapor';
  if (Array.isArray(c.allOf)) return c.allOf.map(missingThing).find((x) => x !== undefined);
  return undefined;
}

describe('review weights (data/review-weights.yaml)', () => {
  const weights = defaultReviewWeights();

  it('validates against its schema, with one entry per category and a rationale in id and en everywhere', () => {
    expect(weights.categories.map((c) => c.id).sort()).toEqual([...CATEGORY_IDS].sort());
    for (const entry of [...weights.categories, ...weights.checks]) {
      expect(entry.rationale.id.length).toBeGreaterThan(20);
      expect(entry.rationale.en.length).toBeGreaterThan(20);
    }
  });

  it('has code for every non-facility check, and every check in code is weighted', () => {
    const dataIds = weights.checks.filter((c) => !c.facility).map((c) => c.id).sort();
    expect(Object.keys(CHECKS).sort()).toEqual(dataIds);
  });

  it('uses severity blocker exactly where the checklist catalogue says the matching item blocks the launch', () => {
    const catalogue = parse(readFileSync(join(root, 'data/checklist-catalogue.yaml'), 'utf8')) as { items: CatalogueItem[] };
    let compared = 0;
    for (const check of weights.checks) {
      const thing = check.facility ?? check.id;
      const item = catalogue.items.find((i) => missingThing(i.appliesWhen) === thing) ?? catalogue.items.find((i) => check.id === 'skm' && i.id === 'skm-elektronik');
      if (!item) continue;
      compared++;
      expect({ check: check.id, blocker: check.severity === 'blocker' }).toEqual({ check: check.id, blocker: item.blocksLaunch });
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });

  it('refuses weights without a rationale or with a category twice', () => {
    const text = readFileSync(REVIEW_WEIGHTS_FILE, 'utf8');
    const data = parse(text) as { categories: Array<Record<string, unknown>> };
    const noRationale = structuredClone(data);
    delete noRationale.categories[0].rationale;
    expect(() => parseReviewWeights(JSON.stringify(noRationale))).toThrow(/rationale/);
    const twice = structuredClone(data);
    twice.categories[1].id = twice.categories[0].id;
    expect(() => parseReviewWeights(JSON.stringify(twice))).toThrow(/exactly once/);
  });
});
