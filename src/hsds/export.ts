import type { Service } from '../generated/region.types.js';
import type { CompletedRegion } from '../config/completed-region.js';
import { isEstimate, provenanceOf } from '../config/provenance.js';
import { openDays } from '../config/hours.js';
import type { AppConfig } from '../generated/app-config.types.js';
import { REGION_FIELDS } from '../config/schema-fields.js';
import { regionTitle } from '../config/region-title.js';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import { hsdsId } from './uuid.js';
import { formatOffset, provinceUtcOffset } from './timezone.js';

/** Open Referral HSDS 3.0 objects as plain data (fields per schemas/hsds/*.json). */
type Json = Record<string, unknown>;

const ICAL_DAY: Record<string, string> = {
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
};

export const HSDS_FILES = [
  'app/hsds/organizations.json',
  'app/hsds/services.json',
  'app/hsds/locations.json',
  'app/hsds/service_at_locations.json',
] as const;

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Opening segments of one day: open..close cut by the breaks, in order. */
function segments(open: string, close: string, breaks: ReadonlyArray<{ start: string; end: string }>): Array<[string, string]> {
  const sorted = [...breaks].sort((a, b) => a.start.localeCompare(b.start));
  const out: Array<[string, string]> = [];
  let from = open;
  for (const b of sorted) {
    if (b.start > from) out.push([from, b.start]);
    if (b.end > from) from = b.end;
  }
  if (close > from) out.push([from, close]);
  return out;
}

function serviceDescription(service: Service, lang: Lang): string {
  const parts: string[] = [];
  const s = service.standard ?? {};
  if (s.product) parts.push(`${t(lang, 'appconfig.hsds.product')}: ${s.product}`);
  if (s.completionTime) parts.push(`${t(lang, 'appconfig.hsds.completionTime')}: ${s.completionTime}`);
  return parts.length > 0 ? parts.join('. ') : service.name;
}

/**
 * The MPP as Open Referral HSDS 3.0 data, one JSON array per file:
 * - organizations.json: the organiser and every agency;
 * - services.json: every service with its cost_options (fee) and required_documents (requirements);
 * - locations.json: the MPP building with its weekly schedules (one per open stretch between breaks,
 *   times with the province's UTC offset when known; only hours the region gave: open data never
 *   publishes the kit's default hours as the MPP's) and phone;
 * - service_at_locations.json: every service at the MPP.
 * Ids are UUID v5 of `<region slug>/<kind>/<id>`, so a re-run gives the same ids.
 * Texts are in the region's document language.
 */
export function exportHsds(region: CompletedRegion, appConfig: AppConfig): Record<string, string> {
  const lang: Lang = region.lang ?? 'id';
  const slug = region.region.slug;
  const id = (kind: string, entity: string): string => hsdsId(slug, kind, entity);
  const organiserId = id('organization', '_organiser');
  const locationId = id('location', 'mpp');

  const organizations: Json[] = [
    {
      id: organiserId,
      name: region.mpp.organiser,
      description: t(lang, 'appconfig.hsds.organiserDescription', { mpp: region.mpp.name }),
      ...(region.mpp.contact?.email ? { email: region.mpp.contact.email } : {}),
      ...(region.mpp.contact?.website ? { website: region.mpp.contact.website } : {}),
    },
    ...region.agencies.map((agency) => ({
      id: id('organization', agency.id),
      name: agency.name,
      ...(agency.shortName ? { alternate_name: agency.shortName } : {}),
      description: t(lang, 'appconfig.hsds.agencyDescription', {
        kind: REGION_FIELDS.label('agencies[].kind', agency.kind)[lang],
        mpp: region.mpp.name,
      }),
    })),
  ];

  const catalogue = new Map(appConfig.catalogue.services.map((s) => [s.id, s]));
  const services: Json[] = region.services.map((service) => {
    const serviceId = id('service', service.id);
    const standard = service.standard ?? {};
    const fee = catalogue.get(service.id)?.fee;
    const costOptions: Json[] = [];
    if (fee && fee.kind !== 'not-set') {
      costOptions.push({
        id: id('cost_option', service.id),
        service_id: serviceId,
        option: t(lang, fee.kind === 'free' ? 'appconfig.hsds.feeFree' : 'appconfig.hsds.fee'),
        currency: 'IDR',
        ...(fee.amount !== undefined ? { amount: fee.amount } : {}),
        ...(fee.text || fee.note ? { amount_description: [fee.text, fee.note].filter(Boolean).join('; ') } : {}),
      });
    }
    return {
      id: serviceId,
      organization_id: id('organization', service.agency),
      name: service.name,
      description: serviceDescription(service, lang),
      status: 'active',
      ...(standard.procedure ? { application_process: standard.procedure.map((step, i) => `${i + 1}. ${step}`).join('\n') } : {}),
      ...(fee && fee.kind === 'free' ? { fees_description: t(lang, 'appconfig.hsds.feeFree') } : {}),
      ...(fee && fee.kind !== 'free' && fee.kind !== 'not-set'
        ? { fees_description: [fee.amount !== undefined ? `IDR ${fee.amount}` : '', fee.text ?? '', fee.note ?? ''].filter(Boolean).join('; ') }
        : {}),
      cost_options: costOptions,
      required_documents: (standard.requirements ?? []).map((document, i) => ({
        id: id('required_document', `${service.id}/${i + 1}`),
        service_id: serviceId,
        document,
      })),
    };
  });

  const offset = provinceUtcOffset(region.region.province);
  const zoned = (time: string): string => (offset === undefined ? time : `${time}${formatOffset(offset)}`);
  const givenHours = !isEstimate(provenanceOf(region, { mpp: 'openingHours' }));
  const schedules: Json[] = (givenHours ? openDays(region.mpp) : []).flatMap(({ day, schedule }) =>
    segments(schedule.open, schedule.close, schedule.breaks ?? []).map(([from, to]) => ({
      id: id('schedule', `mpp/${day}/${from}`),
      location_id: locationId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: ICAL_DAY[day],
      opens_at: zoned(from),
      closes_at: zoned(to),
      ...(offset === undefined ? {} : { timezone: offset }),
      description: `${t(lang, `appconfig.day.${day}`)} ${from}-${to}`,
    })),
  );
  const location: Json = {
    id: locationId,
    location_type: 'physical',
    organization_id: organiserId,
    name: region.mpp.name,
    description: [region.mpp.address, regionTitle(region.region), region.region.province].filter(Boolean).join(', '),
    ...(region.mpp.contact?.website ? { url: region.mpp.contact.website } : {}),
    phones: region.mpp.contact?.phone ? [{ id: id('phone', 'mpp'), location_id: locationId, number: region.mpp.contact.phone }] : [],
    schedules,
  };

  const serviceAtLocations: Json[] = region.services.map((service) => ({
    id: id('service_at_location', service.id),
    service_id: id('service', service.id),
    location_id: locationId,
  }));

  return {
    'app/hsds/organizations.json': json(organizations),
    'app/hsds/services.json': json(services),
    'app/hsds/locations.json': json([location]),
    'app/hsds/service_at_locations.json': json(serviceAtLocations),
  };
}
