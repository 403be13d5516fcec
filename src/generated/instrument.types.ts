/* Generated from schemas/instrument.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Instrumen penilaian resmi sebagai data (data/instruments/): setiap angka menyebut sumbernya (`source`), dan `toConfirm: true` menandai yang belum pasti. (EN) An official evaluation instrument as data (data/instruments/): every figure names its `source`, and `toConfirm: true` marks what is not settled.
 */
export type Instrument = {
  schemaVersion: 1;
  id: 'pekppp' | 'ombudsman' | 'kemenpanrb-mpp';
};
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "slug".
 */
export type Slug = string;
/**
 * Pengenal sumber dari daftar `sources` berkas ini; wajib untuk setiap angka. (EN) Source ids from this file's `sources`; required for every figure.
 *
 * @minItems 1
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "sourceRefs".
 */
export type SourceRefs = Slug[];
/**
 * Belum pasti menurut sumber (satu sumber saja, atau bukan lampiran resmi). (EN) Not settled by the sources (one source only, or not the official annex).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "toConfirm".
 */
export type ToConfirm = boolean;
/**
 * @minItems 1
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "sources".
 */
export type Sources = Source[];
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "notes".
 */
export type Notes = Note[];
/**
 * Pengenal peraturan dari data/rules.yaml. (EN) Rule ids from data/rules.yaml.
 *
 * @minItems 1
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "ruleRefs".
 */
export type RuleRefs = Slug[];

/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "localized".
 */
export interface Localized {
  id: string;
  en: string;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  id: Slug;
  title: string;
  where: string;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "note".
 */
export interface Note {
  text: Localized;
  source: SourceRefs;
  toConfirm?: ToConfirm;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "weighted".
 */
export interface Weighted {
  id: Slug;
  /**
   * Bobot dalam persen. (EN) Weight in percent.
   */
  weight: number;
  source: SourceRefs;
  toConfirm?: ToConfirm;
  title: Localized;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "pekppp".
 */
export interface PekpppInstrument {
  schemaVersion: 1;
  id: 'pekppp';
  title: Localized;
  basis: RuleRefs;
  scale: {
    min: 0;
    max: 5;
  };
  notes?: Notes;
  sources: Sources;
  /**
   * @minItems 1
   */
  aspects: {
    id: Slug;
    no: string;
    /**
     * Bobot aspek dalam indeks, persen. (EN) The aspect's weight in the index, percent.
     */
    weight: number;
    source: SourceRefs;
    toConfirm?: ToConfirm;
    title: Localized;
  }[];
  /**
   * @minItems 1
   */
  indicators: {
    no: number;
    aspect: Slug;
    /**
     * Bobot indikator dalam aspeknya, persen. (EN) The indicator's weight within its aspect, percent.
     */
    weight: number;
    source: SourceRefs;
    toConfirm?: ToConfirm;
    title: Localized;
    /**
     * Teks tingkat 0 sampai 5; tidak ada bila sumber tidak memuatnya. (EN) Level texts 0 to 5; absent when no source gives them.
     */
    levels?: {
      source: SourceRefs;
      toConfirm?: ToConfirm;
      /**
       * @minItems 6
       * @maxItems 6
       */
      texts: Localized[];
    };
    evidence: {
      source: SourceRefs;
      toConfirm?: ToConfirm;
      /**
       * @minItems 1
       */
      items: Localized[];
    };
  }[];
  grades: {
    source: SourceRefs;
    toConfirm?: ToConfirm;
    note?: Localized;
    /**
     * @minItems 1
     */
    bands: {
      /**
       * Nilai terendah predikat ini (skala 0-5). (EN) Lowest index of this grade (0-5 scale).
       */
      min: number;
      grade: string;
      label: Localized;
    }[];
  };
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "ombudsman".
 */
export interface OmbudsmanInstrument {
  schemaVersion: 1;
  id: 'ombudsman';
  title: Localized;
  sources: Sources;
  /**
   * @minItems 1
   */
  models: {
    id: Slug;
    title: Localized;
    basis: RuleRefs;
    /**
     * @minItems 1
     */
    parts: Weighted[];
    bands?: {
      source: SourceRefs;
      toConfirm?: ToConfirm;
      note?: Localized;
      /**
       * @minItems 1
       */
      items: {
        min: number;
        max: number;
        label: Localized;
      }[];
    };
    notes?: Notes;
  }[];
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "kemenpanrb".
 */
export interface KemenpanrbInstrument {
  schemaVersion: 1;
  id: 'kemenpanrb-mpp';
  title: Localized;
  basis: RuleRefs;
  sources: Sources;
  notes?: Notes;
  prima: {
    year: number;
    count: number;
    of: number;
    decree?: string;
    regions?: string[];
    source: SourceRefs;
    toConfirm?: ToConfirm;
  }[];
}
