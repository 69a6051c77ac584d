// Stand-in for seed 001: POST api/vspinteraction/create (help page of an ASP.NET Web API,
// XML flavour DataContractSerializer, namespace http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models).
//
// Rules:
// - AppAccessKey must equal "interop-app-key", else 401 {"Message":"Authorization has been denied for this request."}
//   (checked after model validation, like an action filter reading the body)
// - InteractionIdentity == "slow" -> sleeps 5 s before answering
// - answer VspInteraction: InteractionId = "VSP-" + InteractionIdentity,
//   CampaignKey = AccountId ("D" format), InteractionUrl =
//   "https://vsp.example.test/i/" + escaped InteractionIdentity + "?contact=" + ContactId
// Every accepted call is recorded under service "vspinteraction" (/_interop/last.ashx).
using System;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading;
using System.Web;
using SvcgenInterop;
using SvcgenInterop.WebApi;

namespace SeeTheProWebAPI.Models
{
    public class CreateVspInteraction
    {
        [Required] public string AppAccessKey { get; set; }
        [Required] public string InteractionIdentity { get; set; }
        [Required] public string InteractionName { get; set; }
        [Required] public Guid AccountId { get; set; }
        [Required] public Guid ContactId { get; set; }
        public Guid? TenantKey { get; set; }
        public Guid? GroupKey { get; set; }
    }

    public class VspInteraction
    {
        public string InteractionId { get; set; }
        public string CampaignKey { get; set; }
        public string InteractionUrl { get; set; }
    }
}

namespace SvcgenInterop.WebApi
{
    public sealed class VspInteractionCreateHandler : ApiHandler<SeeTheProWebAPI.Models.CreateVspInteraction>
    {
        public const string AppAccessKey = "interop-app-key";

        protected override XmlFlavour Flavour { get { return XmlFlavour.DataContract; } }

        protected override object Execute(SeeTheProWebAPI.Models.CreateVspInteraction m, HttpContext context)
        {
            if (m.AppAccessKey != AppAccessKey) throw new ApiError(401, "Authorization has been denied for this request.");
            CallStore.Record("vspinteraction", new CallRecord()
                .Add("AppAccessKey", m.AppAccessKey)
                .Add("InteractionIdentity", m.InteractionIdentity)
                .Add("InteractionName", m.InteractionName)
                .Add("AccountId", m.AccountId.ToString())
                .Add("ContactId", m.ContactId.ToString())
                .Add("TenantKey", m.TenantKey.HasValue ? m.TenantKey.Value.ToString() : null)
                .Add("GroupKey", m.GroupKey.HasValue ? m.GroupKey.Value.ToString() : null));
            if (m.InteractionIdentity == "slow") Thread.Sleep(5000);
            SeeTheProWebAPI.Models.VspInteraction r = new SeeTheProWebAPI.Models.VspInteraction();
            r.InteractionId = "VSP-" + m.InteractionIdentity;
            r.CampaignKey = m.AccountId.ToString();
            r.InteractionUrl = "https://vsp.example.test/i/" + Uri.EscapeDataString(m.InteractionIdentity) + "?contact=" + m.ContactId.ToString();
            return r;
        }
    }
}
