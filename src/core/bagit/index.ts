export { buildBagZip } from './write.js';
export { verifyBagFolder, verifyBagZip, DEFAULT_ZIP_LIMITS } from './verify.js';
export { BagWriteError, type BagWriteErrorCode } from './errors.js';
export { parseBagInfo, type InfoElement, type InfoParse } from './tag-files.js';
export type { BagProblem, BagProblemCode, BagReport, BagPayloadFile, BagZipInput, ZipLimits } from './types.js';
