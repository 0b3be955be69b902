// Kept for imports written before the errors moved to src/errors.ts (a leaf every stage may import).
export { ConfigError, TargetError } from '../errors.js';
