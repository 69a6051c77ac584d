export const fixtures = {
    sayHi: {
        request: { $any: '' },
        response: { responseType: 'string' },
        samples: {},
    },
    sayHi1: {
        request: { requestType: 'string' },
        response: { responseType: 'string' },
        samples: {},
    },
};
