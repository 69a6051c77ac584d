<%@ WebService Language="C#" Class="InteropService" %>
// Interop service (namespace http://svcgen.test/interop/, WSDL service name "Interop") exercising
// the XmlSerializer features generated clients must handle. All answers are deterministic; the
// rules are written next to each method and in test/interop/README.md.
using System;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Web.Services;
using System.Web.Services.Protocols;
using System.Xml.Serialization;
using SvcgenInterop;

/// <summary>Enum; Critical travels as "very-high" on the wire.</summary>
public enum Priority
{
    Low,
    Normal,
    High,
    [XmlEnum("very-high")] Critical
}

public class LineNote
{
    public string Text;
    public DateTime? At;
}

public class OrderLine
{
    [XmlAttribute] public int LineNo;
    public string Sku;
    public int Quantity;
    public decimal UnitPrice;
    public LineNote[] Notes;
}

public class Order
{
    public Guid Id;
    public string Customer;
    public Priority Priority;
    public DateTime? DueDate;
    public int? Rating;
    public decimal Total;
    public OrderLine[] Lines;
    public string[] Tags;
    public byte[] Attachment;
    public int[][] Matrix;
}

public class Scalars
{
    public bool Flag;
    public byte Byte;
    public short Short;
    public long Long;
    public float Single;
    public double Double;
    public char Char;
    public DateTime When;
    public string Text;
}

public class NullableResult
{
    public int? Count;
    public DateTime? When;
    public decimal? Amount;
    public bool CountWasNull;
    public bool WhenWasNull;
    public bool AmountWasNull;
}

/// <summary>Abstract base of a small hierarchy (XmlSerializer writes derived values with xsi:type).</summary>
[XmlInclude(typeof(Circle)), XmlInclude(typeof(Square)), XmlInclude(typeof(Tile))]
public abstract class Shape
{
    public string Label;
}

public class Circle : Shape
{
    public double Radius;
}

public class Square : Shape
{
    public double Side;
}

/// <summary>A Square with a colour: a subtype two levels below Shape.</summary>
public class Tile : Square
{
    public string Color;
}

/// <summary>In/out SOAP header: &lt;Session xmlns="http://svcgen.test/interop/"&gt;&lt;SessionId/&gt;&lt;Counter/&gt;&lt;/Session&gt;.</summary>
[XmlRoot("Session", Namespace = "http://svcgen.test/interop/")]
public class SessionHeader : SoapHeader
{
    public string SessionId;
    public int Counter;
}

[WebService(Namespace = "http://svcgen.test/interop/", Name = "Interop")]
[WebServiceBinding(ConformsTo = WsiProfiles.BasicProfile1_1)]
public class InteropService : WebService
{
    public SessionHeader Session;

    /// <summary>Returns its argument.</summary>
    [WebMethod]
    public Priority EchoPriority(Priority priority)
    {
        return priority;
    }

    /// <summary>Returns every Priority value in declaration order: Low, Normal, High, very-high.</summary>
    [WebMethod]
    public Priority[] ListPriorities()
    {
        return (Priority[])Enum.GetValues(typeof(Priority));
    }

    /// <summary>
    /// Returns the order with Total = sum(Quantity * UnitPrice) over Lines, Lines renumbered
    /// LineNo = 1..n, Tags sorted ordinally, Attachment reversed and Matrix transposed (rows must
    /// have the same length). Everything else is echoed. Customer "fault" -> fault ORDER_FAULT.
    /// </summary>
    [WebMethod]
    public Order EchoOrder(Order order)
    {
        if (order == null) return null;
        if (order.Customer == "fault") throw Faults.Client("ORDER_FAULT", "Order rejected", null);
        decimal total = 0m;
        if (order.Lines != null)
        {
            for (int i = 0; i < order.Lines.Length; i++)
            {
                OrderLine l = order.Lines[i];
                if (l == null) continue;
                l.LineNo = i + 1;
                total += l.Quantity * l.UnitPrice;
            }
        }
        order.Total = total;
        if (order.Tags != null) Array.Sort(order.Tags, StringComparer.Ordinal);
        if (order.Attachment != null) Array.Reverse(order.Attachment);
        if (order.Matrix != null && order.Matrix.Length > 0 && order.Matrix[0] != null)
        {
            int rows = order.Matrix.Length, cols = order.Matrix[0].Length;
            int[][] t = new int[cols][];
            for (int c = 0; c < cols; c++)
            {
                t[c] = new int[rows];
                for (int r = 0; r < rows; r++) t[c][r] = order.Matrix[r] != null && c < order.Matrix[r].Length ? order.Matrix[r][c] : 0;
            }
            order.Matrix = t;
        }
        return order;
    }

    /// <summary>Echoes each value and tells which ones arrived as null (xsi:nil).</summary>
    [WebMethod]
    public NullableResult EchoNullables(int? count, DateTime? when, decimal? amount)
    {
        NullableResult r = new NullableResult();
        r.Count = count;
        r.When = when;
        r.Amount = amount;
        r.CountWasNull = !count.HasValue;
        r.WhenWasNull = !when.HasValue;
        r.AmountWasNull = !amount.HasValue;
        return r;
    }

    /// <summary>
    /// For each shape, returns the other kind with the same area: a Circle becomes a Square (Side =
    /// Radius * sqrt(pi)), a Square or Tile becomes a Circle (Radius = Side / sqrt(pi)); Label =
    /// "{.NET type name}:{Label}". A Tile's Color comes back on a Tile: a Tile stays a Tile with
    /// Side doubled. null items are skipped.
    /// </summary>
    [WebMethod]
    public Shape[] Transform(Shape[] shapes)
    {
        if (shapes == null) return null;
        System.Collections.Generic.List<Shape> result = new System.Collections.Generic.List<Shape>();
        foreach (Shape s in shapes)
        {
            if (s == null) continue;
            string label = s.GetType().Name + ":" + s.Label;
            if (s is Tile)
            {
                Tile t = new Tile();
                t.Label = label;
                t.Side = ((Tile)s).Side * 2;
                t.Color = ((Tile)s).Color;
                result.Add(t);
            }
            else if (s is Circle)
            {
                Square q = new Square();
                q.Label = label;
                q.Side = ((Circle)s).Radius * Math.Sqrt(Math.PI);
                result.Add(q);
            }
            else
            {
                Circle c = new Circle();
                c.Label = label;
                c.Radius = ((Square)s).Side / Math.Sqrt(Math.PI);
                result.Add(c);
            }
        }
        return result.ToArray();
    }

    /// <summary>Returns its argument.</summary>
    [WebMethod]
    public Guid EchoGuid(Guid id)
    {
        return id;
    }

    /// <summary>Returns a + b (System.Decimal arithmetic, 28-29 significant digits).</summary>
    [WebMethod]
    public decimal AddDecimals(decimal a, decimal b)
    {
        return a + b;
    }

    /// <summary>Returns the bytes in reverse order (null stays null).</summary>
    [WebMethod]
    public byte[] ReverseBytes(byte[] data)
    {
        if (data == null) return null;
        byte[] copy = (byte[])data.Clone();
        Array.Reverse(copy);
        return copy;
    }

    /// <summary>Echoes every scalar; Long + 1, Text upper-cased (invariant).</summary>
    [WebMethod]
    public Scalars EchoScalars(Scalars value)
    {
        if (value == null) return null;
        value.Long = value.Long + 1;
        if (value.Text != null) value.Text = value.Text.ToUpperInvariant();
        return value;
    }

    /// <summary>
    /// Integer division: returns dividend / divisor, out remainder = dividend % divisor.
    /// divisor == 0 -> fault (faultcode soap:Client, detail code DIVIDE_BY_ZERO).
    /// </summary>
    [WebMethod]
    public int Divide(int dividend, int divisor, out int remainder)
    {
        if (divisor == 0) throw Faults.Client("DIVIDE_BY_ZERO", "Cannot divide by zero", null);
        remainder = dividend % divisor;
        return dividend / divisor;
    }

    /// <summary>Void with ref parameters: the two strings come back swapped.</summary>
    [WebMethod]
    public void Swap(ref string left, ref string right)
    {
        string t = left;
        left = right;
        right = t;
    }

    /// <summary>
    /// Uses the in/out Session header. Missing header -> fault (code MISSING_SESSION). Otherwise
    /// the response header carries the same SessionId and Counter + 1; the method returns
    /// "SessionId:newCounter:note".
    /// </summary>
    [WebMethod]
    [SoapHeader("Session", Direction = SoapHeaderDirection.InOut)]
    public string Touch(string note)
    {
        if (Session == null) throw Faults.Client("MISSING_SESSION", "Session header is required", null);
        Session.Counter = Session.Counter + 1;
        return Session.SessionId + ":" + Session.Counter.ToString(CultureInfo.InvariantCulture) + ":" + note;
    }

    /// <summary>
    /// Always fails. code "server" -> faultcode soap:Server with detail code SERVER_FAULT;
    /// code "crash" -> an unhandled InvalidOperationException(message) (Mono's generic fault);
    /// anything else -> faultcode soap:Client with detail &lt;Code&gt;code&lt;/Code&gt;&lt;Message&gt;message&lt;/Message&gt;.
    /// </summary>
    [WebMethod]
    public void Fail(string code, string message)
    {
        if (code == "crash") throw new InvalidOperationException(message);
        if (code == "server")
        {
            SoapException c = Faults.Client("SERVER_FAULT", message, null);
            throw new SoapException(message, SoapException.ServerFaultCode, null, c.Detail);
        }
        throw Faults.Client(code, message, null);
    }

    /// <summary>Sleeps the given number of milliseconds (capped at 10 s), then returns it.</summary>
    [WebMethod]
    public int Delay(int milliseconds)
    {
        int ms = Math.Max(0, Math.Min(milliseconds, 10000));
        Thread.Sleep(ms);
        return ms;
    }
}
