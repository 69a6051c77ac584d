export const fixtures = {
    getSedans: {
        request: {},
        response: {},
        samples: {},
    },
    tradeIn: {
        request: {},
        response: {},
        samples: {},
    },
};
