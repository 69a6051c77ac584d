"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtures = void 0;
exports.fixtures = {
    vspinteractionCreate: {
        params: undefined,
        body: {
            AppAccessKey: 'sample string 1',
            InteractionIdentity: 'sample string 2',
            InteractionName: 'sample string 3',
            AccountId: '6925ebd4-125d-4338-a736-99f4b5bcb3d7',
            ContactId: '3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0',
            TenantKey: 'f4528424-7736-4037-8c10-45fe6f1f5754',
            GroupKey: 'fbd003c1-c221-4316-8569-b66b1a48d66c',
        },
        response: {
            InteractionId: 'sample string 1',
            CampaignKey: 'sample string 2',
            InteractionUrl: 'sample string 3',
        },
        samples: {
            json: {
                request: '{\n"AppAccessKey": "sample string 1",\n"InteractionIdentity": "sample string 2",\n"InteractionName": "sample string 3",\n"AccountId": "6925ebd4-125d-4338-a736-99f4b5bcb3d7",\n"ContactId": "3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0",\n"TenantKey": "f4528424-7736-4037-8c10-45fe6f1f5754",\n"GroupKey": "fbd003c1-c221-4316-8569-b66b1a48d66c"\n}',
                response: '{\n"InteractionId": "sample string 1",\n"CampaignKey": "sample string 2",\n"InteractionUrl": "sample string 3"\n}',
            },
            xml: {
                request: '<CreateVspInteraction xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models"> <AccountId>6925ebd4-125d-4338-a736-99f4b5bcb3d7</AccountId> <AppAccessKey>sample string 1</AppAccessKey> <ContactId>3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0</ContactId> <GroupKey>fbd003c1-c221-4316-8569-b66b1a48d66c</GroupKey> <InteractionIdentity>sample string 2</InteractionIdentity> <InteractionName>sample string 3</InteractionName> <TenantKey>f4528424-7736-4037-8c10-45fe6f1f5754</TenantKey> </CreateVspInteraction>',
                response: '<VspInteraction xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models"> <CampaignKey>sample string 2</CampaignKey> <InteractionId>sample string 1</InteractionId> <InteractionUrl>sample string 3</InteractionUrl> </VspInteraction>',
            },
        },
    },
};
