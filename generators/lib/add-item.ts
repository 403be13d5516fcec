import { readFileSync } from 'node:fs';
import { MppBaseGenerator } from './base.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { InputError } from '../../src/config/errors.js';
import { validateRegion } from '../../src/config/load.js';
import { growRegion } from '../../src/grow/grow.js';
import { parseItemText, type ParsedItem } from '../../src/grow/item-file.js';
import { askItem } from '../../src/grow/ask-item.js';
import { itemFields } from '../../src/grow/item-fields.js';
import type { ItemKind } from '../../src/grow/kinds.js';
import type { Question } from '../../src/interview/interview.js';
import { t } from '../../src/i18n/catalogue.js';
import { readErrorIssue } from '../../src/config/file-errors.js';

/**
 * `yo mpp:agency|service|counter` (and `mpp add ...`): reads the deployment's mpp.yaml, takes the new
 * item from `--from ITEM.yaml` or asks for it (only with a terminal), validates the whole result and
 * regenerates every file. Checklist statuses and ticket prefixes survive (writeDeployment reads the
 * previous files); hand-edited files raise conflicts unless --force. mpp.yaml itself is rewritten
 * without a question: the new answers were built from it.
 *
 * Internal option `imported` (used by `mpp import --into`): answers already merged and validated by
 * the caller, written as they are.
 */
export function addItemGenerator(itemKind: ItemKind): typeof MppBaseGenerator {
  // Yeoman runs the methods found on the generator's own prototype, so each kind gets its own class.
  return class AddItemGenerator extends MppBaseGenerator {
  readonly kind: ItemKind = itemKind;
  private base?: ValidRegion;
  private parsed?: ParsedItem;
  private next?: ValidRegion;

  constructor(args: string[], options: MppBaseGenerator['options']) {
    super(args, options);
    this.option('from', { type: String, description: 'Berkas butir / item file (YAML)' });
    this.option('replace', { type: Boolean, description: 'Ganti butir dengan pengenal sama / replace the item with the same id' });
  }

  async initializing(): Promise<void> {
    const imported = (this.options as { imported?: unknown }).imported;
    if (imported !== undefined) {
      const result = validateRegion(imported, { lang: this.lang, file: 'mpp.yaml' });
      if (!result.ok) throw new InputError(result.issues);
      this.next = result.value;
      return;
    }
    this.base = this.loadDeploymentAnswers();
    const from = this.options.from;
    if (!from) return;
    let text: string;
    try {
      text = readFileSync(this.destinationPath(from), 'utf8');
    } catch (error) {
      throw new InputError([readErrorIssue(error, from, this.lang)]);
    }
    const parsed = parseItemText(text, { lang: this.lang, file: from });
    if (!parsed.ok) throw new InputError(parsed.issues);
    this.parsed = parsed.value;
  }

  async prompting(): Promise<void> {
    if (this.next || !this.base || this.parsed) return;
    if (!this.interactive) {
      const kind = t(this.lang, `grow.kind.${this.kind}`);
      const fields = itemFields(this.kind, this.lang);
      const missing = fields.map((f) => ({ path: f.path, code: 'missing', message: f.description }));
      throw new InputError(missing, `${t(this.lang, 'grow.itemMissing', { kind })}\n${fields.map((f) => `  - ${f.path}: ${f.description}`).join('\n')}`);
    }
    const item = await askItem(this.kind, this.base, (questions: Question[]) => this.prompt(questions as never) as Promise<Record<string, unknown>>, this.lang);
    this.parsed = { item, source: undefined as never };
  }

  async configuring(): Promise<void> {
    if (this.next || !this.base || !this.parsed) return;
    const result = growRegion(this.base, this.kind, this.parsed.item, {
      lang: this.lang,
      replace: Boolean((this.options as { replace?: boolean }).replace),
      itemFile: this.options.from ?? 'interview',
      itemSource: this.parsed.source,
      regionFile: 'mpp.yaml',
    });
    if (!result.ok) throw new InputError(result.issues);
    this.next = result.value.region;
  }

  async writing(): Promise<void> {
    if (!this.next) return;
    await this.writeDeployment(this.next, { merged: ['mpp.yaml'] });
  }
  };
}
