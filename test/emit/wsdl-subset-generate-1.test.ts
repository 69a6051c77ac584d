import { generationCorpusTest } from '../corpus/wsdl-generate.js';
import { WSDL_SUBSET } from '../helpers/data.js';

// Every WSDL of the curated subset (test/data/wsdl/) generates a package that type-checks under
// strict (in two halves, one per core); the full corpus is the corpus suite's
// (test/corpus/generate-*.test.ts).
generationCorpusTest(WSDL_SUBSET, 'WSDL subset generation (test/data/wsdl)', 0);
