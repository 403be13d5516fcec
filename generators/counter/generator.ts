import { addItemGenerator } from '../lib/add-item.js';

/** `yo mpp:counter`: adds an explicit counter to a deployment. */
const CounterGenerator = addItemGenerator('counter');
export default CounterGenerator;
