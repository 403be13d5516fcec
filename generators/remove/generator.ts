import { MppBaseGenerator } from '../lib/base.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { InputError } from '../../src/config/errors.js';
import { removeItem, type Removal } from '../../src/grow/remove.js';
import { isItemKind } from '../../src/grow/kinds.js';
import { t } from '../../src/i18n/catalogue.js';

/**
 * `yo mpp:remove agency ID [--cascade]` (and `mpp remove ...`): removes an agency, service or counter
 * from an existing deployment and regenerates it. Refuses while other items reference it, unless
 * --cascade. Pages that only the removed items had are deleted when nobody edited them
 * (writeDeployment); their checklist items stay, marked tidak-berlaku, with the status they had.
 */
export default class RemoveGenerator extends MppBaseGenerator {
  private next?: ValidRegion;
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
    const region = this.loadDeploymentAnswers();
    const result = removeItem(region, kind, id, { lang: this.lang, cascade: Boolean(this.options.cascade) });
    if (!result.ok) throw new InputError(result.issues.map((issue) => ({ ...issue, file: 'mpp.yaml' })));
    this.removal = result.value;
    this.next = result.value.region;
    const found = this.options.result as { removal?: Removal } | undefined;
    if (found) found.removal = result.value;
  }

  async writing(): Promise<void> {
    if (!this.next) return;
    await this.writeDeployment(this.next, { merged: ['mpp.yaml'] });
  }
}
