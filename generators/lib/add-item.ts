import { MppBaseGenerator } from './base.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { InputError } from '../../src/config/errors.js';
import { growRegion, type Grown } from '../../src/grow/grow.js';
import { withDerivedIds } from '../../src/config/identify.js';
import { parseItemFile, type ParsedItem } from '../../src/grow/item-file.js';
import { missingItemError } from '../../src/grow/item-fields.js';
import type { ItemKind } from '../../src/grow/kinds.js';
import { askItem } from '../../src/interview/ask-item.js';
import type { Question } from '../../src/interview/interview.js';
import { t } from '../../src/i18n/catalogue.js';
import type { ReadAnswers } from './base.js';

/**
 * `yo mpp:agency|service|counter` (and `mpp add ...` in a terminal): takes the new item from
 * `--from ITEM.yaml` or asks for it (only with a terminal), grows the deployment's answers through
 * growRegion (the one validation of the result) and hands the region to the writer. Checklist statuses
 * and ticket prefixes survive; hand-edited files are kept (or asked about) unless --force. mpp.yaml
 * itself is replaced without a question: the new answers were built from it.
 */
export function addItemGenerator(itemKind: ItemKind): typeof MppBaseGenerator {
  // Yeoman runs the methods found on the generator's own prototype, so each kind gets its own class.
  return class AddItemGenerator extends MppBaseGenerator {
  readonly kind: ItemKind = itemKind;
  private base?: ReadAnswers;
  private parsed?: ParsedItem;
  private next?: Grown;

  constructor(args: string[], options: MppBaseGenerator['options']) {
    super(args, options);
    this.option('from', { type: String, description: 'Berkas butir / item file (YAML)' });
    this.option('replace', { type: Boolean, description: 'Ganti butir dengan pengenal sama / replace the item with the same id' });
  }

  async initializing(): Promise<void> {
    this.base = this.deploymentAnswers();
    const from = this.options.from;
    if (!from) return;
    const parsed = parseItemFile(this.destinationPath(from), { lang: this.lang, shownAs: from });
    if (!parsed.ok) throw new InputError(parsed.issues);
    this.parsed = parsed.value;
  }

  async prompting(): Promise<void> {
    if (!this.base || this.parsed) return;
    if (!this.interactive) throw missingItemError(this.kind, this.lang);
    // The choices name items by the ids validation gives them (derived from names where mpp.yaml leaves them out).
    const item = await askItem(this.kind, withDerivedIds(this.base.data as RegionAnswers, this.lang), (questions: Question[]) => this.ask(questions), this.lang);
    this.parsed = { item };
  }

  async configuring(): Promise<void> {
    if (!this.base || !this.parsed) return;
    const result = growRegion(this.base.data as RegionAnswers, this.kind, this.parsed.item, {
      lang: this.lang,
      replace: Boolean(this.options.replace),
      itemFile: this.options.from ?? 'interview',
      itemSource: this.parsed.source,
      regionFile: this.base.file,
      regionSource: this.base.source,
    });
    if (!result.ok) throw new InputError(result.issues);
    this.next = result.value;
    if (this.options.result) this.options.result.id = result.value.id;
  }

  async writing(): Promise<void> {
    if (!this.next) return;
    const { id } = this.next;
    await this.writeRegion(this.next.region, () => t(this.lang, 'grow.added', { kind: t(this.lang, `grow.kind.${this.kind}`), id, out: this.destinationRoot() }), ['mpp.yaml']);
  }
  };
}
