import { MppBaseGenerator } from '../lib/base.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { InputError } from '../../src/config/errors.js';
import { validateRegion } from '../../src/config/load.js';
import { loadAnswersFile } from '../../src/config/answers-file.js';
import { storedRegion } from '../../src/deployment/answers.js';
import { runInterview, type Question } from '../../src/interview/interview.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { missingAnswersError } from '../../src/interview/missing.js';
import { t } from '../../src/i18n/catalogue.js';

/** `yo mpp` / `mpp new` in a terminal: the interview (or an answers file, or the stored answers) to a whole deployment. */
export default class AppGenerator extends MppBaseGenerator {
  private region?: ValidRegion;

  async initializing(): Promise<void> {
    if (this.options.answers) {
      const result = loadAnswersFile(this.destinationPath(this.options.answers), { lang: this.lang, shownAs: this.options.answers });
      if (!result.ok) throw new InputError(result.issues);
      this.region = result.value;
      return;
    }
    const stored = storedRegion(this.destinationRoot(), this.lang);
    if (stored?.ok) this.region = stored.value;
    else if (stored && !this.interactive) throw new InputError(stored.issues);
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
    await this.writeRegion(this.region, (deployment) => t(this.lang, 'cli.done', { region: deployment.summary.regionTitle, out: this.destinationRoot() }));
  }
}
