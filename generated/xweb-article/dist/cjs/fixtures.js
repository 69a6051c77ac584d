"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    insertFacadeObject: {
        request: {
            szObjectName: 'CustomerMessagingActivity',
            oNode: {
                CustomerMessagingActivityObjects: {
                    CustomerMessagingActivityObject: [
                        {
                            cma_cst_key: '2a50c454-eac0-4768-9a85-0c97968be7fd',
                            cma_activity_id: 1325645,
                            cma_message_id: 998787,
                            cma_recipient_id: 897,
                            cma_activity_code: 'Sent',
                            cma_activity_subcode: 'Sent Delivered',
                            cma_eml_address: 'someone@somewhere.com',
                            cma_activity_date: '03/12/2012 13:44:55.892',
                        },
                        {
                            cma_cst_key: '2a50c454-eac0-4768-9a85-0c97968be7fd',
                            cma_activity_id: 1325646,
                            cma_message_id: 998787,
                            cma_recipient_id: 897,
                            cma_activity_code: 'Opened',
                            cma_activity_subcode: 'Opened',
                            cma_eml_address: 'someone@somewhere.com',
                            cma_activity_date: '03/12/2012 14:44:55.892',
                        },
                    ],
                },
            },
        },
        response: {
            InsertFacadeObjectResult: {
                CustomerMessagingActivityObjects: {
                    recordReturn: 2,
                    CustomerMessagingActivityObject: [
                        { cma_key: '80b79af2-0185-471d-aebf-318380e05324' },
                        { cma_key: 'd45423d1-c85d-4fd5-9296-82996ca3c3dc' },
                    ],
                },
            },
        },
        samples: {
            soap11: {
                request: '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="http://www.avectra.com/2005/">\n<soapenv:Header>\n<ns:AuthorizationToken>\n<ns:Token>***************</ns:Token>\n</ns:AuthorizationToken>\n</soapenv:Header>\n<soapenv:Body>\n<ns:InsertFacadeObject>\n<ns:szObjectName>CustomerMessagingActivity</ns:szObjectName>\n<ns:oNode>\n<ns:CustomerMessagingActivityObjects>\n<ns:CustomerMessagingActivityObject>\n<ns:cma_cst_key>2a50c454-eac0-4768-9a85-0c97968be7fd</ns:cma_cst_key>\n<ns:cma_activity_id>1325645</ns:cma_activity_id>\n<ns:cma_message_id>998787</ns:cma_message_id>\n<ns:cma_recipient_id>897</ns:cma_recipient_id>\n<ns:cma_activity_code>Sent</ns:cma_activity_code>\n<ns:cma_activity_subcode>Sent Delivered</ns:cma_activity_subcode>\n<ns:cma_eml_address>someone@somewhere.com</ns:cma_eml_address>\n<ns:cma_activity_date>03/12/2012 13:44:55.892</ns:cma_activity_date>\n</ns:CustomerMessagingActivityObject>\n<ns:CustomerMessagingActivityObject>\n<ns:cma_cst_key>2a50c454-eac0-4768-9a85-0c97968be7fd</ns:cma_cst_key>\n<ns:cma_activity_id>1325646</ns:cma_activity_id>\n<ns:cma_message_id>998787</ns:cma_message_id>\n<ns:cma_recipient_id>897</ns:cma_recipient_id>\n<ns:cma_activity_code>Opened</ns:cma_activity_code>\n<ns:cma_activity_subcode>Opened</ns:cma_activity_subcode>\n<ns:cma_eml_address>someone@somewhere.com</ns:cma_eml_address>\n<ns:cma_activity_date>03/12/2012 14:44:55.892</ns:cma_activity_date>\n</ns:CustomerMessagingActivityObject>\n</ns:CustomerMessagingActivityObjects>\n</ns:oNode>\n</ns:InsertFacadeObject>\n</soapenv:Body>\n</soapenv:Envelope>',
                response: '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n<soap:Header>\n<AuthorizationToken xmlns="http://www.avectra.com/2005/">\n<Token>***************************</Token>\n</AuthorizationToken>\n</soap:Header>\n<soap:Body>\n<InsertFacadeObjectResponse xmlns="http://www.avectra.com/2005/">\n<InsertFacadeObjectResult>\n<CustomerMessagingActivityObjects xsi:schemaLocation="http://www.avectra.com/2005/ CustomerMessagingActivity.xsd" recordReturn="2">\n<CustomerMessagingActivityObject>\n<cma_key>80b79af2-0185-471d-aebf-318380e05324</cma_key>\n</CustomerMessagingActivityObject>\n<CustomerMessagingActivityObject>\n<cma_key>d45423d1-c85d-4fd5-9296-82996ca3c3dc</cma_key>\n</CustomerMessagingActivityObject>\n</CustomerMessagingActivityObjects>\n</InsertFacadeObjectResult>\n</InsertFacadeObjectResponse>\n</soap:Body>\n</soap:Envelope>',
            },
        },
    },
};
