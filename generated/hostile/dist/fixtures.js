export const fixtures = {
    delete: {
        request: {},
        response: {},
        samples: {},
    },
    class: {
        request: {},
        response: {},
        samples: {},
    },
    constructor2: {
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
    get: {
        request: {},
        response: {},
        samples: {},
    },
    request: {
        request: {},
        response: { RequestResult: 'Accept' },
        samples: {},
    },
};
