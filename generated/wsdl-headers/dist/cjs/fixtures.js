"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    testHeader1: {
        request: {},
        response: { responseType: 'string' },
        samples: {},
    },
    testHeader2: {
        request: { requestType: 'string' },
        response: { responseType: 'string' },
        samples: {},
    },
    testHeader3: {
        request: { requestType: 'string' },
        response: { responseType: 'string' },
        samples: {},
    },
    testHeader4: {
        request: { requestType: 'string' },
        response: {},
        samples: {},
    },
    testHeader5: {
        request: { requestType: 'string' },
        response: { responseType: 0 },
        samples: {},
    },
    testHeaderPartBeforeBodyPart: {
        request: { requestType: 'string' },
        response: { responseType: 'string' },
        samples: {},
    },
    sendReceiveAnyType: {
        request: {
            test_all: { varFloat: 0, varInt: 0, varString: 'string' },
            test_chc: { varFloat: 0 },
        },
        response: {
            test_all: { varFloat: 0, varInt: 0, varString: 'string' },
            test_seq: { varFloat: 0, varInt: 0, varString: 'string' },
        },
        samples: {},
    },
    testHeader7: {
        request: {},
        response: { responseType: 'string' },
        samples: {},
    },
};
