"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    echoPriority: {
        request: { priority: 'Low' },
        response: { EchoPriorityResult: 'Low' },
        samples: {},
    },
    listPriorities: {
        request: {},
        response: {},
        samples: {},
    },
    echoOrder: {
        request: {},
        response: {},
        samples: {},
    },
    echoNullables: {
        request: { count: 0, when: '2000-01-01T00:00:00', amount: '0' },
        response: {},
        samples: {},
    },
    transform: {
        request: {},
        response: {},
        samples: {},
    },
    echoGuid: {
        request: { id: '00000000-0000-0000-0000-000000000000' },
        response: { EchoGuidResult: '00000000-0000-0000-0000-000000000000' },
        samples: {},
    },
    addDecimals: {
        request: { a: '0', b: '0' },
        response: { AddDecimalsResult: '0' },
        samples: {},
    },
    reverseBytes: {
        request: {},
        response: {},
        samples: {},
    },
    echoScalars: {
        request: {},
        response: {},
        samples: {},
    },
    divide: {
        request: { dividend: 0, divisor: 0 },
        response: { DivideResult: 0, remainder: 0 },
        samples: {},
    },
    swap: {
        request: {},
        response: {},
        samples: {},
    },
    touch: {
        request: {},
        response: {},
        samples: {},
    },
    fail: {
        request: {},
        response: {},
        samples: {},
    },
    delay: {
        request: { milliseconds: 0 },
        response: { DelayResult: 0 },
        samples: {},
    },
};
