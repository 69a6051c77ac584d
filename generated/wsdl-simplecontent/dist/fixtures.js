export const fixtures = {
    getInfoSoap: {
        request: { Id: 'string' },
        response: {},
        samples: {},
    },
};
