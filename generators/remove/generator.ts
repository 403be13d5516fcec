import { MppBaseGenerator } from '../lib/base.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { InputError } from '../../src/config/errors.js';
import { removeItem, removedText, type Removal } from '../../src/grow/remove.js';
import { isItemKind } from '../../src/grow/kinds.js';
import { t } from '../../src/i18n/catalogue.js';

/**
 * `yo mpp:remove agency ID [--cascade]` (and its twin `mpp remove ...`): removes an agency, service or
 * counter through removeItem (the one validation of the result) and hands the region to the writer.
 * Refuses while other items reference it, unless --cascade. Pages that only the removed items had are
 * deleted when nobody edited them, with the folders they leave empty (the writer does that); their
 * checklist items stay, marked tidak-berlaku, with the status they had.
 */
export default class RemoveGenerator extends MppBaseGenerator {
  removal?: Removal;

  constructor(args: string[], options: MppBaseGenerator['options']) {
    super(args, options);
    this.argument('kind', { type: String, required: false, description: 'agency | service | counter' });
    this.argument('id', { type: String, required: false, description: 'Pengenal / identifier' });
    this.option('cascade', { type: Boolean, description: 'Hapus juga yang merujuk / also remove what refers to it' });
  }

  async initializing(): Promise<void> {
    const kind = this.options.kind;
    const id = this.options.id;
    if (!isItemKind(kind)) throw new InputError([{ path: 'kind', code: 'bad-kind', message: t(this.lang, 'grow.badKind', { kind: String(kind ?? '') }) }]);
    if (!id) throw new InputError([{ path: 'id', code: 'bad-id', message: t(this.lang, 'grow.idMissing', { kind: t(this.lang, `grow.kind.${kind}`) }) }]);
    const base = this.deploymentAnswers();
    const result = removeItem(base.data as RegionAnswers, kind, id, { lang: this.lang, cascade: Boolean(this.options.cascade), regionFile: base.file, regionSource: base.source });
    if (!result.ok) throw new InputError(result.issues);
    this.removal = result.value;
    if (this.options.result) this.options.result.removal = result.value;
  }

  async writing(): Promise<void> {
    if (!this.removal) return;
    const items = removedText(this.removal, this.lang);
    await this.writeRegion(this.removal.region, () => t(this.lang, 'grow.removed', { items, out: this.destinationRoot() }), ['mpp.yaml']);
  }
}
