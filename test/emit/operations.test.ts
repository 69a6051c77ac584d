import path from 'node:path';
import { operationsTest } from '../corpus/operations.js';
import { WSDL_SUBSET } from '../helpers/data.js';

operationsTest({
  label: 'Salesforce partner WSDL (575 kB)',
  wsdl: path.join(WSDL_SUBSET, 'salesforce/partner.wsdl'),
  operations: ['query', 'convertLead'],
  methods: ['query', 'convertLead'],
  maxTypes: 150,
});
