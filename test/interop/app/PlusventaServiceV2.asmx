<%@ WebService Language="C#" Class="PlusventaServiceV2" %>
// Stand-in for the service of seed 000 (PlusventaServiceV2 help page).
// Signature copied from the page: CreateInteraction, 11 parameters, void.
// Every call is recorded (values as received; decimal via InvariantCulture) and can be read
// back at /_interop/last.ashx?service=plusventa.
// Triggers: username == "fault" -> SoapException (Client, code PLUSVENTA_FAULT);
//           username == "slow"  -> sleeps 5 s before answering.
using System;
using System.Globalization;
using System.Threading;
using System.Web.Services;
using System.Web.Services.Protocols;
using SvcgenInterop;

[WebService(Namespace = "http://tempuri.org/")]
[WebServiceBinding(ConformsTo = WsiProfiles.BasicProfile1_1)]
public class PlusventaServiceV2 : WebService
{
    [WebMethod]
    public void CreateInteraction(string username, string interactionTemplateCode, string contactCode, int evaluation, decimal duration, string description, string comments, string interactionDateTime, string locationLatitude, string locationLongitude, string locationAddress)
    {
        CallRecord r = new CallRecord()
            .Add("username", username)
            .Add("interactionTemplateCode", interactionTemplateCode)
            .Add("contactCode", contactCode)
            .Add("evaluation", evaluation.ToString(CultureInfo.InvariantCulture))
            .Add("duration", duration.ToString(CultureInfo.InvariantCulture))
            .Add("description", description)
            .Add("comments", comments)
            .Add("interactionDateTime", interactionDateTime)
            .Add("locationLatitude", locationLatitude)
            .Add("locationLongitude", locationLongitude)
            .Add("locationAddress", locationAddress);
        CallStore.Record("plusventa", r);
        if (username == "fault")
        {
            throw Faults.Client("PLUSVENTA_FAULT", "Interaction rejected for user 'fault'", "http://tempuri.org/CreateInteraction");
        }
        if (username == "slow")
        {
            Thread.Sleep(5000);
        }
    }
}
