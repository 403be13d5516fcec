import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MppBaseGenerator } from '../lib/base.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { InputError } from '../../src/config/errors.js';
import { validateRegion } from '../../src/config/load.js';
import { runInterview, type Question } from '../../src/interview/interview.js';
import { requiredFields } from '../../src/interview/fields.js';
import type { TypicalAgency } from '../../src/interview/typical-agencies.js';
import { dataDir } from '../../src/paths.js';
import { t } from '../../src/i18n/catalogue.js';

/** `yo mpp` / `mpp new`: the interview (or an answers file) to a whole deployment. */
export default class AppGenerator extends MppBaseGenerator {
  private region?: ValidRegion;

  async initializing(): Promise<void> {
    if (this.options.answers) {
      this.region = this.loadAnswersFile(this.options.answers);
      return;
    }
    const stored = this.config.get('answers') as unknown;
    if (stored) {
      const result = validateRegion(stored, { lang: this.lang, file: '.yo-rc.json' });
      if (result.ok) this.region = result.value;
      else if (!this.interactive) throw new InputError(result.issues);
    }
  }

  async prompting(): Promise<void> {
    if (this.region) return;
    if (!this.interactive) {
      const missing = requiredFields(this.lang).map((f) => ({ path: f.path, code: 'missing', message: f.description }));
      throw new InputError(missing, `${t(this.lang, 'cli.missingFields')}\n${missing.map((m) => `  - ${m.path}: ${m.message}`).join('\n')}\n${t(this.lang, 'cli.missingFieldsHint')}`);
    }
    const answers = await runInterview((questions: Question[]) => this.prompt(questions as never) as Promise<Record<string, unknown>>, this.lang, typicalAgencies());
    const result = validateRegion(answers, { lang: this.lang, file: 'interview' });
    if (!result.ok) throw new InputError(result.issues);
    this.region = result.value;
  }

  async writing(): Promise<void> {
    if (!this.region) return;
    await this.writeDeployment(this.region);
  }
}

function typicalAgencies(): TypicalAgency[] {
  const path = join(dataDir, 'typical-agencies.yaml');
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as { agencies?: TypicalAgency[] } | TypicalAgency[];
  return Array.isArray(data) ? data : (data.agencies ?? []);
}
