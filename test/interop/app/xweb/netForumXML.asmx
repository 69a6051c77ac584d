<%@ WebService Language="C#" Class="netForumXML" %>
// Stand-in for the xWeb service of seed 004 (namespace http://www.avectra.com/2005/).
//
// Authenticate(userName, password): valid credentials are userName "interop", password
//   "secret"; returns a new token both as the result string and in the AuthorizationToken
//   response header. Wrong credentials -> fault INVALID_CREDENTIALS.
// InsertFacadeObject(szObjectName, oNode): needs the AuthorizationToken header carrying the
//   LATEST token. Tokens rotate: each accepted token is consumed and a new one comes back in the
//   response header. Missing header/token -> fault MISSING_TOKEN; unknown or already used token ->
//   fault INVALID_TOKEN. A request rejected by a fault does not consume its token. oNode holds <{Name}Objects><{Name}Object>…</{Name}Object>…</{Name}Objects>;
//   the answer is <{Name}Objects recordReturn="N"><{Name}Object><{prefix}_key>new guid</…>…, where
//   prefix is the text before the first '_' of the first field of the first record (cma for
//   cma_cst_key). For szObjectName "CustomerMessagingActivity" every record needs cma_cst_key,
//   cma_activity_date and cma_eml_key or cma_eml_address, else fault MISSING_FIELD.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Web.Services;
using System.Web.Services.Protocols;
using System.Xml;
using System.Xml.Serialization;
using SvcgenInterop;

[XmlRoot("AuthorizationToken", Namespace = "http://www.avectra.com/2005/")]
[XmlType("AuthorizationToken", Namespace = "http://www.avectra.com/2005/")]
public class AuthorizationToken : SoapHeader
{
    public string Token;
}

public static class TokenStore
{
    private static readonly object Gate = new object();
    private static readonly HashSet<string> Valid = new HashSet<string>();

    public static string Issue()
    {
        string t = "tok-" + Guid.NewGuid().ToString("N");
        lock (Gate) { Valid.Add(t); }
        return t;
    }

    public static bool IsValid(string token)
    {
        lock (Gate) { return token != null && Valid.Contains(token); }
    }

    /// <summary>Consumes a valid token (true) or reports it stale/unknown (false).</summary>
    public static bool Consume(string token)
    {
        lock (Gate) { return token != null && Valid.Remove(token); }
    }
}

[WebService(Namespace = "http://www.avectra.com/2005/")]
[WebServiceBinding(ConformsTo = WsiProfiles.BasicProfile1_1)]
public class netForumXML : WebService
{
    private const string Ns = "http://www.avectra.com/2005/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    public AuthorizationToken AuthorizationTokenValue;

    [WebMethod]
    [SoapHeader("AuthorizationTokenValue", Direction = SoapHeaderDirection.Out)]
    public string Authenticate(string userName, string password)
    {
        if (userName != "interop" || password != "secret")
        {
            throw Faults.Client("INVALID_CREDENTIALS", "Invalid user name or password", null);
        }
        string token = TokenStore.Issue();
        AuthorizationTokenValue = new AuthorizationToken();
        AuthorizationTokenValue.Token = token;
        return token;
    }

    [WebMethod]
    [SoapHeader("AuthorizationTokenValue", Direction = SoapHeaderDirection.InOut)]
    public XmlNode InsertFacadeObject(string szObjectName, XmlNode oNode)
    {
        string incoming = AuthorizationTokenValue == null ? null : AuthorizationTokenValue.Token;
        CallStore.Record("netforum", new CallRecord()
            .Add("szObjectName", szObjectName)
            .Add("token", incoming)
            .Add("oNode", oNode == null ? null : oNode.OuterXml));
        if (String.IsNullOrEmpty(incoming))
        {
            throw Faults.Client("MISSING_TOKEN", "AuthorizationToken header is required", null);
        }
        if (!TokenStore.IsValid(incoming))
        {
            throw Faults.Client("INVALID_TOKEN", "Invalid or expired token", null);
        }

        // The XmlNode parameter is the content of <oNode> (or <oNode> itself on some stacks).
        XmlElement root = oNode as XmlElement;
        if (root == null) root = FirstElement(oNode);
        if (root != null && root.LocalName == "oNode") root = FirstElement(root);
        string name = szObjectName ?? "Object";
        List<XmlElement> records = new List<XmlElement>();
        if (root != null)
        {
            foreach (XmlNode n in root.ChildNodes)
            {
                if (n.NodeType == XmlNodeType.Element) records.Add((XmlElement)n);
            }
        }
        if (name == "CustomerMessagingActivity") CheckRequired(records);
        // Rotate only once the request is accepted: a fault carries no header, so the client
        // keeps its (still valid) token after a validation fault.
        if (!TokenStore.Consume(incoming))
        {
            throw Faults.Client("INVALID_TOKEN", "Invalid or expired token", null);
        }
        AuthorizationTokenValue.Token = TokenStore.Issue();

        string prefix = KeyPrefix(records);
        XmlDocument doc = new XmlDocument();
        XmlElement objects = doc.CreateElement(name + "Objects", Ns);
        XmlAttribute loc = doc.CreateAttribute("xsi", "schemaLocation", XsiNs);
        loc.Value = Ns + " " + name + ".xsd";
        objects.Attributes.Append(loc);
        objects.SetAttribute("recordReturn", records.Count.ToString(CultureInfo.InvariantCulture));
        foreach (XmlElement unused in records)
        {
            XmlElement obj = doc.CreateElement(name + "Object", Ns);
            XmlElement key = doc.CreateElement(prefix + "_key", Ns);
            key.InnerText = Guid.NewGuid().ToString();
            obj.AppendChild(key);
            objects.AppendChild(obj);
        }
        doc.AppendChild(objects);
        return doc.DocumentElement;
    }

    private static XmlElement FirstElement(XmlNode node)
    {
        if (node == null) return null;
        foreach (XmlNode n in node.ChildNodes)
        {
            if (n.NodeType == XmlNodeType.Element) return (XmlElement)n;
        }
        return null;
    }

    private static string KeyPrefix(List<XmlElement> records)
    {
        if (records.Count == 0) return "key";
        XmlElement first = FirstElement(records[0]);
        if (first == null) return "key";
        int i = first.LocalName.IndexOf('_');
        return i > 0 ? first.LocalName.Substring(0, i) : "key";
    }

    private static string Field(XmlElement record, string name)
    {
        foreach (XmlNode n in record.ChildNodes)
        {
            if (n.NodeType == XmlNodeType.Element && n.LocalName == name) return n.InnerText;
        }
        return null;
    }

    private static void CheckRequired(List<XmlElement> records)
    {
        for (int i = 0; i < records.Count; i++)
        {
            XmlElement r = records[i];
            string missing = null;
            if (String.IsNullOrEmpty(Field(r, "cma_cst_key"))) missing = "cma_cst_key";
            else if (String.IsNullOrEmpty(Field(r, "cma_activity_date"))) missing = "cma_activity_date";
            else if (String.IsNullOrEmpty(Field(r, "cma_eml_key")) && String.IsNullOrEmpty(Field(r, "cma_eml_address"))) missing = "cma_eml_key or cma_eml_address";
            if (missing != null)
            {
                throw Faults.Client("MISSING_FIELD", "Record " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + missing + " is required", null);
            }
        }
    }
}
