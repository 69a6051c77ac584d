import { describe } from 'vitest';
import { corpus } from './location.js';
import { corpusTest } from '../parsers/wsdl-corpus.js';

const c = corpus();
describe.skipIf(!c.available)('full WSDL corpus', () => corpusTest(c.wsdl, 'WSDL corpus', 0));
