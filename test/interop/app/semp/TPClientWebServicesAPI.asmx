<%@ WebService Language="C#" Class="TPClientWebServicesAPI" %>
// Stand-in for the service of seed 003 (TPClientWebServicesAPI help page), served under /semp/.
// Signature and response shape copied from the page.
//
// Deterministic answer of GetChatRequestByConnectionId (id = ChatConnectionIDBD):
//   response.responseCode          = id.Length (0 when id is missing)
//   response.responseDescription   = PublicKey1
//   response.encryptedSymmetrickey = EncryptedSignature
//   ChatRequest.IdRequest          = int.Parse(id) when id is an int, else -1
//   ChatRequest.CaseNumber         = IdRequest + 1000
//   ChatRequest.CreationDate       = 2024-05-06T07:08:09 (unspecified kind, no offset on the wire)
//   ChatRequest.IdQueue            = EncryptedPassword.Length (0 when missing)
//   ChatRequest.KeepAliveRouterDate   = 2024-05-06T07:09:09 (CreationDate + 1 min)
//   ChatRequest.AssignAgentRouterDate = 2024-05-06T07:10:09Z (UTC kind)
//   ChatRequest.IdConnection       = EncryptedUser.Length (0 when missing)
//   ChatRequest.IdRequestTransfer  = 0
//   ChatRequest.UserName           = EncryptedUser
//   ChatRequest.UserLastName       = EncryptedPassword
//   ChatRequest.UserEmail          = EncryptedUser + "@example.test" (omitted when EncryptedUser is missing)
//   ChatRequest.UserOffsetTime     = -180
//   ChatRequest.EncryptedChatRequestId = "ECR-" + id
// Triggers: id == "fault" -> SoapException (Client, code TP_FAULT); id == "slow" -> 5 s sleep;
//           id == "none"  -> ChatRequest is null (element omitted).
using System;
using System.Globalization;
using System.Threading;
using System.Web.Services;
using System.Web.Services.Protocols;
using SvcgenInterop;

public class ResponseInfo
{
    public int responseCode;
    public string responseDescription;
    public string encryptedSymmetrickey;
}

public class ChatRequest
{
    public int IdRequest;
    public int CaseNumber;
    public DateTime CreationDate;
    public int IdQueue;
    public DateTime KeepAliveRouterDate;
    public DateTime AssignAgentRouterDate;
    public int IdConnection;
    public int IdRequestTransfer;
    public string UserName;
    public string UserLastName;
    public string UserEmail;
    public int UserOffsetTime;
    public string EncryptedChatRequestId;
}

public class GetChatRequestByConnectionIdResult
{
    public ResponseInfo response;
    public ChatRequest ChatRequest;
}

[WebService(Namespace = "http://tempuri.org/")]
[WebServiceBinding(ConformsTo = WsiProfiles.BasicProfile1_1)]
public class TPClientWebServicesAPI : WebService
{
    [WebMethod]
    public GetChatRequestByConnectionIdResult GetChatRequestByConnectionId(string PublicKey1, string EncryptedUser, string EncryptedPassword, string EncryptedSignature, string ChatConnectionIDBD)
    {
        CallStore.Record("tpclient", new CallRecord()
            .Add("PublicKey1", PublicKey1)
            .Add("EncryptedUser", EncryptedUser)
            .Add("EncryptedPassword", EncryptedPassword)
            .Add("EncryptedSignature", EncryptedSignature)
            .Add("ChatConnectionIDBD", ChatConnectionIDBD));
        if (ChatConnectionIDBD == "fault")
        {
            throw Faults.Client("TP_FAULT", "Chat connection 'fault' is not allowed", "http://tempuri.org/GetChatRequestByConnectionId");
        }
        if (ChatConnectionIDBD == "slow")
        {
            Thread.Sleep(5000);
        }

        GetChatRequestByConnectionIdResult result = new GetChatRequestByConnectionIdResult();
        result.response = new ResponseInfo();
        result.response.responseCode = ChatConnectionIDBD == null ? 0 : ChatConnectionIDBD.Length;
        result.response.responseDescription = PublicKey1;
        result.response.encryptedSymmetrickey = EncryptedSignature;
        if (ChatConnectionIDBD == "none") return result;

        int id;
        if (!Int32.TryParse(ChatConnectionIDBD, NumberStyles.Integer, CultureInfo.InvariantCulture, out id)) id = -1;
        DateTime created = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Unspecified);
        ChatRequest c = new ChatRequest();
        c.IdRequest = id;
        c.CaseNumber = id + 1000;
        c.CreationDate = created;
        c.IdQueue = EncryptedPassword == null ? 0 : EncryptedPassword.Length;
        c.KeepAliveRouterDate = created.AddMinutes(1);
        c.AssignAgentRouterDate = new DateTime(2024, 5, 6, 7, 10, 9, DateTimeKind.Utc);
        c.IdConnection = EncryptedUser == null ? 0 : EncryptedUser.Length;
        c.IdRequestTransfer = 0;
        c.UserName = EncryptedUser;
        c.UserLastName = EncryptedPassword;
        c.UserEmail = EncryptedUser == null ? null : EncryptedUser + "@example.test";
        c.UserOffsetTime = -180;
        c.EncryptedChatRequestId = "ECR-" + ChatConnectionIDBD;
        result.ChatRequest = c;
        return result;
    }
}
