using System;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml;

namespace Shop.Integration
{
    // Thin client for the layout service. Endpoint from appsettings.json.
    public sealed class LayoutClient
    {
        private readonly HttpClient http;

        public LayoutClient(HttpClient http)
        {
            this.http = http; // injected
        }

        // Help page of the service, copied from http://cms.example.com/Layout.asmx?op=GetLayout
        //
        // Layout
        // Click here for a complete list of operations.
        //
        // GetLayout
        // Returns the layout document of a page.
        //
        // Test
        // The test form is only available for requests from the local machine.
        //
        // SOAP 1.1
        // The following is a sample SOAP 1.1 request and response. The placeholders shown need to be replaced with actual values.
        //
        // POST /Layout.asmx HTTP/1.1
        // Host: cms.example.com
        // Content-Type: text/xml; charset=utf-8
        // Content-Length: length
        // SOAPAction: "http://cms.example.com/layout/GetLayout"
        //
        // <?xml version="1.0" encoding="utf-8"?>
        // <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
        //   <soap:Body>
        //     <GetLayout xmlns="http://cms.example.com/layout/">
        //       <page>string</page>
        //       <revision>int</revision>
        //     </GetLayout>
        //   </soap:Body>
        // </soap:Envelope>
        //
        // HTTP/1.1 200 OK
        // Content-Type: text/xml; charset=utf-8
        // Content-Length: length
        //
        // <?xml version="1.0" encoding="utf-8"?>
        // <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
        //   <soap:Body>
        //     <GetLayoutResponse xmlns="http://cms.example.com/layout/">
        //       <GetLayoutResult>xml</GetLayoutResult>
        //     </GetLayoutResponse>
        //   </soap:Body>
        // </soap:Envelope>
        //
        // HTTP GET
        // The following is a sample HTTP GET request and response. The placeholders shown need to be replaced with actual values.
        //
        // GET /Layout.asmx/GetLayout?page=string&revision=string HTTP/1.1
        // Host: cms.example.com
        //
        // HTTP/1.1 200 OK
        // Content-Type: text/xml; charset=utf-8
        // Content-Length: length
        //
        // <?xml version="1.0" encoding="utf-8"?>
        // xml
        //
        // HTTP POST
        // The following is a sample HTTP POST request and response. The placeholders shown need to be replaced with actual values.
        //
        // POST /Layout.asmx/GetLayout HTTP/1.1
        // Host: cms.example.com
        // Content-Type: application/x-www-form-urlencoded
        // Content-Length: length
        //
        // page=string&revision=string
        //
        // HTTP/1.1 200 OK
        // Content-Type: text/xml; charset=utf-8
        // Content-Length: length
        //
        // <?xml version="1.0" encoding="utf-8"?>
        // xml
        public async Task<XmlElement> GetLayoutAsync(string page, int revision)
        {
            var url = "Layout.asmx/GetLayout?page=" + Uri.EscapeDataString(page) + "&revision=" + revision;
            var text = await http.GetStringAsync(url).ConfigureAwait(false);
            var doc = new XmlDocument();
            doc.LoadXml(text);
            return doc.DocumentElement; // keeps <Layout …>, not only its children
        }
    }

    /// <summary>A page region as the CMS stores it.</summary>
    public sealed class Region
    {
        public string Name { get; set; }
        public int Column { get; set; }
        public int Row { get; set; }
        public int Width { get; set; }
        public int Height { get; set; }
        public string Widget { get; set; }

        public static Region FromXml(XmlElement e)
        {
            if (e == null) throw new ArgumentNullException(nameof(e));
            return new Region
            {
                Name = e.GetAttribute("name"),
                Column = ParseInt(e.GetAttribute("col")),
                Row = ParseInt(e.GetAttribute("row")),
                Width = ParseInt(e.GetAttribute("w")),
                Height = ParseInt(e.GetAttribute("h")),
                Widget = e.InnerText,
            };
        }

        private static int ParseInt(string s)
        {
            int v;
            return int.TryParse(s, out v) ? v : 0;
        }

        public bool Overlaps(Region other)
        {
            if (other == null) return false;
            bool x = Column < other.Column + other.Width && other.Column < Column + Width;
            bool y = Row < other.Row + other.Height && other.Row < Row + Height;
            return x && y;
        }

        public override string ToString()
        {
            return Name + " (" + Column + "," + Row + " " + Width + "x" + Height + ")";
        }
    }

    public static class RegionChecks
    {
        public static void RequireNoOverlap(Region[] regions)
        {
            for (int i = 0; i < regions.Length; i++)
            {
                for (int j = i + 1; j < regions.Length; j++)
                {
                    if (regions[i].Overlaps(regions[j]))
                    {
                        throw new InvalidOperationException(regions[i] + " overlaps " + regions[j]);
                    }
                }
            }
        }

        public static int Area(Region[] regions)
        {
            int sum = 0;
            foreach (var r in regions)
            {
                sum += r.Width * r.Height;
            }
            return sum;
        }

        public static Region Widest(Region[] regions)
        {
            Region best = null;
            foreach (var r in regions)
            {
                if (best == null || r.Width > best.Width)
                {
                    best = r;
                }
            }
            return best;
        }
    }
}
