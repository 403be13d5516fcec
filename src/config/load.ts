import type { ValidateFunction } from 'ajv';
import type { RegionAnswers } from '../generated/region.types.js';
import type { ValidRegion } from './valid-region.js';
import { identifyRegion } from './identify.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { validate as precompiledRegionValidator } from '../generated/region.validator.js';
import { precompiled } from './precompiled.js';
import { formatPath, type InputIssue, type Result } from './errors.js';
import { describeSchemaErrors } from './schema-messages.js';
import { checkCrossRules, checkCrossRulesOnRaw, type RuleViolation } from './cross-rules.js';
import { locate, parseYamlSource, type YamlSource } from './yaml-source.js';
import { orderBySchema } from './normalize.js';
import { withLaunchYearAsText } from './launch.js';

/** Largest answers file accepted (a region with thousands of services stays far below it). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** YAML aliases allowed before a file is treated as an alias bomb. */
export const MAX_ALIASES = 100;

export interface LoadOptions {
  lang: Lang;
  /** File name shown in issues. */
  file?: string;
}

/**
 * The region validator, precompiled from the schema by scripts/gen-validators.mjs (ajv standalone,
 * same options as createAjv()): no schema compilation at start-up, and no schema default filled in
 * (what the region did not give stays absent; src/complete/ fills it with its provenance). A test
 * keeps it in step with the schema.
 */
function regionValidator(): ValidateFunction {
  return precompiled(precompiledRegionValidator);
}

/**
 * Validates answers already parsed into plain data. On success, returns the normalized region:
 * identifiers the answers left out derived from names, service agencies resolved to ids, keys in
 * schema order (a copy; the input is not changed). Missing figures stay missing.
 */
export function validateRegion(data: unknown, options: LoadOptions, source?: YamlSource): Result<ValidRegion> {
  const issueAt = (segments: Array<string | number>, code: string, message: string, atKey = false): InputIssue => {
    const pos = source ? locate(source, segments, atKey) : undefined;
    return { path: formatPath(segments), file: options.file, line: pos?.line, column: pos?.column, code, message };
  };
  // No deep copy of the input: validation only reads it, identifyRegion is pure, and orderBySchema
  // builds the region as new objects along the schema (a copy of 20,000 services costs more than
  // validating them).
  const answers = withLaunchYearAsText(data);
  const validate = regionValidator();
  if (!validate(answers)) {
    const issues = describeSchemaErrors(validate.errors ?? [], options.lang).map((e) => issueAt(e.segments, e.code, e.message, e.atKey));
    // Report reference errors too when the structure allows it, so the user sees every error at once.
    const reported = new Set(issues.map((issue) => issue.path));
    for (const v of crossRulesOnRaw(answers, options.lang)) {
      const path = formatPath(v.segments);
      if (!reported.has(path)) issues.push(issueAt(v.segments, v.code, v.message));
    }
    return { ok: false, issues };
  }
  const identified = identifyRegion(answers as RegionAnswers, options.lang);
  const region = orderBySchema(identified.region) as ValidRegion;
  const violations = withoutRepeats([...identified.violations, ...checkCrossRules(region, options.lang)]);
  if (violations.length > 0) return { ok: false, issues: violations.map((v) => issueAt(v.segments, v.code, v.message)) };
  return { ok: true, value: region };
}

/** One violation per field: an ambiguous agency name is not also an unknown agency. */
function withoutRepeats(violations: RuleViolation[]): RuleViolation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const path = formatPath(v.segments);
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
}

/**
 * Cross-reference rules on data that failed the schema: identifiers derived from names where the
 * shape allows it, then each rule on its own (config/cross-rules.ts); never throws.
 */
function crossRulesOnRaw(data: unknown, lang: Lang): RuleViolation[] {
  let identified: ReturnType<typeof identifyRegion>;
  try {
    identified = identifyRegion(data as RegionAnswers, lang);
  } catch {
    return checkCrossRulesOnRaw(data, lang);
  }
  return withoutRepeats([...identified.violations, ...checkCrossRulesOnRaw(identified.region, lang)]);
}

function yamlErrorCode(code: string): 'load.duplicateKey' | 'load.yamlSyntax' | 'load.multipleDocuments' {
  if (code === 'DUPLICATE_KEY') return 'load.duplicateKey';
  if (code === 'MULTIPLE_DOCS') return 'load.multipleDocuments';
  return 'load.yamlSyntax';
}

/** Parses YAML text (BOM and CRLF accepted) into plain data, or issues with line and column. */
export function parseAnswersText(text: string, options: LoadOptions): Result<{ data: unknown; source: YamlSource }> {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, issues: [{ path: '', file: options.file, code: 'too-large', message: t(options.lang, 'load.tooLarge', { size: bytes, max: MAX_FILE_BYTES }) }] };
  }
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const source = parseYamlSource(clean);
  if (source.doc.errors.length > 0) {
    const issues = source.doc.errors.map((error): InputIssue => {
      const pos = error.linePos?.[0];
      const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { path: '', file: options.file, line: pos?.line, column: pos?.col, code: `yaml-${error.code.toLowerCase()}`, message: t(options.lang, yamlErrorCode(error.code), { detail }) };
    });
    return { ok: false, issues };
  }
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message) ? t(options.lang, 'load.aliasBomb') : t(options.lang, 'load.yamlSyntax', { detail: String((error as Error).message) });
    return { ok: false, issues: [{ path: '', file: options.file, code: 'yaml-alias', message }] };
  }
  if (data === null || data === undefined) {
    return { ok: false, issues: [{ path: '', file: options.file, line: 1, column: 1, code: 'empty', message: t(options.lang, 'load.empty') }] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ path: '', file: options.file, line: 1, column: 1, code: 'not-mapping', message: t(options.lang, 'load.notMapping') }] };
  }
  return { ok: true, value: { data, source } };
}

/** Text of an answers file -> a validated, normalized region, or every issue found. */
export function loadRegionText(text: string, options: LoadOptions): Result<ValidRegion> {
  const parsed = parseAnswersText(text, options);
  if (!parsed.ok) return parsed;
  return validateRegion(parsed.value.data, options, parsed.value.source);
}
