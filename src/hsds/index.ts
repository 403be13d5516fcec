export { exportHsds, HSDS_FILES } from './export.js';
export { hsdsId, uuidV5, MPP_KIT_HSDS_NAMESPACE } from './uuid.js';
export { provinceUtcOffset } from './timezone.js';
