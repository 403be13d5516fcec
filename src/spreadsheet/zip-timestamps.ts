/**
 * Sets every entry's modification time in a ZIP archive to 1980-01-01 00:00 (the DOS epoch), so that
 * the same workbook content gives the same bytes (the xlsx writer stamps entries with the clock).
 * Works on the bytes in place of a copy; CRCs do not cover timestamps. Returns the input unchanged
 * when it is not a well-formed ZIP.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

export function fixZipTimestamps(input: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return input;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return input;
    view.setUint16(offset + 12, 0, true);
    view.setUint16(offset + 14, DOS_DATE_1980_01_01, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return input;
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, DOS_DATE_1980_01_01, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return bytes;
}
