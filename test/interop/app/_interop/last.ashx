<%@ WebHandler Language="C#" Class="LastCallHandler" %>
// GET /_interop/last.ashx?service=NAME         -> JSON of the last recorded call (or null)
// GET /_interop/last.ashx?service=NAME&all=1   -> JSON array of the recorded calls (max 50)
// GET /_interop/last.ashx?service=NAME&clear=1 -> forgets the calls of NAME; returns {"cleared":true}
using System;
using System.Collections.Generic;
using System.Text;
using System.Web;
using SvcgenInterop;

public class LastCallHandler : IHttpHandler
{
    public bool IsReusable { get { return true; } }

    public void ProcessRequest(HttpContext context)
    {
        string service = context.Request.QueryString["service"];
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Cache.SetNoStore();
        if (String.IsNullOrEmpty(service))
        {
            context.Response.StatusCode = 400;
            context.Response.Write("{\"error\":\"missing service parameter\"}");
            return;
        }
        if (context.Request.QueryString["clear"] == "1")
        {
            CallStore.Clear(service);
            context.Response.Write("{\"cleared\":true}");
            return;
        }
        if (context.Request.QueryString["all"] == "1")
        {
            StringBuilder sb = new StringBuilder("[");
            List<CallRecord> all = CallStore.All(service);
            for (int i = 0; i < all.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(CallStore.ToJson(all[i]));
            }
            context.Response.Write(sb.Append(']').ToString());
            return;
        }
        context.Response.Write(CallStore.ToJson(CallStore.Last(service)));
    }
}
