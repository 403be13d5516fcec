import { both, t } from '../i18n/catalogue.js';
import type { Lang, Localized } from '../i18n/types.js';
import type { Figure } from '../generated/typical-services.types.js';
import type { EstimateFrom, Provenance } from '../config/completed-region.js';

export { both };

/** Provenance of a figure the region gave. */
export function given(): Provenance {
  return { kind: 'diisi', note: both('provenance.given') };
}

/** Provenance of an estimate resting on `from`. */
export function estimated(from: EstimateFrom, note: Localized, extra: Pick<Provenance, 'entry' | 'figureBasis'> = {}): Provenance {
  return { kind: 'perkiraan', from, ...extra, note };
}

/** Provenance of a kit default. */
export function kitDefault(note: Localized): Provenance {
  return { kind: 'bawaan', note };
}

/** The region's own figure that it marked `estimate: true`. */
export function regionEstimate(): Provenance {
  return estimated('daerah', both('provenance.regionEstimate'));
}

/** How a catalogue figure is justified, in one language: its sources' titles, or the kit's rationale. */
export function figureBasisText(figure: Figure, lang: Lang): string {
  if (figure.basis === 'sumber' && figure.sources) {
    const sources = figure.sources.map((s) => [s.title, s.url ?? s.publisher, s.date].filter(Boolean).join(', ')).join('; ');
    return t(lang, 'provenance.figureSource', { sources });
  }
  return t(lang, 'provenance.figureAssumption', { rationale: figure.rationale[lang] });
}

/** Both languages of `figureBasisText`. */
export function figureBasisDetail(figure: Figure): Localized {
  return { id: figureBasisText(figure, 'id'), en: figureBasisText(figure, 'en') };
}

/** The short basis of a catalogue figure for a note: `bersumber` or `asumsi kit`. */
export function figureBasis(figure: Figure): Localized {
  return both(`provenance.basis.${figure.basis}`);
}

