import { REGION_FIELDS } from './schema-fields.js';

/**
 * `Kabupaten Badung`, `Kota Denpasar`: a region's official title, its kind's Indonesian label (the
 * schema's `region.kind` values, labelled in the message catalogue) before its name, in any language.
 */
export function regionTitle(region: { kind: string; name: string }): string {
  return `${REGION_FIELDS.label('region.kind', region.kind).id} ${region.name}`;
}
