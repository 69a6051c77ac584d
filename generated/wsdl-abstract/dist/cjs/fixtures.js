"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    getSedans: {
        request: {},
        response: { return: [] },
        samples: {},
    },
    tradeIn: {
        request: {},
        response: {},
        samples: {},
    },
};
