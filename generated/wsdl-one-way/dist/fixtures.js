export const fixtures = {
    oneWay: {
        request: {},
        response: undefined,
        samples: {},
    },
};
