import type { Service, Standard } from '../generated/region.types.js';
import type { Localized } from '../i18n/types.js';

/** A key of the 14 Standar Pelayanan components, as named in the answers' `standard`. */
export type ComponentKey = keyof Standard;

/** Service delivery (6 components) or service management (8 components), per PermenPANRB 15/2014. */
export type ComponentGroup = 'delivery' | 'management';

export interface StandardComponent {
  key: ComponentKey;
  group: ComponentGroup;
  label: Localized;
}

/**
 * The 14 Standar Pelayanan components (UU 25/2009; PermenPANRB 15/2014), in the order of the
 * guideline: 6 for service delivery, then 8 for service management. The one list the kit uses.
 */
export const STANDARD_COMPONENTS: readonly StandardComponent[] = [
  { key: 'requirements', group: 'delivery', label: { id: 'Persyaratan', en: 'Requirements' } },
  { key: 'procedure', group: 'delivery', label: { id: 'Sistem, mekanisme dan prosedur', en: 'System, mechanism and procedure' } },
  { key: 'completionTime', group: 'delivery', label: { id: 'Jangka waktu penyelesaian', en: 'Completion time' } },
  { key: 'fee', group: 'delivery', label: { id: 'Biaya/tarif', en: 'Fee' } },
  { key: 'product', group: 'delivery', label: { id: 'Produk pelayanan', en: 'Service product' } },
  { key: 'complaints', group: 'delivery', label: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints, suggestions and feedback' } },
  { key: 'legalBasis', group: 'management', label: { id: 'Dasar hukum', en: 'Legal basis' } },
  { key: 'facilities', group: 'management', label: { id: 'Sarana dan prasarana, dan/atau fasilitas', en: 'Facilities and infrastructure' } },
  { key: 'staffCompetence', group: 'management', label: { id: 'Kompetensi pelaksana', en: 'Staff competence' } },
  { key: 'internalSupervision', group: 'management', label: { id: 'Pengawasan internal', en: 'Internal supervision' } },
  { key: 'staffCount', group: 'management', label: { id: 'Jumlah pelaksana', en: 'Number of staff' } },
  { key: 'serviceGuarantee', group: 'management', label: { id: 'Jaminan pelayanan', en: 'Service guarantee' } },
  { key: 'securityGuarantee', group: 'management', label: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Security and safety guarantee' } },
  { key: 'performanceEvaluation', group: 'management', label: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' } },
];

/** Compile-time proof that the list covers every key of `Standard` (a new schema key breaks the build). */
const COVERAGE: Record<ComponentKey, true> = {
  requirements: true, procedure: true, completionTime: true, fee: true, product: true, complaints: true,
  legalBasis: true, facilities: true, staffCompetence: true, internalSupervision: true, staffCount: true,
  serviceGuarantee: true, securityGuarantee: true, performanceEvaluation: true,
};
void COVERAGE;

const BY_KEY = new Map(STANDARD_COMPONENTS.map((c) => [c.key, c]));

/** The component with this key. */
export function standardComponent(key: ComponentKey): StandardComponent {
  const component = BY_KEY.get(key);
  if (!component) throw new Error(`unknown Standar Pelayanan component: ${key}`);
  return component;
}

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(present);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(present);
  return true;
}

/**
 * The component keys a service's `standard` does not give yet, in STANDARD_COMPONENTS order.
 * A fee counts as given with an amount (0 = free) or a note; lists need one non-blank entry.
 */
export function missingComponents(service: Pick<Service, 'standard'>): ComponentKey[] {
  const standard = service.standard ?? {};
  return STANDARD_COMPONENTS.filter((c) => !present(standard[c.key])).map((c) => c.key);
}
