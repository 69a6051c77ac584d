"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    createInteraction: {
        request: {
            username: 'string',
            interactionTemplateCode: 'string',
            contactCode: 'string',
            evaluation: 0,
            duration: '0',
            description: 'string',
            comments: 'string',
            interactionDateTime: 'string',
            locationLatitude: 'string',
            locationLongitude: 'string',
            locationAddress: 'string',
        },
        response: {},
        samples: {
            soap11: {
                request: '<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Body>\n    <CreateInteraction xmlns="http://tempuri.org/">\n      <username>string</username>\n      <interactionTemplateCode>string</interactionTemplateCode>\n      <contactCode>string</contactCode>\n      <evaluation>int</evaluation>\n      <duration>decimal</duration>\n      <description>string</description>\n      <comments>string</comments>\n      <interactionDateTime>string</interactionDateTime>\n      <locationLatitude>string</locationLatitude>\n      <locationLongitude>string</locationLongitude>\n      <locationAddress>string</locationAddress>\n    </CreateInteraction>\n  </soap:Body>\n</soap:Envelope>',
                response: '<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Body>\n    <CreateInteractionResponse xmlns="http://tempuri.org/" />\n  </soap:Body>\n</soap:Envelope>',
            },
            soap12: {
                request: '<?xml version="1.0" encoding="utf-8"?>\n<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">\n  <soap12:Body>\n    <CreateInteraction xmlns="http://tempuri.org/">\n      <username>string</username>\n      <interactionTemplateCode>string</interactionTemplateCode>\n      <contactCode>string</contactCode>\n      <evaluation>int</evaluation>\n      <duration>decimal</duration>\n      <description>string</description>\n      <comments>string</comments>\n      <interactionDateTime>string</interactionDateTime>\n      <locationLatitude>string</locationLatitude>\n      <locationLongitude>string</locationLongitude>\n      <locationAddress>string</locationAddress>\n    </CreateInteraction>\n  </soap12:Body>\n</soap12:Envelope>',
                response: '<?xml version="1.0" encoding="utf-8"?>\n<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">\n  <soap12:Body>\n    <CreateInteractionResponse xmlns="http://tempuri.org/" />\n  </soap12:Body>\n</soap12:Envelope>',
            },
            'http-get': {
                request: 'username=string&interactionTemplateCode=string&contactCode=string&evaluation=string&duration=string&description=string&comments=string&interactionDateTime=string&locationLatitude=string&locationLongitude=string&locationAddress=string',
                response: '',
            },
            'http-post': {
                request: 'username=string&interactionTemplateCode=string&contactCode=string&evaluation=string&duration=string&description=string&comments=string&interactionDateTime=string&locationLatitude=string&locationLongitude=string&locationAddress=string',
                response: '',
            },
        },
    },
};
