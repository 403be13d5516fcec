import type { Localized } from '../types.js';

/** The deployment writer: the questions about a file edited by hand, and what a run left to resolve. */
export const writeMessages = {
  'write.conflict.question': {
    id: 'Anda mengubah {path}, dan mpp-kit kini membuat isi lain. Apa yang dilakukan?',
    en: 'You edited {path}, and mpp-kit now makes different content. What should happen?',
  },
  'write.conflict.overlap': {
    id: 'Anda dan mpp-kit sama-sama mengubah {path} di tempat yang sama. Apa yang dilakukan?',
    en: 'You and mpp-kit both changed {path} in the same places. What should happen?',
  },
  'write.conflict.merge': { id: 'Gabungkan; bagian yang bertumpuk ditandai untuk saya selesaikan', en: 'Merge; mark the overlapping parts for me to resolve' },
  'write.conflict.keep': { id: 'Biarkan versi saya', en: 'Keep my version' },
  'write.conflict.overwrite': { id: 'Timpa dengan versi baru', en: 'Overwrite with the new version' },
  'write.merged': { id: 'Digabung dengan suntingan Anda: {files}', en: 'Merged with your edits: {files}' },
  'write.markersLeft': {
    id: '{count} berkas masih berisi penanda konflik (<<<<<<<) dari pembaruan sebelumnya: {files}. Selesaikan, lalu jalankan lagi.',
    en: '{count} file(s) still hold conflict markers (<<<<<<<) from an earlier run: {files}. Resolve them, then run again.',
  },
  'cli.interrupted': { id: 'Dihentikan; tidak ada berkas yang ditulis.', en: 'Stopped; no file was written.' },
} satisfies Record<string, Localized>;
