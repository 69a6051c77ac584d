"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    sayHi: {
        request: {},
        response: { responseType: 'string' },
        samples: {},
    },
    sayHi1: {
        request: {},
        response: { responseType: 'string' },
        samples: {},
    },
};
