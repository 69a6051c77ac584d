"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    getData: {
        request: { id: 'string', index: 0 },
        response: { getDataResult: { a: 0, b: 0, c: [], d: [] } },
        samples: {},
    },
};
