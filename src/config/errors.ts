import type { Lang } from '../i18n/types.js';

/** One problem in user input, located by field path and, for files, line and column (1-based). */
export interface InputIssue {
  /** JSON-pointer-like path with dots, e.g. `agencies[3].id`; empty for the whole document. */
  path: string;
  /** File the issue is in, when known. */
  file?: string;
  line?: number;
  column?: number;
  /** Machine-readable code, e.g. `yaml-syntax`, `schema`, `duplicate-id`, `unknown-agency`. */
  code: string;
  /** Message in the requested language. */
  message: string;
}

/** Thrown (or returned) for user mistakes: never shown as a stack trace. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], summary?: string) {
    super(summary ?? issues.map(formatIssue).join('\n'));
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** `file:line:column path: message`, the way compilers print, so editors can jump to it. */
export function formatIssue(issue: InputIssue): string {
  const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined && part !== '').join(':');
  const path = issue.path ? `${issue.path}: ` : '';
  return `${where ? `${where} ` : ''}${path}${issue.message}`;
}

/**
 * By class, or by name and issues: the command line runs bundled (dist/cli/) while the interview's
 * generators run the compiled sources, so an InputError may come from the other copy of this module.
 */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError || (error instanceof Error && error.name === 'InputError' && Array.isArray((error as Partial<InputError>).issues));
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Formats a path array as `a.b[2].c`. */
export function formatPath(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

export type { Lang };
