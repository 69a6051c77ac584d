import { generationCorpusTest } from './wsdl-generate.js';

generationCorpusTest(0);
