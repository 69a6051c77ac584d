// Shared in-memory record of the last calls received by the interop services.
// Void operations have no answer to check, so each call is stored here and read
// back through /_interop/last.ashx?service=NAME (JSON).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Web;

namespace SvcgenInterop
{
    /// <summary>One received call: ordered name/value pairs plus transport facts.</summary>
    public sealed class CallRecord
    {
        public readonly List<KeyValuePair<string, string>> Values = new List<KeyValuePair<string, string>>();
        public string Protocol = "";
        public string ContentType = "";
        public string SoapAction = "";
        public string HttpMethod = "";
        public string ReceivedAt = "";
        public int Sequence;

        public CallRecord Add(string name, string value)
        {
            Values.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }
    }

    /// <summary>Thread-safe store of the calls seen per service name.</summary>
    public static class CallStore
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<string, List<CallRecord>> Calls = new Dictionary<string, List<CallRecord>>();
        private static int sequence;

        /// <summary>Fills transport facts from the current request and stores the record.</summary>
        public static void Record(string service, CallRecord record)
        {
            HttpContext ctx = HttpContext.Current;
            if (ctx != null)
            {
                HttpRequest req = ctx.Request;
                record.HttpMethod = req.HttpMethod ?? "";
                record.ContentType = req.ContentType ?? "";
                record.SoapAction = req.Headers["SOAPAction"] ?? "";
                record.Protocol = DetectProtocol(req);
            }
            record.ReceivedAt = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture);
            lock (Gate)
            {
                record.Sequence = ++sequence;
                List<CallRecord> list;
                if (!Calls.TryGetValue(service, out list))
                {
                    list = new List<CallRecord>();
                    Calls[service] = list;
                }
                list.Add(record);
                if (list.Count > 50) list.RemoveAt(0);
            }
        }

        /// <summary>
        /// Soap11 / Soap12 / HttpGet / HttpPost for ASMX; Json / Xml for the Web API stand-ins
        /// (decided from method, Content-Type and whether the path is an .asmx).
        /// </summary>
        public static string DetectProtocol(HttpRequest req)
        {
            string ct = (req.ContentType ?? "").ToLowerInvariant();
            bool asmx = (req.FilePath ?? "").EndsWith(".asmx", StringComparison.OrdinalIgnoreCase);
            if (req.HttpMethod == "GET") return "HttpGet";
            if (ct.StartsWith("application/json") || ct.StartsWith("text/json")) return "Json";
            if (ct.StartsWith("application/soap+xml")) return "Soap12";
            if (ct.StartsWith("text/xml")) return asmx ? "Soap11" : "Xml";
            if (ct.StartsWith("application/xml")) return "Xml";
            if (ct.StartsWith("application/x-www-form-urlencoded") || ct.StartsWith("multipart/form-data")) return "HttpPost";
            return "Unknown";
        }

        public static CallRecord Last(string service)
        {
            lock (Gate)
            {
                List<CallRecord> list;
                if (!Calls.TryGetValue(service, out list) || list.Count == 0) return null;
                return list[list.Count - 1];
            }
        }

        public static List<CallRecord> All(string service)
        {
            lock (Gate)
            {
                List<CallRecord> list;
                return Calls.TryGetValue(service, out list) ? new List<CallRecord>(list) : new List<CallRecord>();
            }
        }

        public static void Clear(string service)
        {
            lock (Gate)
            {
                if (service == null) Calls.Clear(); else Calls.Remove(service);
            }
        }

        /// <summary>Hand-written JSON of one record (no dependency needed).</summary>
        public static string ToJson(CallRecord r)
        {
            if (r == null) return "null";
            StringBuilder sb = new StringBuilder();
            sb.Append("{\"sequence\":").Append(r.Sequence.ToString(CultureInfo.InvariantCulture));
            sb.Append(",\"protocol\":").Append(Json.Str(r.Protocol));
            sb.Append(",\"httpMethod\":").Append(Json.Str(r.HttpMethod));
            sb.Append(",\"contentType\":").Append(Json.Str(r.ContentType));
            sb.Append(",\"soapAction\":").Append(Json.Str(r.SoapAction));
            sb.Append(",\"receivedAt\":").Append(Json.Str(r.ReceivedAt));
            sb.Append(",\"values\":{");
            for (int i = 0; i < r.Values.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(Json.Str(r.Values[i].Key)).Append(':').Append(Json.Str(r.Values[i].Value));
            }
            sb.Append("}}");
            return sb.ToString();
        }
    }

    /// <summary>Minimal JSON string escaping (RFC 8259 section 7).</summary>
    public static class Json
    {
        public static string Str(string s)
        {
            if (s == null) return "null";
            StringBuilder sb = new StringBuilder(s.Length + 2);
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
            return sb.ToString();
        }
    }
}
