/** The official evaluation instruments as data, and the PEKPPP pre-assessment. */
export { loadInstruments, INSTRUMENT_SCHEMA, INSTRUMENT_FILES, type Instruments } from './load.js';
export { instrumentProblems, readInstrumentFiles, instrumentValidators } from './check.js';
export { assessPekppp, type PekpppAssessment, type IndicatorResult, type IndexEstimate, type PekpppInput } from './pekppp.js';
export type { PekpppInstrument, OmbudsmanInstrument, KemenpanrbInstrument } from '../generated/instrument.types.js';
