/* Generated from schemas/changelog.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Perubahan keluaran mpp-kit per rilis, untuk daerah yang memperbarui deploymentnya (data/changelog.yaml); `mpp upgrade` mengutip rilis antara versi deployment dan versi kit. (EN) What each mpp-kit release changes in a deployment, for regions that upgrade (data/changelog.yaml); `mpp upgrade` quotes the releases between the deployment's kit version and the running one.
 */
export interface KitChangelog {
  schemaVersion: 1;
  /**
   * Rilis, yang terbaru lebih dahulu. (EN) Releases, newest first.
   *
   * @minItems 1
   */
  releases: Release[];
}
export interface Release {
  /**
   * Versi semver rilis, atau `unreleased` untuk perubahan yang ikut rilis berikutnya (diganti dengan nomor versi saat rilis). (EN) The release's semver version, or `unreleased` for changes that ship with the next release (replaced by the version number at release time).
   */
  version: string;
  /**
   * Tanggal rilis. (EN) Release date.
   */
  date?: string;
  /**
   * @minItems 1
   */
  changes: Change[];
}
/**
 * Satu perubahan: `detail` menjelaskan apa yang berubah dan mengapa, `action` apa yang perlu (atau tidak perlu) dilakukan daerah setelah memperbarui. (EN) One change: `detail` says what changes and why, `action` what the region needs (or does not need) to do after upgrading.
 */
export interface Change {
  /**
   * Pengenal perubahan, unik di seluruh berkas. (EN) Change id, unique in the whole file.
   */
  id: string;
  /**
   * Bagian deployment yang berubah. (EN) The part of the deployment that changes.
   */
  area: 'checklist' | 'layout' | 'app' | 'deployment';
  /**
   * Jenis perubahan: ditambah, dikoreksi, diubah, dihapus. (EN) Kind of change: added, corrected, changed, removed.
   */
  kind: 'added' | 'corrected' | 'changed' | 'removed';
  title: Localized;
  detail: Localized;
  /**
   * Peraturan atau sumber yang mendasari perubahan. (EN) Rules or sources behind the change.
   *
   * @minItems 1
   */
  basis?: Basis[];
  /**
   * Pengenal butir katalog daftar periksa yang terdampak. (EN) Checklist catalogue item ids affected.
   *
   * @minItems 1
   */
  items?: string[];
  action?: Localized;
}
/**
 * Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.
 */
export interface Localized {
  id: string;
  en: string;
}
export interface Basis {
  /**
   * Jenis, nomor, tahun dan judul bila diketahui. (EN) Type, number, year and title when known.
   */
  citation: string;
  /**
   * Belum diperiksa terhadap naskah resmi. (EN) Not yet checked against the official text.
   */
  toConfirm?: boolean;
}
