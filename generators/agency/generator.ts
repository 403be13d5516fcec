import { AddItemGenerator } from './add-item.js';

/** `yo mpp:agency`: adds an agency (with its services) to an existing deployment. */
export default class AgencyGenerator extends AddItemGenerator {
  protected readonly kind = 'agency' as const;
}
