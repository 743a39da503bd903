/**
 * yaml's Document API for a command that loads it inside `run`. Imported through this module
 * rather than with `import('yaml')`: the bundle then keeps yaml's named exports (a dynamic import
 * of the CommonJS package gave only its default).
 */
export { Document, isSeq, parseDocument } from 'yaml';
