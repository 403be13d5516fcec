import { existsSync, readFileSync } from 'node:fs';
import Generator from 'yeoman-generator';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { isLang, type Lang } from '../../src/i18n/types.js';
import { buildDeployment, type Deployment } from '../../src/deployment/build.js';
import { sortedEntries, type PreviousFiles } from '../../src/deployment/files.js';
import { InputError } from '../../src/config/errors.js';
import { loadRegionText } from '../../src/config/load.js';
import { manifestOf, untouchedSinceGenerated, type Manifest } from '../../src/deployment/manifest.js';
import { t } from '../../src/i18n/catalogue.js';
import { readErrorIssue } from '../../src/config/file-errors.js';

export interface MppOptions {
  lang?: string;
  answers?: string;
  /** mpp:agency|service|counter: the item file. */
  from?: string;
  /** mpp:remove: what to remove. */
  kind?: string;
  id?: string;
  cascade?: boolean;
  /** False when stdin is no terminal or answers were given: never prompt then. */
  interactive?: boolean;
  /** Filled by the generator: what it wrote, for the CLI's report. */
  result?: { deployment?: Deployment; written?: string[] };
}

/**
 * Shared glue for the mpp generators: options, reading answers, and writing a whole deployment
 * through Yeoman's mem-fs (so conflicts, --force and --dry-run work). All logic lives in src/.
 */
export class MppBaseGenerator extends Generator {
  declare options: Generator['options'] & MppOptions;

  constructor(args: string[], options: Generator['options']) {
    super(args, options);
    this.option('lang', { type: String, default: 'id', description: 'Bahasa / language: id | en' });
    this.option('answers', { type: String, description: 'Berkas jawaban / answers file (YAML)' });
  }

  get lang(): Lang {
    return isLang(this.options.lang) ? this.options.lang : 'id';
  }

  get interactive(): boolean {
    if (this.options.interactive !== undefined) return Boolean(this.options.interactive);
    return Boolean(process.stdin.isTTY) && !this.options.answers;
  }

  /** Reads and validates an answers file; throws InputError with every issue. */
  loadAnswersFile(path: string, shownAs = path): ValidRegion {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InputError([readErrorIssue(error, shownAs, this.lang)]);
    }
    const result = loadRegionText(text, { lang: this.lang, file: shownAs });
    if (!result.ok) throw new InputError(result.issues);
    return result.value;
  }

  /** The deployment's current answers (`mpp.yaml` in the destination folder). */
  loadDeploymentAnswers(): ValidRegion {
    const path = this.destinationPath('mpp.yaml');
    if (!existsSync(path)) throw new InputError([{ path: '', file: path, code: 'no-deployment', message: t(this.lang, 'grow.noDeployment', { dir: this.destinationRoot() }) }]);
    return this.loadAnswersFile(path, 'mpp.yaml');
  }

  /** Files of the previous run that a re-run builds on, read through mem-fs. */
  previousFiles(): PreviousFiles {
    const read = (p: string): string | undefined => {
      const text = this.fs.read(this.destinationPath(p), { defaults: '' });
      return text ? text : undefined;
    };
    return { checklistYaml: read('checklist/checklist.yaml'), appConfigJson: read('app/app-config.json') };
  }

  /** Builds the whole deployment and hands every file to mem-fs; stores the answers in .yo-rc.json. */
  async writeDeployment(region: ValidRegion, options: { merged?: string[] } = {}): Promise<Deployment> {
    const deployment = await buildDeployment(region, { lang: this.lang, previous: this.previousFiles() });
    deployment.mergedFiles.push(...(options.merged ?? []));
    const written: string[] = [];
    for (const [path, contents] of sortedEntries(deployment.files)) {
      this.fs.write(this.destinationPath(path), typeof contents === 'string' ? contents : Buffer.from(contents));
      written.push(path);
    }
    // Replace without a question the files nobody edited since the last run (their bytes are what
    // mpp-kit wrote) and the merged ones (they already hold the user's entries); every other
    // difference goes through Yeoman's conflict handling, so hand edits are never lost silently.
    const manifest = this.config.get('generated') as Manifest | undefined;
    for (const path of Object.keys(deployment.files)) {
      const target = this.destinationPath(path);
      const merged = deployment.mergedFiles.includes(path);
      if (!merged && !(existsSync(target) && untouchedSinceGenerated(path, readFileSync(target), manifest))) continue;
      const file = this.env.sharedFs.get(target) as { conflicter?: string } | undefined;
      if (file) file.conflicter = 'force';
    }
    // Files an earlier run wrote that this one no longer makes (a removed agency's pages): deleted
    // when nobody edited them, kept otherwise.
    for (const path of Object.keys(manifest ?? {})) {
      const target = this.destinationPath(path);
      if (path in deployment.files || !existsSync(target)) continue;
      if (!untouchedSinceGenerated(path, readFileSync(target), manifest)) continue;
      this.fs.delete(target);
      // Decided already (nobody edited it): no conflict question, which a batch run would answer "skip".
      const file = this.env.sharedFs.get(target) as { conflicter?: string } | undefined;
      if (file) file.conflicter = 'force';
    }
    this.config.set('generated', manifestOf(deployment.files));
    this.config.set('answers', region);
    if (this.options.result) {
      this.options.result.deployment = deployment;
      this.options.result.written = written;
    }
    return deployment;
  }
}
