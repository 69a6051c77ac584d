export { emitPackage, README_EXAMPLES, type EmitOptions, type FileMap } from './soap/index.js';
