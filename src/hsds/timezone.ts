/**
 * UTC offset (hours) of an Indonesian province: WIB +7, WITA +8, WIT +9 (the three national time
 * zones). Province names are free text in the answers, so they are compared loosely (case, spaces,
 * punctuation and a leading "Provinsi" ignored; "Kep." read as "Kepulauan"). Unknown names give undefined: the export then
 * leaves the offset out rather than guessing.
 */
const WIB = [
  'aceh', 'sumatera utara', 'sumatera barat', 'riau', 'kepulauan riau', 'jambi', 'sumatera selatan',
  'kepulauan bangka belitung', 'bangka belitung', 'bengkulu', 'lampung', 'dki jakarta', 'jakarta', 'jawa barat',
  'banten', 'jawa tengah', 'di yogyakarta', 'daerah istimewa yogyakarta', 'yogyakarta', 'jawa timur',
  'kalimantan barat', 'kalimantan tengah',
];
const WITA = [
  'bali', 'nusa tenggara barat', 'nusa tenggara timur', 'kalimantan selatan', 'kalimantan timur', 'kalimantan utara',
  'sulawesi utara', 'gorontalo', 'sulawesi tengah', 'sulawesi barat', 'sulawesi selatan', 'sulawesi tenggara',
];
const WIT = ['maluku', 'maluku utara', 'papua', 'papua barat', 'papua barat daya', 'papua selatan', 'papua tengah', 'papua pegunungan'];

const key = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^provinsi\s+/, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/^kep\s/, 'kepulauan ');

const OFFSETS = new Map<string, number>([
  ...WIB.map((p) => [key(p), 7] as [string, number]),
  ...WITA.map((p) => [key(p), 8] as [string, number]),
  ...WIT.map((p) => [key(p), 9] as [string, number]),
]);

export function provinceUtcOffset(province: string): number | undefined {
  return OFFSETS.get(key(province));
}

/** `+07:00` for 7. */
export function formatOffset(hours: number): string {
  return `+${String(hours).padStart(2, '0')}:00`;
}
