import type Generator from 'yeoman-generator';

/**
 * writeDeployment deletes files an earlier run wrote and this one no longer makes, but only those
 * nobody edited (their bytes match the manifest). Yeoman's conflicter would still ask about each
 * deletion and, without a terminal, answer "skip": mark those deletions as decided.
 */
export function forceUneditedDeletions(generator: Generator): void {
  const fs = generator.env.sharedFs as unknown as { each: (fn: (file: { path: string; state?: string; conflicter?: string }) => void) => void };
  fs.each((file) => {
    if (file.state === 'deleted') file.conflicter = 'force';
  });
}
