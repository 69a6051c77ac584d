"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    mirror: {
        request: { points: [{ X: 0, Y: 0 }], offset: 0 },
        response: { MirrorResult: [{ X: 0, Y: 0 }] },
        samples: {},
    },
    concat: {
        request: { a: 'string', b: 'string' },
        response: { ConcatResult: 'string', length: 0 },
        samples: {},
    },
    redraw: {
        request: { d: { Tint: 'Red', Scale: '0', Created: '2000-01-01T00:00:00' } },
        response: { RedrawResult: { Tint: 'Red', Scale: '0', Created: '2000-01-01T00:00:00' } },
        samples: {},
    },
};
