import path from 'node:path';
import { describe } from 'vitest';
import { corpus } from './location.js';
import { operationsTest } from './operations.js';

const c = corpus();
describe.skipIf(!c.available)('full WSDL corpus', () =>
  operationsTest({
    label: 'Workday (4 MB)',
    wsdl: path.join(c.wsdl, 'wasabi/workday.wsdl'),
    operations: ['Get_Customer_Invoices', 'Put_Opportunity'],
    methods: ['getCustomerInvoices', 'putOpportunity'],
    maxTypes: 2000,
  }),
);
