import { generationCorpusTest } from './wsdl-generate.js';

generationCorpusTest(1);
