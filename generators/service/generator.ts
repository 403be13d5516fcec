import { AddItemGenerator } from '../agency/add-item.js';

/** `yo mpp:service`: adds a service of an existing agency to a deployment. */
export default class ServiceGenerator extends AddItemGenerator {
  protected readonly kind = 'service' as const;
}
