export const fixtures = {
    getNodes: {
        request: {},
        response: {},
        samples: {},
    },
};
