"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    getNodes: {
        request: {},
        response: {},
        samples: {},
    },
};
