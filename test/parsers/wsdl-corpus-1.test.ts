import { corpusTest } from './wsdl-corpus.js';

corpusTest(0);
