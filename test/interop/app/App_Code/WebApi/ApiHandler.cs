// Minimal ASP.NET Web API look-alike for the interop test bed (Web API itself is not packaged
// for Mono on Debian). One IHttpHandler per route, mapped in web.config <httpHandlers>.
//
// Behaviour copied from Web API 2 defaults:
// - only POST (else 405 {"Message":"The requested resource does not support http method 'GET'."})
// - body read by Content-Type: application/json, text/json -> Json.NET;
//   application/xml, text/xml -> DataContractSerializer or XmlSerializer (per route);
//   anything else -> 415 {"Message":"The request entity's media type 'x' is not supported for this resource."}
// - model validation like ModelState: 400 {"Message":"The request is invalid.","ModelState":{"model.Field":["msg"]}}
//   ([Required] also needs value-typed members to be present in the body; [MaxLength] via DataAnnotations)
// - answer in the Accept format: XML when Accept names application/xml or text/xml before any JSON
//   type, JSON otherwise.
using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.IO;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using System.Web;
using System.Xml;
using System.Xml.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SvcgenInterop.WebApi
{
    public enum XmlFlavour { DataContract, XmlSerializer }

    /// <summary>Thrown by a route to answer with a given status and Web API error message.</summary>
    public sealed class ApiError : Exception
    {
        public readonly int Status;
        public ApiError(int status, string message) : base(message) { Status = status; }
    }

    /// <summary>Validation errors keyed like Web API's ModelState ("model.Field").</summary>
    public sealed class ModelErrors
    {
        public readonly List<KeyValuePair<string, List<string>>> Entries = new List<KeyValuePair<string, List<string>>>();

        public void Add(string key, string message)
        {
            foreach (KeyValuePair<string, List<string>> e in Entries)
            {
                if (e.Key == key) { e.Value.Add(message); return; }
            }
            Entries.Add(new KeyValuePair<string, List<string>>(key, new List<string> { message }));
        }

        public bool IsValid { get { return Entries.Count == 0; } }
    }

    public abstract class ApiHandler<TModel> : IHttpHandler where TModel : class
    {
        /// <summary>Name of the action parameter; prefixes the ModelState keys.</summary>
        protected virtual string ParameterName { get { return "model"; } }
        protected abstract XmlFlavour Flavour { get; }

        /// <summary>Runs the action on a valid model; returns the response object.</summary>
        protected abstract object Execute(TModel model, HttpContext context);

        public bool IsReusable { get { return true; } }

        public void ProcessRequest(HttpContext context)
        {
            HttpRequest req = context.Request;
            context.Response.Cache.SetNoStore();
            try
            {
                if (req.HttpMethod != "POST")
                {
                    context.Response.AppendHeader("Allow", "POST");
                    throw new ApiError(405, "The requested resource does not support http method '" + req.HttpMethod + "'.");
                }
                string body;
                using (StreamReader r = new StreamReader(req.InputStream, Encoding.UTF8)) body = r.ReadToEnd();
                string mediaType = (req.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
                ModelErrors errors = new ModelErrors();
                TModel model;
                if (mediaType == "application/json" || mediaType == "text/json") model = FromJson(body, errors);
                else if (mediaType == "application/xml" || mediaType == "text/xml") model = FromXml(body, errors);
                else throw new ApiError(415, "The request entity's media type '" + mediaType + "' is not supported for this resource.");
                if (model == null && errors.IsValid) errors.Add(ParameterName, "A non-empty request body is required.");
                if (model != null) Validate(model, errors);
                if (!errors.IsValid)
                {
                    WriteInvalid(context, errors);
                    return;
                }
                object result = Execute(model, context);
                Write(context, 200, result);
            }
            catch (ApiError e)
            {
                WriteMessage(context, e.Status, e.Message);
            }
        }

        // ---- reading ----

        private TModel FromJson(string body, ModelErrors errors)
        {
            if (body.Trim().Length == 0) return null;
            JObject raw;
            try
            {
                raw = JObject.Parse(body);
            }
            catch (JsonReaderException e)
            {
                errors.Add(ParameterName, e.Message);
                return null;
            }
            JsonSerializerSettings settings = new JsonSerializerSettings();
            string prefix = ParameterName;
            settings.Error = delegate(object sender, Newtonsoft.Json.Serialization.ErrorEventArgs args)
            {
                string path = args.ErrorContext.Path;
                errors.Add(String.IsNullOrEmpty(path) ? prefix : prefix + "." + path, args.ErrorContext.Error.Message);
                args.ErrorContext.Handled = true;
            };
            TModel model = JsonConvert.DeserializeObject<TModel>(body, settings);
            if (model != null)
            {
                HashSet<string> present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (JProperty p in raw.Properties()) if (p.Value.Type != JTokenType.Null) present.Add(p.Name);
                CheckValueTypesPresent(present, errors);
            }
            return model;
        }

        private TModel FromXml(string body, ModelErrors errors)
        {
            if (body.Trim().Length == 0) return null;
            try
            {
                XmlDocument doc = new XmlDocument();
                doc.LoadXml(body);
                HashSet<string> present = new HashSet<string>(StringComparer.Ordinal);
                foreach (XmlNode n in doc.DocumentElement.ChildNodes)
                {
                    if (n.NodeType == XmlNodeType.Element) present.Add(n.LocalName);
                }
                TModel model;
                using (XmlReader reader = new XmlNodeReader(doc))
                {
                    if (Flavour == XmlFlavour.DataContract) model = (TModel)new DataContractSerializer(typeof(TModel)).ReadObject(reader);
                    else model = (TModel)new XmlSerializer(typeof(TModel)).Deserialize(reader);
                }
                CheckValueTypesPresent(present, errors);
                return model;
            }
            catch (Exception e)
            {
                Exception inner = e;
                while (inner.InnerException != null) inner = inner.InnerException;
                errors.Add(ParameterName, inner.Message);
                return null;
            }
        }

        /// <summary>[Required] value-typed members must appear in the body (Web API rule).</summary>
        private void CheckValueTypesPresent(HashSet<string> present, ModelErrors errors)
        {
            foreach (PropertyInfo p in typeof(TModel).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) != null) continue;
                if (p.GetCustomAttributes(typeof(RequiredAttribute), true).Length == 0) continue;
                if (!present.Contains(p.Name)) errors.Add(ParameterName + "." + p.Name, "The " + p.Name + " field is required.");
            }
        }

        private void Validate(TModel model, ModelErrors errors)
        {
            List<ValidationResult> results = new List<ValidationResult>();
            Validator.TryValidateObject(model, new ValidationContext(model, null, null), results, true);
            foreach (ValidationResult r in results)
            {
                foreach (string member in r.MemberNames)
                {
                    errors.Add(ParameterName + "." + member, r.ErrorMessage);
                }
            }
        }

        // ---- writing ----

        /// <summary>XML when Accept lists application/xml or text/xml before any JSON type.</summary>
        protected static bool WantsXml(HttpRequest req)
        {
            string accept = (req.Headers["Accept"] ?? "").ToLowerInvariant();
            foreach (string part in accept.Split(','))
            {
                string t = part.Split(';')[0].Trim();
                if (t == "application/xml" || t == "text/xml") return true;
                if (t == "application/json" || t == "text/json") return false;
            }
            return false;
        }

        private void Write(HttpContext context, int status, object value)
        {
            context.Response.StatusCode = status;
            if (WantsXml(context.Request))
            {
                context.Response.ContentType = "application/xml; charset=utf-8";
                StringBuilder sb = new StringBuilder();
                XmlWriterSettings ws = new XmlWriterSettings();
                ws.OmitXmlDeclaration = true;
                ws.Encoding = new UTF8Encoding(false);
                using (XmlWriter w = XmlWriter.Create(sb, ws))
                {
                    if (Flavour == XmlFlavour.DataContract) new DataContractSerializer(value.GetType()).WriteObject(w, value);
                    else new XmlSerializer(value.GetType()).Serialize(w, value);
                }
                context.Response.Write(sb.ToString());
            }
            else
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.Write(JsonConvert.SerializeObject(value));
            }
        }

        private static void WriteMessage(HttpContext context, int status, string message)
        {
            context.Response.StatusCode = status;
            if (WantsXml(context.Request))
            {
                context.Response.ContentType = "application/xml; charset=utf-8";
                context.Response.Write("<Error><Message>" + SecurityElementEscape(message) + "</Message></Error>");
            }
            else
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.Write("{\"Message\":" + Json.Str(message) + "}");
            }
        }

        private static void WriteInvalid(HttpContext context, ModelErrors errors)
        {
            context.Response.StatusCode = 400;
            if (WantsXml(context.Request))
            {
                context.Response.ContentType = "application/xml; charset=utf-8";
                StringBuilder x = new StringBuilder("<Error><Message>The request is invalid.</Message><ModelState>");
                foreach (KeyValuePair<string, List<string>> e in errors.Entries)
                {
                    string tag = XmlConvert.EncodeLocalName(e.Key);
                    foreach (string m in e.Value) x.Append('<').Append(tag).Append('>').Append(SecurityElementEscape(m)).Append("</").Append(tag).Append('>');
                }
                context.Response.Write(x.Append("</ModelState></Error>").ToString());
                return;
            }
            context.Response.ContentType = "application/json; charset=utf-8";
            StringBuilder sb = new StringBuilder("{\"Message\":\"The request is invalid.\",\"ModelState\":{");
            for (int i = 0; i < errors.Entries.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(Json.Str(errors.Entries[i].Key)).Append(":[");
                List<string> msgs = errors.Entries[i].Value;
                for (int j = 0; j < msgs.Count; j++)
                {
                    if (j > 0) sb.Append(',');
                    sb.Append(Json.Str(msgs[j]));
                }
                sb.Append(']');
            }
            context.Response.Write(sb.Append("}}").ToString());
        }

        private static string SecurityElementEscape(string s)
        {
            return System.Security.SecurityElement.Escape(s ?? "");
        }
    }
}
