import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { formatIssue, isInputError, type InputIssue } from '../config/errors.js';

/** Exit codes: documented in the README (`interrupted`: Ctrl-C at a question, the shell's 128 + SIGINT). */
export const EXIT = { ok: 0, findings: 1, input: 2, interrupted: 130 } as const;

/** Ctrl-C at a question: the prompt library rejects with an ExitPromptError (Yeoman passes it on). */
export function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  stdinIsTTY: boolean;
}

export const processIo = (): Io => ({
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  // Read when a command asks: touching process.stdin opens the stream (a pipe loads Node's net
  // module), which validate and review never need.
  get stdinIsTTY() {
    return Boolean(process.stdin.isTTY);
  },
});

export function printIssues(io: Io, lang: Lang, issues: InputIssue[], file?: string): void {
  io.err(t(lang, 'cli.errorsFound', { count: issues.length, file: file ?? issues[0]?.file ?? '-' }));
  for (const issue of issues) io.err(`  ${formatIssue(issue)}`);
}

/** Prints an error the way a user should see it: issues for input errors, a short report otherwise. */
export function reportError(io: Io, lang: Lang, error: unknown): number {
  if (isInterrupt(error)) {
    io.err(t(lang, 'cli.interrupted'));
    return EXIT.interrupted;
  }
  if (isInputError(error)) {
    if (error.issues.some((i) => i.code === 'missing')) io.err(error.message);
    else printIssues(io, lang, error.issues);
    io.err(t(lang, 'cli.nothingWritten'));
    return EXIT.input;
  }
  io.err(t(lang, 'cli.internalError'));
  io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.findings;
}
