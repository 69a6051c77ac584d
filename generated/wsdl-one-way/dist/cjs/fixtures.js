"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    oneWay: {
        request: {},
        response: undefined,
        samples: {},
    },
};
