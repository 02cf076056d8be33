export { UsageError } from '../core/errors.js';
