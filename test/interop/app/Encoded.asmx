<%@ WebService Language="C#" Class="EncodedService" %>
// rpc/encoded service (namespace http://svcgen.test/encoded/, WSDL service name "Encoded"):
// [SoapRpcService] makes every operation rpc style with SOAP encoding, so requests and responses
// use xsi:type, SOAP-ENC arrays and (SOAP 1.1) multi-reference values (href/id). Deterministic
// answers; the rules are written next to each method and in test/interop/README.md.
using System;
using System.Web.Services;
using System.Web.Services.Protocols;
using System.Xml.Serialization;

/// <summary>Encoded enum; DarkBlue travels as "dark-blue".</summary>
public enum Tint
{
    Red,
    Green,
    [SoapEnum("dark-blue")] DarkBlue
}

public class Point
{
    public int X;
    public int Y;
    public string Label;
}

public class Drawing
{
    public string Name;
    public Tint Tint;
    public decimal Scale;
    public DateTime Created;
    public Point Origin;
    public Point[] Path;
    public string[] Tags;
    public byte[] Thumbnail;
}

[WebService(Namespace = "http://svcgen.test/encoded/", Name = "Encoded")]
[SoapRpcService]
public class EncodedService : WebService
{
    /// <summary>Returns the points in reverse order with X and Y swapped and offset added to both.</summary>
    [WebMethod]
    public Point[] Mirror(Point[] points, int offset)
    {
        if (points == null) return null;
        Point[] r = new Point[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            Point p = new Point();
            p.X = points[i].Y + offset;
            p.Y = points[i].X + offset;
            p.Label = points[i].Label;
            r[r.Length - 1 - i] = p;
        }
        return r;
    }

    /// <summary>Splits text at spaces (an array result that HTTP GET/POST can carry).</summary>
    [WebMethod]
    public string[] Split(string text)
    {
        return text == null ? null : text.Split(' ');
    }

    /// <summary>Returns the point (x, y) labelled label (a record result that HTTP GET/POST can carry).</summary>
    [WebMethod]
    public Point Locate(int x, int y, string label)
    {
        Point p = new Point();
        p.X = x;
        p.Y = y;
        p.Label = label;
        return p;
    }

    /// <summary>Returns a + b, out length = its length.</summary>
    [WebMethod]
    public string Concat(string a, string b, out int length)
    {
        length = (a + b).Length;
        return a + b;
    }

    /// <summary>
    /// Returns the drawing with Name upper-cased, Tint rotated (Red -> Green -> DarkBlue -> Red),
    /// Scale doubled, Created plus one day, Path reversed, Tags sorted ordinally, Thumbnail
    /// reversed, and Origin the first point of the (reversed) Path, the same object (sent once,
    /// referenced twice, in SOAP 1.1 multi-reference form).
    /// </summary>
    [WebMethod]
    public Drawing Redraw(Drawing d)
    {
        if (d == null) return null;
        d.Name = d.Name == null ? null : d.Name.ToUpperInvariant();
        d.Tint = d.Tint == Tint.Red ? Tint.Green : d.Tint == Tint.Green ? Tint.DarkBlue : Tint.Red;
        d.Scale = d.Scale * 2;
        d.Created = d.Created.AddDays(1);
        if (d.Path != null)
        {
            Array.Reverse(d.Path);
            if (d.Path.Length > 0) d.Origin = d.Path[0];
        }
        if (d.Tags != null) Array.Sort(d.Tags, StringComparer.Ordinal);
        if (d.Thumbnail != null) Array.Reverse(d.Thumbnail);
        return d;
    }
}
