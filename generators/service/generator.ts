import { addItemGenerator } from '../lib/add-item.js';

/** `yo mpp:service`: adds a service of an existing agency to a deployment. */
const ServiceGenerator = addItemGenerator('service');
export default ServiceGenerator;
