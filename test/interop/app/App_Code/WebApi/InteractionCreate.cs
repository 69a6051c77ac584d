// Stand-in for seed 002: POST api/v1/InteractionCreate (Caliq; Web API help page whose XML
// samples are XmlSerializer output: no namespace, xmlns:xsd/xmlns:xsi, declared member order).
//
// Rules:
// - apiKey must equal "interop-api-key", else 401 {"Message":"Authorization has been denied for this request."}
// - UniqueID == "unavailable" -> 503 {"Message":"Service unavailable"}; UniqueID == "slow" -> 5 s sleep
// - answer InteractionAddResults { InteractionAddData { OK, InteractionCreateIssues[] } }:
//     OnDateTime missing/empty        -> issue {ID 1, "OnDateTime not set; current time used", ExtraData UniqueID}
//     CustomerID and ContactID null   -> issue {ID 2, "Customer matched by AccountNo", ExtraData AccountNo}
//     Kind not one of C, E, V         -> issue {ID 3, "Unknown Kind", ExtraData Kind} and OK = false
//   OK is true otherwise; no issue -> empty list.
// Every accepted call is recorded under service "interactioncreate" (/_interop/last.ashx).
using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading;
using System.Web;
using System.Xml.Serialization;
using SvcgenInterop;

namespace SvcgenInterop.WebApi
{
    [XmlRoot("InteractionCreateParams")]
    public class InteractionCreateParams
    {
        [Required] public string apiKey { get; set; }
        [Required] public int ChannelID { get; set; }
        public int? CustomerID { get; set; }
        [Required] [MaxLength(10)] public string AccountNo { get; set; }
        public int? ContactID { get; set; }
        [Required] public string UniqueID { get; set; }
        [Required] [MaxLength(1)] public string Kind { get; set; }
        [Required] [MaxLength(10)] public string ContactedBy { get; set; }
        [Required] [MaxLength(50)] public string ContactedFirstName { get; set; }
        [Required] [MaxLength(50)] public string ContactedSurname { get; set; }
        public string OnDateTime { get; set; }
        public string Notes { get; set; }
        public string FollowUpDateTime { get; set; }
        [Required] [MaxLength(10)] public string FollowUpBy { get; set; }
        public string FollowUpNotes { get; set; }
    }

    public class InteractionCreateIssue
    {
        public int ID { get; set; }
        public string Message { get; set; }
        public string ExtraData { get; set; }
    }

    public class InteractionAddData
    {
        public bool OK { get; set; }
        public List<InteractionCreateIssue> InteractionCreateIssues { get; set; }
    }

    [XmlRoot("InteractionAddResults")]
    public class InteractionAddResults
    {
        public InteractionAddData InteractionAddData { get; set; }
    }

    public sealed class InteractionCreateHandler : ApiHandler<InteractionCreateParams>
    {
        public const string ApiKey = "interop-api-key";

        protected override XmlFlavour Flavour { get { return XmlFlavour.XmlSerializer; } }

        protected override object Execute(InteractionCreateParams m, HttpContext context)
        {
            if (m.apiKey != ApiKey) throw new ApiError(401, "Authorization has been denied for this request.");
            CallStore.Record("interactioncreate", new CallRecord()
                .Add("apiKey", m.apiKey)
                .Add("ChannelID", m.ChannelID.ToString(CultureInfo.InvariantCulture))
                .Add("CustomerID", m.CustomerID.HasValue ? m.CustomerID.Value.ToString(CultureInfo.InvariantCulture) : null)
                .Add("AccountNo", m.AccountNo)
                .Add("ContactID", m.ContactID.HasValue ? m.ContactID.Value.ToString(CultureInfo.InvariantCulture) : null)
                .Add("UniqueID", m.UniqueID)
                .Add("Kind", m.Kind)
                .Add("ContactedBy", m.ContactedBy)
                .Add("ContactedFirstName", m.ContactedFirstName)
                .Add("ContactedSurname", m.ContactedSurname)
                .Add("OnDateTime", m.OnDateTime)
                .Add("Notes", m.Notes)
                .Add("FollowUpDateTime", m.FollowUpDateTime)
                .Add("FollowUpBy", m.FollowUpBy)
                .Add("FollowUpNotes", m.FollowUpNotes));
            if (m.UniqueID == "unavailable") throw new ApiError(503, "Service unavailable");
            if (m.UniqueID == "slow") Thread.Sleep(5000);

            InteractionAddData data = new InteractionAddData();
            data.OK = true;
            data.InteractionCreateIssues = new List<InteractionCreateIssue>();
            if (String.IsNullOrEmpty(m.OnDateTime)) data.InteractionCreateIssues.Add(Issue(1, "OnDateTime not set; current time used", m.UniqueID));
            if (!m.CustomerID.HasValue && !m.ContactID.HasValue) data.InteractionCreateIssues.Add(Issue(2, "Customer matched by AccountNo", m.AccountNo));
            if (m.Kind != "C" && m.Kind != "E" && m.Kind != "V")
            {
                data.OK = false;
                data.InteractionCreateIssues.Add(Issue(3, "Unknown Kind", m.Kind));
            }
            InteractionAddResults r = new InteractionAddResults();
            r.InteractionAddData = data;
            return r;
        }

        private static InteractionCreateIssue Issue(int id, string message, string extra)
        {
            InteractionCreateIssue i = new InteractionCreateIssue();
            i.ID = id;
            i.Message = message;
            i.ExtraData = extra;
            return i;
        }
    }
}
