// Known SOAP faults raised on purpose by the interop services, so that client
// tests can check faultcode, faultstring and detail.
using System;
using System.Web.Services.Protocols;
using System.Xml;

namespace SvcgenInterop
{
    public static class Faults
    {
        /// <summary>Namespace of the &lt;InteropFault&gt; element inside &lt;detail&gt;.</summary>
        public const string DetailNamespace = "http://svcgen.test/interop/fault";

        /// <summary>
        /// A client fault (faultcode soap:Client, SOAP 1.2 Sender) whose detail is
        /// &lt;detail&gt;&lt;InteropFault xmlns="http://svcgen.test/interop/fault"&gt;&lt;Code&gt;code&lt;/Code&gt;&lt;Message&gt;message&lt;/Message&gt;&lt;/InteropFault&gt;&lt;/detail&gt;.
        /// </summary>
        public static SoapException Client(string code, string message, string actor)
        {
            XmlDocument doc = new XmlDocument();
            XmlElement detail = doc.CreateElement(SoapException.DetailElementName.Name, SoapException.DetailElementName.Namespace);
            XmlElement fault = doc.CreateElement("InteropFault", DetailNamespace);
            XmlElement c = doc.CreateElement("Code", DetailNamespace);
            c.InnerText = code;
            XmlElement m = doc.CreateElement("Message", DetailNamespace);
            m.InnerText = message;
            fault.AppendChild(c);
            fault.AppendChild(m);
            detail.AppendChild(fault);
            return new SoapException(message, SoapException.ClientFaultCode, actor, detail);
        }
    }
}
