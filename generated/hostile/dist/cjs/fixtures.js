"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    delete_: {
        request: {},
        response: {},
        samples: {},
    },
    class_: {
        request: {},
        response: {},
        samples: {},
    },
    constructor_: {
        request: {},
        response: { constructorResult: 'delete' },
        samples: {},
    },
    toString2: {
        request: {},
        response: {},
        samples: {},
    },
    proto: {
        request: {},
        response: {},
        samples: {},
    },
    item: {
        request: {},
        response: {},
        samples: {},
    },
    item2: {
        request: {},
        response: {},
        samples: {},
    },
    getValueV2: {
        request: {},
        response: {},
        samples: {},
    },
    名前: {
        request: {},
        response: {},
        samples: {},
    },
};
