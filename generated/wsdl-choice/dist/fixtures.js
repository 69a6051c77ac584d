export const fixtures = {
    getData: {
        request: { id: 'string', index: 0 },
        response: { getDataResult: { a: 0, b: 0, c: [], d: [] } },
        samples: {},
    },
};
