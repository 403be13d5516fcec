import { MppBaseGenerator } from '../lib/base.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { InputError } from '../../src/config/errors.js';
import { validateRegion } from '../../src/config/load.js';
import { answersForRun, ANSWERS_FILE, type RunAnswers } from '../../src/deployment/answers.js';
import { runInterview, type Question } from '../../src/interview/interview.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { missingAnswersError } from '../../src/interview/missing.js';
import { t } from '../../src/i18n/catalogue.js';

/**
 * `yo mpp` / `mpp new` in a terminal: an answers file, else the deployment's own mpp.yaml (asking
 * nothing), else the interview, to a whole deployment (see answersForRun).
 */
export default class AppGenerator extends MppBaseGenerator {
  private region?: ValidRegion;
  private input?: RunAnswers;

  constructor(args: string[], options: MppBaseGenerator['options']) {
    super(args, options);
    this.option('replace-answers', { type: Boolean, description: 'Ganti jawaban deployment dengan --answers / replace the deployment\'s answers with --answers' });
  }

  async initializing(): Promise<void> {
    const replaceAnswers = Boolean((this.options as { 'replace-answers'?: boolean })['replace-answers'] ?? this.options.replaceAnswers);
    this.input = answersForRun(this.destinationRoot(), { lang: this.lang, cwd: this.destinationRoot(), answers: this.options.answers, replaceAnswers });
    this.region = this.input?.region;
  }

  async prompting(): Promise<void> {
    if (this.region) return;
    if (!this.interactive) throw missingAnswersError(this.lang);
    const answers = await runInterview((questions: Question[]) => this.ask(questions), this.lang, typicalAgencies());
    const result = validateRegion(answers, { lang: this.lang, file: 'interview' });
    if (!result.ok) throw new InputError(result.issues);
    this.region = result.value;
  }

  async writing(): Promise<void> {
    if (!this.region) return;
    const done = (deployment: { summary: { regionTitle: string } }) => t(this.lang, 'cli.done', { region: deployment.summary.regionTitle, out: this.destinationRoot() });
    if (this.input) await this.writeRegion(this.region, done, [ANSWERS_FILE], this.input.text);
    else await this.writeRegion(this.region, done);
  }
}
