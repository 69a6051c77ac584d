import { WSDL_SUBSET } from '../helpers/data.js';
import { corpusTest } from './wsdl-corpus.js';

// The curated subset of the WSDL corpus kept in the repository (test/data/wsdl/); the full
// corpus is the corpus suite's (test/corpus/).
corpusTest(WSDL_SUBSET, 'WSDL subset (test/data/wsdl)');
