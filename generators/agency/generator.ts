import { addItemGenerator } from '../lib/add-item.js';

/** `yo mpp:agency`: adds an agency (with its services) to an existing deployment. */
const AgencyGenerator = addItemGenerator('agency');
export default AgencyGenerator;
