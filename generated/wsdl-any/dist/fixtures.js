export const fixtures = {
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
