export const fixtures = {
    interactionCreate: {
        params: undefined,
        body: {
            apiKey: 'sample string 1',
            ChannelID: 2,
            CustomerID: 3,
            AccountNo: 'string',
            ContactID: 5,
            UniqueID: 'sample string 6',
            Kind: 's',
            ContactedBy: 'string',
            ContactedFirstName: 'sample string 9',
            ContactedSurname: 'sample string 10',
            OnDateTime: 'sample string 11',
            Notes: 'sample string 12',
            FollowUpDateTime: 'sample string 13',
            FollowUpBy: 'string',
            FollowUpNotes: 'sample string 15',
        },
        response: {
            InteractionAddData: {
                OK: true,
                InteractionCreateIssues: [
                    { ID: 1, Message: 'sample string 2', ExtraData: 'sample string 3' },
                    { ID: 1, Message: 'sample string 2', ExtraData: 'sample string 3' },
                ],
            },
        },
        samples: {
            json: {
                request: '{ "apiKey": "sample string 1", "ChannelID": 2, "CustomerID": 3, "AccountNo": "sample string 4", "ContactID": 5, "UniqueID": "sample string 6", "Kind": "sample string 7", "ContactedBy": "sample string 8", "ContactedFirstName": "sample string 9", "ContactedSurname": "sample string 10", "OnDateTime": "sample string 11", "Notes": "sample string 12", "FollowUpDateTime": "sample string 13", "FollowUpBy": "sample string 14", "FollowUpNotes": "sample string 15" }',
                response: '{ "InteractionAddData": { "OK": true, "InteractionCreateIssues": [ { "ID": 1, "Message": "sample string 2", "ExtraData": "sample string 3" }, { "ID": 1, "Message": "sample string 2", "ExtraData": "sample string 3" } ] } }',
            },
            xml: {
                request: '<InteractionCreateParams xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <apiKey>sample string 1</apiKey> <ChannelID>2</ChannelID> <CustomerID>3</CustomerID> <AccountNo>sample string 4</AccountNo> <ContactID>5</ContactID> <UniqueID>sample string 6</UniqueID> <Kind>sample string 7</Kind> <ContactedBy>sample string 8</ContactedBy> <ContactedFirstName>sample string 9</ContactedFirstName> <ContactedSurname>sample string 10</ContactedSurname> <OnDateTime>sample string 11</OnDateTime> <Notes>sample string 12</Notes> <FollowUpDateTime>sample string 13</FollowUpDateTime> <FollowUpBy>sample string 14</FollowUpBy> <FollowUpNotes>sample string 15</FollowUpNotes> </InteractionCreateParams>',
                response: '<InteractionAddResults xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <InteractionAddData> <OK>true</OK> <InteractionCreateIssues> <InteractionCreateIssue> <ID>1</ID> <Message>sample string 2</Message> <ExtraData>sample string 3</ExtraData> </InteractionCreateIssue> <InteractionCreateIssue> <ID>1</ID> <Message>sample string 2</Message> <ExtraData>sample string 3</ExtraData> </InteractionCreateIssue> </InteractionCreateIssues> </InteractionAddData> </InteractionAddResults>',
            },
        },
    },
};
