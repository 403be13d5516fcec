import { AddItemGenerator } from '../agency/add-item.js';

/** `yo mpp:counter`: adds an explicit counter to a deployment. */
export default class CounterGenerator extends AddItemGenerator {
  protected readonly kind = 'counter' as const;
}
