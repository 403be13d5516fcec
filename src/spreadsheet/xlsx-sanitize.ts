import JSZip from 'jszip';

/** A relationship to a cell-notes part (comments) or its legacy VML drawing. */
const NOTE_RELATIONSHIP = /<Relationship\b[^>]*\bType="[^"]*\/(?:comments|vmlDrawing)"[^>]*\/>/g;
/** The worksheet element that points at the VML drawing of the notes. */
const LEGACY_DRAWING = /<legacyDrawing\b[^>]*\/>/g;

/**
 * The workbook without its cell notes. exceljs cannot read notes written by other programs
 * (openpyxl puts them under `xl/comments/` with absolute targets, LibreOffice names them its own way;
 * exceljs issue 2797: "Cannot read properties of undefined (reading 'comments')"). The import reads
 * cell values only, so the worksheets' links to notes are dropped before exceljs sees the file: the
 * note parts stay in the archive, unreferenced. Throws (from jszip) when the bytes are not a zip.
 */
export async function withoutCellNotes(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  const edits = Object.keys(zip.files)
    .filter((name) => /^xl\/worksheets\/(_rels\/[^/]+\.xml\.rels|[^/]+\.xml)$/.test(name))
    .map(async (name) => {
      const text = await zip.file(name)!.async('string');
      const next = text.replace(NOTE_RELATIONSHIP, '').replace(LEGACY_DRAWING, '');
      if (next !== text) {
        zip.file(name, next);
        changed = true;
      }
    });
  await Promise.all(edits);
  return changed ? zip.generateAsync({ type: 'uint8array' }) : data;
}
