export const fixtures = {
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
