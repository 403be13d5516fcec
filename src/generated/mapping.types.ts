/* Generated from schemas/pekppp-mapping.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Aturan kit untuk pra-penilaian PEKPPP dari jawaban dan daftar periksa (bukan angka resmi). (EN) The kit's rules for pre-assessing PEKPPP from the answers and the checklist (not official figures).
 */
export interface PekpppMapping {
  schemaVersion: 1;
  /**
   * @minItems 1
   */
  indicators: {
    /**
     * Nomor indikator PEKPPP. (EN) PEKPPP indicator number.
     */
    indicator: number;
    /**
     * Tingkat dasar dari jawaban; lihat src/instruments/derive.ts. (EN) Base level from the answers; see src/instruments/derive.ts.
     */
    derive?: 'standard-components';
    ladder?: {
      level: number;
      /**
       * @minItems 1
       */
      items: string[];
    }[];
    hints?: {
      items?: string[];
      /**
       * Items: Jenis sarana. (EN) Kind of facility.
       */
      facilities?: (
        | 'information-desk'
        | 'ticket-kiosk'
        | 'priority-counter'
        | 'lactation-room'
        | 'children-corner'
        | 'accessible-toilet'
        | 'wheelchair'
        | 'ramp'
        | 'guiding-block'
        | 'accessible-parking'
        | 'elevator'
        | 'complaint-desk'
        | 'prayer-room'
        | 'first-aid'
        | 'cctv'
        | 'self-service-kiosk'
        | 'waiting-area'
        | 'signage'
        | 'braille-information'
        | 'sign-language-service'
      )[];
      complaintChannels?: true;
      openingHours?: true;
      queue?: true;
      onlineServices?: true;
      sizing?: true;
    };
    rationale: {
      id: string;
      en: string;
    };
  }[];
}
