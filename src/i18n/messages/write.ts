import type { Localized } from '../types.js';

/** The deployment writer: its decisions per file and the question about a file edited by hand. */
export const writeMessages = {
  'write.decision.new': { id: 'baru', en: 'new' },
  'write.decision.unchanged': { id: 'tetap', en: 'unchanged' },
  'write.decision.replace': { id: 'diganti', en: 'replace' },
  'write.decision.conflict': { id: 'konflik (diubah tangan)', en: 'conflict (edited by hand)' },
  'write.decision.kept-edited': { id: 'dibiarkan (diubah tangan)', en: 'kept (edited by hand)' },
  'write.decision.delete': { id: 'dihapus', en: 'delete' },
  'write.conflict.question': {
    id: 'Anda mengubah {path}, dan mpp-kit kini membuat isi lain. Apa yang dilakukan?',
    en: 'You edited {path}, and mpp-kit now makes different content. What should happen?',
  },
  'write.conflict.keep': { id: 'Biarkan versi saya', en: 'Keep my version' },
  'write.conflict.overwrite': { id: 'Timpa dengan versi baru', en: 'Overwrite with the new version' },
  'cli.interrupted': { id: 'Dihentikan; tidak ada berkas yang ditulis.', en: 'Stopped; no file was written.' },
} satisfies Record<string, Localized>;
