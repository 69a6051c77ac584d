"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    echoStructAsSimpleTypes: {
        request: { inputStruct: { varString: '', varInt: '', varFloat: '' } },
        response: { outputString: '', outputInteger: '', outputFloat: '' },
        samples: {},
    },
    echoSimpleTypesAsStruct: {
        request: { inputString: '', inputInteger: '', inputFloat: '' },
        response: { return: { varString: '', varInt: '', varFloat: '' } },
        samples: {},
    },
    echo2DStringArray: {
        request: { input2DStringArray: ['string'] },
        response: { return: ['string'] },
        samples: {},
    },
    echoNestedStruct: {
        request: {
            inputStruct: {
                varString: '',
                varInt: '',
                varFloat: '',
                varStruct: { varString: '', varInt: '', varFloat: '' },
            },
        },
        response: {
            return: {
                varString: '',
                varInt: '',
                varFloat: '',
                varStruct: { varString: '', varInt: '', varFloat: '' },
            },
        },
        samples: {},
    },
    echoNestedArray: {
        request: { inputStruct: { varString: '', varInt: '', varFloat: '', varArray: ['string'] } },
        response: { return: { varString: '', varInt: '', varFloat: '', varArray: ['string'] } },
        samples: {},
    },
};
