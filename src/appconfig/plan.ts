import type { CompletedRegion } from '../config/completed-region.js';
import type { AppConfig } from '../generated/app-config.types.js';
import { planQueue } from './queue.js';
import { planCatalogue } from './catalogue.js';
import { planSurvey } from './survey.js';
import { planComplaintChannels } from './complaints.js';
import { planPledge } from './pledge.js';
import { jsonPieces } from '../render/json-parts.js';
import { TextParts } from '../render/text-parts.js';

/**
 * The application configuration of an MPP (app/app-config.json). Pure: the same answers (and the
 * same previous config) give the same object. `previous` keeps ticket prefixes stable.
 */
export function planAppConfig(region: CompletedRegion, previous?: AppConfig): AppConfig {
  return {
    schemaVersion: 1,
    region: {
      name: region.region.name,
      kind: region.region.kind,
      province: region.region.province,
      slug: region.region.slug,
    },
    mpp: { name: region.mpp.name, organiser: region.mpp.organiser, ...(region.mpp.address ? { address: region.mpp.address } : {}) },
    queue: planQueue(region, previous),
    catalogue: planCatalogue(region),
    survey: planSurvey(),
    complaints: { channels: planComplaintChannels(region) },
    pledge: planPledge(region),
  };
}

/** app/app-config.json text: JSON with 2-space indent and a final newline. */
export function serializeAppConfig(config: AppConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The same text in pieces (one per service, counter, ...), for a region too large for one string (see TextParts). */
export function serializeAppConfigParts(config: AppConfig): TextParts {
  return new TextParts(function* () {
    yield* jsonPieces(config);
    yield '\n';
  }, true);
}
