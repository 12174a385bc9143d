using System.Text;

namespace Pipeline.Cli.Output;

/// <summary>
/// Drops the spaces a table pads its last column with at the end of each line, so output written to a file or a
/// pipe has no trailing whitespace for diffs and greps to trip on.
/// </summary>
internal sealed class LineTrimmingWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            var end = _line.Length;
            while (end > 0 && _line[end - 1] is ' ' or '\r')
            {
                end--;
            }

            inner.Write(_line.ToString(0, end));
            inner.Write('\n');
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
        {
            Write(c);
        }
    }

    public override void Flush()
    {
        inner.Write(_line.ToString());
        _line.Clear();
        inner.Flush();
    }
}
