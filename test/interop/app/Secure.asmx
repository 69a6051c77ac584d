<%@ WebService Language="C#" Class="SecureService" %>
// WS-Security UsernameToken checked by the service itself (namespace http://svcgen.test/secure/,
// WSDL service name "Secure"). The WSDL declares no header: the service reads wsse:Security from
// the request body it received and accepts the call only when
//   - the header holds exactly one UsernameToken for a known user (alice / s3cret!, bob / pässwörd),
//   - the password matches: PasswordText as sent, PasswordDigest = Base64(SHA-1(nonce + created + password)),
//   - wsu:Created of the token is at most 5 minutes old and at most 1 minute in the future,
//   - the Nonce was not seen before (replay),
//   - a wsu:Timestamp is present, its Created not in the future and its Expires not passed.
// Anything else is a SOAP fault with faultcode wsse:FailedAuthentication (or wsse:InvalidSecurity
// when the header is missing or malformed); its faultstring says which check failed.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using System.Web.Services;
using System.Web.Services.Protocols;
using System.Xml;

[WebService(Namespace = "http://svcgen.test/secure/", Name = "Secure")]
public class SecureService : WebService
{
    const string Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    const string Wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    const string Profile = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    static readonly HashSet<string> Nonces = new HashSet<string>();
    static readonly object Gate = new object();

    /// <summary>Greets the authenticated user: "hello {user}: {greeting}".</summary>
    [WebMethod]
    public string Whoami(string greeting)
    {
        string user = Authenticate();
        return "hello " + user + ": " + greeting;
    }

    static SoapException Fail(string code, string message)
    {
        return new SoapException(message, new XmlQualifiedName(code, Wsse));
    }

    static string Password(string user)
    {
        if (user == "alice") return "s3cret!";
        if (user == "bob") return "p\u00e4ssw\u00f6rd";
        return null;
    }

    static DateTime Time(XmlElement e, string what)
    {
        if (e == null) throw Fail("InvalidSecurity", what + " is missing");
        try
        {
            return XmlConvert.ToDateTime(e.InnerText.Trim(), XmlDateTimeSerializationMode.Utc);
        }
        catch (FormatException)
        {
            throw Fail("InvalidSecurity", what + " is not a dateTime");
        }
    }

    static string Authenticate()
    {
        HttpRequest req = HttpContext.Current.Request;
        Stream s = req.InputStream;
        s.Position = 0;
        XmlDocument doc = new XmlDocument();
        doc.PreserveWhitespace = true;
        doc.Load(s);
        XmlNamespaceManager ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("wsse", Wsse);
        ns.AddNamespace("wsu", Wsu);
        XmlNodeList secs = doc.DocumentElement.SelectNodes("*[local-name()='Header']/wsse:Security", ns);
        if (secs.Count != 1) throw Fail("InvalidSecurity", "expected one wsse:Security header, found " + secs.Count);
        XmlElement sec = (XmlElement)secs[0];
        XmlNodeList tokens = sec.SelectNodes("wsse:UsernameToken", ns);
        if (tokens.Count != 1) throw Fail("InvalidSecurity", "expected one UsernameToken, found " + tokens.Count);
        XmlElement token = (XmlElement)tokens[0];
        DateTime now = DateTime.UtcNow;

        XmlElement ts = (XmlElement)sec.SelectSingleNode("wsu:Timestamp", ns);
        if (ts == null) throw Fail("InvalidSecurity", "wsu:Timestamp is missing");
        DateTime tsCreated = Time((XmlElement)ts.SelectSingleNode("wsu:Created", ns), "Timestamp/Created");
        DateTime tsExpires = Time((XmlElement)ts.SelectSingleNode("wsu:Expires", ns), "Timestamp/Expires");
        if (tsCreated > now.AddMinutes(1)) throw Fail("FailedAuthentication", "Timestamp created in the future");
        if (tsExpires <= now) throw Fail("FailedAuthentication", "Timestamp expired");

        XmlElement userEl = (XmlElement)token.SelectSingleNode("wsse:Username", ns);
        XmlElement pwEl = (XmlElement)token.SelectSingleNode("wsse:Password", ns);
        XmlElement nonceEl = (XmlElement)token.SelectSingleNode("wsse:Nonce", ns);
        if (userEl == null || pwEl == null) throw Fail("InvalidSecurity", "Username or Password missing");
        string user = userEl.InnerText;
        string expected = Password(user);
        if (expected == null) throw Fail("FailedAuthentication", "unknown user");
        DateTime created = Time((XmlElement)token.SelectSingleNode("wsu:Created", ns), "UsernameToken/Created");
        if (created < now.AddMinutes(-5)) throw Fail("FailedAuthentication", "Created is too old");
        if (created > now.AddMinutes(1)) throw Fail("FailedAuthentication", "Created in the future");
        if (nonceEl == null) throw Fail("InvalidSecurity", "Nonce missing");
        byte[] nonce;
        try
        {
            nonce = Convert.FromBase64String(nonceEl.InnerText.Trim());
        }
        catch (FormatException)
        {
            throw Fail("InvalidSecurity", "Nonce is not base64");
        }

        string type = pwEl.GetAttribute("Type");
        bool ok;
        if (type == Profile + "#PasswordDigest")
        {
            byte[] c = Encoding.UTF8.GetBytes(token.SelectSingleNode("wsu:Created", ns).InnerText);
            byte[] p = Encoding.UTF8.GetBytes(expected);
            byte[] all = new byte[nonce.Length + c.Length + p.Length];
            Buffer.BlockCopy(nonce, 0, all, 0, nonce.Length);
            Buffer.BlockCopy(c, 0, all, nonce.Length, c.Length);
            Buffer.BlockCopy(p, 0, all, nonce.Length + c.Length, p.Length);
            string digest;
            using (SHA1 sha = SHA1.Create()) digest = Convert.ToBase64String(sha.ComputeHash(all));
            ok = digest == pwEl.InnerText.Trim();
        }
        else if (type == "" || type == Profile + "#PasswordText")
        {
            ok = pwEl.InnerText == expected;
        }
        else throw Fail("InvalidSecurity", "unknown password type " + type);
        if (!ok) throw Fail("FailedAuthentication", "wrong password");

        lock (Gate)
        {
            string key = Convert.ToBase64String(nonce);
            if (Nonces.Contains(key)) throw Fail("FailedAuthentication", "Nonce already used");
            Nonces.Add(key);
        }
        return user;
    }
}
