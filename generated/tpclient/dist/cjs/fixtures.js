"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    getChatRequestByConnectionId: {
        request: {
            PublicKey1: 'string',
            EncryptedUser: 'string',
            EncryptedPassword: 'string',
            EncryptedSignature: 'string',
            ChatConnectionIDBD: 'string',
        },
        response: {
            GetChatRequestByConnectionIdResult: {
                response: {
                    responseCode: 0,
                    responseDescription: 'string',
                    encryptedSymmetrickey: 'string',
                },
                ChatRequest: {
                    IdRequest: 0,
                    CaseNumber: 0,
                    CreationDate: '2000-01-01T00:00:00',
                    IdQueue: 0,
                    KeepAliveRouterDate: '2000-01-01T00:00:00',
                    AssignAgentRouterDate: '2000-01-01T00:00:00',
                    IdConnection: 0,
                    IdRequestTransfer: 0,
                    UserName: 'string',
                    UserLastName: 'string',
                    UserEmail: 'string',
                    UserOffsetTime: 0,
                    EncryptedChatRequestId: 'string',
                },
            },
        },
        samples: {
            soap11: {
                request: '<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Body>\n    <GetChatRequestByConnectionId xmlns="http://tempuri.org/">\n      <PublicKey1>string</PublicKey1>\n      <EncryptedUser>string</EncryptedUser>\n      <EncryptedPassword>string</EncryptedPassword>\n      <EncryptedSignature>string</EncryptedSignature>\n      <ChatConnectionIDBD>string</ChatConnectionIDBD>\n    </GetChatRequestByConnectionId>\n  </soap:Body>\n</soap:Envelope>',
                response: '<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Body>\n    <GetChatRequestByConnectionIdResponse xmlns="http://tempuri.org/">\n      <GetChatRequestByConnectionIdResult>\n        <response>\n          <responseCode>int</responseCode>\n          <responseDescription>string</responseDescription>\n          <encryptedSymmetrickey>string</encryptedSymmetrickey>\n        </response>\n        <ChatRequest>\n          <IdRequest>int</IdRequest>\n          <CaseNumber>int</CaseNumber>\n          <CreationDate>dateTime</CreationDate>\n          <IdQueue>int</IdQueue>\n          <KeepAliveRouterDate>dateTime</KeepAliveRouterDate>\n          <AssignAgentRouterDate>dateTime</AssignAgentRouterDate>\n          <IdConnection>int</IdConnection>\n          <IdRequestTransfer>int</IdRequestTransfer>\n          <UserName>string</UserName>\n          <UserLastName>string</UserLastName>\n          <UserEmail>string</UserEmail>\n          <UserOffsetTime>int</UserOffsetTime>\n          <EncryptedChatRequestId>string</EncryptedChatRequestId>\n        </ChatRequest>\n      </GetChatRequestByConnectionIdResult>\n    </GetChatRequestByConnectionIdResponse>\n  </soap:Body>\n</soap:Envelope>',
            },
            soap12: {
                request: '<?xml version="1.0" encoding="utf-8"?>\n<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">\n  <soap12:Body>\n    <GetChatRequestByConnectionId xmlns="http://tempuri.org/">\n      <PublicKey1>string</PublicKey1>\n      <EncryptedUser>string</EncryptedUser>\n      <EncryptedPassword>string</EncryptedPassword>\n      <EncryptedSignature>string</EncryptedSignature>\n      <ChatConnectionIDBD>string</ChatConnectionIDBD>\n    </GetChatRequestByConnectionId>\n  </soap12:Body>\n</soap12:Envelope>',
                response: '<?xml version="1.0" encoding="utf-8"?>\n<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">\n  <soap12:Body>\n    <GetChatRequestByConnectionIdResponse xmlns="http://tempuri.org/">\n      <GetChatRequestByConnectionIdResult>\n        <response>\n          <responseCode>int</responseCode>\n          <responseDescription>string</responseDescription>\n          <encryptedSymmetrickey>string</encryptedSymmetrickey>\n        </response>\n        <ChatRequest>\n          <IdRequest>int</IdRequest>\n          <CaseNumber>int</CaseNumber>\n          <CreationDate>dateTime</CreationDate>\n          <IdQueue>int</IdQueue>\n          <KeepAliveRouterDate>dateTime</KeepAliveRouterDate>\n          <AssignAgentRouterDate>dateTime</AssignAgentRouterDate>\n          <IdConnection>int</IdConnection>\n          <IdRequestTransfer>int</IdRequestTransfer>\n          <UserName>string</UserName>\n          <UserLastName>string</UserLastName>\n          <UserEmail>string</UserEmail>\n          <UserOffsetTime>int</UserOffsetTime>\n          <EncryptedChatRequestId>string</EncryptedChatRequestId>\n        </ChatRequest>\n      </GetChatRequestByConnectionIdResult>\n    </GetChatRequestByConnectionIdResponse>\n  </soap12:Body>\n</soap12:Envelope>',
            },
        },
    },
};
