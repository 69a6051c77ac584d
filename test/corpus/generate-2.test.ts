import { describe } from 'vitest';
import { corpus } from './location.js';
import { generationCorpusTest } from './wsdl-generate.js';

const c = corpus();
describe.skipIf(!c.available)('full WSDL corpus', () => generationCorpusTest(c.wsdl, 'WSDL corpus generation', 1));
