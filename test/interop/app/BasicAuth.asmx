<%@ WebService Language="C#" Class="BasicAuthService" %>
// HTTP Basic checked by the service itself (namespace http://svcgen.test/basic/, WSDL service name
// "BasicAuth"). A request without "Authorization: Basic base64(alice:s3cret!)" (UTF-8) is answered
// with 401 and WWW-Authenticate: Basic realm="svcgen", before any SOAP processing of the body.
using System;
using System.Text;
using System.Web;
using System.Web.Services;

[WebService(Namespace = "http://svcgen.test/basic/", Name = "BasicAuth")]
public class BasicAuthService : WebService
{
    /// <summary>Greets the authenticated user: "hello {user}: {greeting}".</summary>
    [WebMethod]
    public string Whoami(string greeting)
    {
        HttpContext ctx = HttpContext.Current;
        string header = ctx.Request.Headers["Authorization"] ?? "";
        string user = null;
        if (header.StartsWith("Basic "))
        {
            try
            {
                string pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
                int colon = pair.IndexOf(':');
                if (colon > 0 && pair.Substring(0, colon) == "alice" && pair.Substring(colon + 1) == "s3cret!") user = "alice";
            }
            catch (FormatException)
            {
            }
        }
        if (user == null)
        {
            ctx.Response.Clear();
            ctx.Response.StatusCode = 401;
            ctx.Response.ContentType = "text/plain";
            ctx.Response.AddHeader("WWW-Authenticate", "Basic realm=\"svcgen\"");
            ctx.Response.Write("401 Unauthorized");
            ctx.Response.End();
        }
        return "hello " + user + ": " + greeting;
    }
}
