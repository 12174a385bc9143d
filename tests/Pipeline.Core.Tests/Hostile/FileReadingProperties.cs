using System.Text;
using CsCheck;
using Pipeline.Core.Decoding;
using Pipeline.Core.Model;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Hostile;

/// <summary>
/// Property-based tests: whatever bytes arrive (random, or valid files of every format damaged by flips,
/// truncation, insertion, duplication and deletion), the analyzer answers with a <see cref="FileAnalysis"/> or an
/// <see cref="ArticleFormatException"/>, never another exception, and never hangs; and text in any supported
/// encoding decodes back to itself.
/// </summary>
public sealed class FileReadingProperties
{
    // A hang guard, not a speed target: every input here is analyzed in milliseconds.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static readonly ArticleAnalyzer Analyzer = new();

    private static readonly string?[] FileNames =
        [null, "article.txt", "page.html", "article.json", "articles.jsonl", "feed.rss", "feed.atom", "feed.xml", "article.md", "article.txt.gz"];

    // Valid files of every shape: the seeds, the format samples, and a few encodings and wrappings of them.
    private static readonly Lazy<byte[][]> ValidFiles = new(() =>
    [
        .. new[] { Seeds.Ptb, Seeds.Scraped, Seeds.Prose }.Select(name => File.ReadAllBytes(Seeds.Path(name))),
        .. Samples.All.Select(sample => Samples.Bytes(sample.Name)),
        Samples.Gzip(Samples.Bytes(Samples.Html)),
        Samples.Gzip(Samples.Bytes(Samples.JsonLines)),
        Encoding.Unicode.GetBytes(Seeds.Text(Seeds.Prose)[..2000]),
        LegacyEncodings.Windows1252.GetBytes("Le café — “quotes” and naïve résumés in Zürich.\n\nThe mayor spoke on Friday."),
    ]);

    private enum MutationKind
    {
        FlipBit,
        Truncate,
        Insert,
        Duplicate,
        Delete,
    }

    [Fact]
    public void Random_bytes_yield_an_analysis_or_a_typed_error()
    {
        Gen.Select(Gen.Byte.Array[0, 2048], Gen.Int[0, FileNames.Length - 1])
            .Sample((bytes, name) => AssertTypedOutcome(bytes, FileNames[name]), iter: 3000);
    }

    [Fact]
    public void Random_markup_and_punctuation_yield_an_analysis_or_a_typed_error()
    {
        // Text dense in the characters detection and the structure scans branch on.
        var alphabet = "<>{}[]\"'\\/:!?-#=&;*_`~|\n\n\r\t    abcdefghxyzABCTé—“”\u200B\u202E€0123456789";
        var prefixes = Gen.OneOf("", "<?xml version=\"1.0\"?>", "<rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<!DOCTYPE html>", "<html><script", "<p><style a='", "---\n", "# ", "{", "[", "{\"title\":");
        Gen.Select(prefixes, Gen.Char[alphabet].Array[0, 800], Gen.Int[0, FileNames.Length - 1])
            .Sample((prefix, chars, name) => AssertTypedOutcome(Encoding.UTF8.GetBytes(prefix + new string(chars)), FileNames[name]), iter: 3000);
    }

    [Fact]
    public void Mutated_valid_files_yield_an_analysis_or_a_typed_error()
    {
        var mutation = Gen.Select(Gen.Enum<MutationKind>(), Gen.Double.Unit, Gen.Int[1, 512], Gen.Byte.Array[1, 24]);
        Gen.Select(Gen.Int[0, ValidFiles.Value.Length - 1], mutation.Array[1, 4], Gen.Int[0, FileNames.Length - 1])
            .Sample((file, mutations, name) => AssertTypedOutcome(Mutate(ValidFiles.Value[file], mutations), FileNames[name]), iter: 1500);
    }

    [Fact]
    public void Text_in_any_unicode_encoding_decodes_to_itself()
    {
        Encoding[] encodings =
        [
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        ];
        Gen.Select(UnicodeText, Gen.Int[0, encodings.Length])
            .Sample((text, which) =>
            {
                var bytes = which == encodings.Length
                    ? Encoding.UTF8.GetBytes(text)
                    : [.. encodings[which].GetPreamble(), .. encodings[which].GetBytes(text)];
                Assert.Equal(text, ArticleTextDecoder.Decode(bytes).Text);
            }, iter: 2000);
    }

    [Fact]
    public void Latin_text_in_utf16_without_byte_order_mark_decodes_to_itself()
    {
        var latin = Gen.Char["abcdefghijklmnopqrstuvwxyz ABCXYZ.,;:!?'\"()0123456789\nàéîõüßçñÅØÆ«»¡¿"].Array[2, 400].Select(chars => new string(chars));
        Gen.Select(latin, Gen.Bool)
            .Sample((text, bigEndian) =>
            {
                var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text);
                var decoded = ArticleTextDecoder.Decode(bytes);
                Assert.Equal(text, decoded.Text);
                Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", decoded.Encoding);
            }, iter: 2000);
    }

    [Fact]
    public void Western_prose_in_windows1252_decodes_to_itself()
    {
        var word = Gen.Select(Gen.Char['a', 'z'].Array[5, 10], Gen.Int[-8, 9], Gen.Char["éèàüöäßçñóíúôâ"], (letters, at, accent) =>
        {
            // About half the words carry one accented letter, anywhere in the word.
            if (at >= 0)
            {
                letters[at % letters.Length] = accent;
            }

            return new string(letters);
        });
        var separator = Gen.OneOf(" ", " ", " ", ", ", ". ", " — ", " “", "” ", "… ");
        Gen.Select(word, separator).Array[1, 60]
            .Select(parts => string.Concat(parts.Select(part => part.Item1 + part.Item2)))
            .Where(text => text.Any(c => c > '\u007F'))

            // "ß”" is DF 94 in Windows-1252, which is also valid UTF-8 (U+07D4): bytes that are valid UTF-8 are read
            // as UTF-8, rightly, so such texts say nothing about legacy detection.
            .Where(text => !System.Text.Unicode.Utf8.IsValid(LegacyEncodings.Windows1252.GetBytes(text)))
            .Sample(text =>
            {
                var decoded = ArticleTextDecoder.Decode(LegacyEncodings.Windows1252.GetBytes(text));
                Assert.Equal(text, decoded.Text);
                Assert.Equal("windows-1252", decoded.Encoding);
            }, iter: 2000);
    }

    [Fact]
    public void Gzip_returns_exactly_what_was_compressed()
    {
        var options = ArticleAnalyzerOptions.Default;
        Gen.Select(Gen.Byte.Array[0, 4096], Gen.Bool)
            .Where((bytes, _) => !GzipUnwrapper.IsGzip(bytes))
            .Sample((bytes, twice) =>
            {
                var gzip = twice ? Samples.Gzip(Samples.Gzip(bytes)) : Samples.Gzip(bytes);
                using var raw = new PooledArray<byte>(gzip.Length);
                gzip.CopyTo(raw.Array, 0);
                raw.Length = gzip.Length;
                using var unwrapped = GzipUnwrapper.Unwrap(raw, options, CancellationToken.None);
                Assert.Equal(bytes, unwrapped!.Span.ToArray());
            }, iter: 1000);
    }

    // Code points from every plane, without controls, surrogates or the characters a byte order mark begins with.
    private static Gen<string> UnicodeText { get; } = Gen.Frequency(
            (6, Gen.Int[0x20, 0x7E]),
            (3, Gen.Int[0xA0, 0xD7FF]),
            (1, Gen.Int[0xE000, 0xFFFD]),
            (1, Gen.Int[0x10000, 0x10FFFF]))
        .Where(codePoint => codePoint != 0xFEFF)
        .Array[1, 300]
        .Select(codePoints => string.Concat(codePoints.Select(char.ConvertFromUtf32)));

    private static byte[] Mutate(byte[] original, (MutationKind Kind, double At, int Length, byte[] Bytes)[] mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var (kind, at, length, insert) in mutations)
        {
            var position = Math.Min((int)(at * bytes.Count), Math.Max(bytes.Count - 1, 0));
            var span = Math.Min(length, bytes.Count - position);
            switch (kind)
            {
                case MutationKind.FlipBit when bytes.Count > 0:
                    bytes[position] ^= (byte)(1 << (length % 8));
                    break;
                case MutationKind.Truncate:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                case MutationKind.Insert:
                    bytes.InsertRange(position, insert);
                    break;
                case MutationKind.Duplicate when span > 0:
                    bytes.InsertRange(position, bytes.GetRange(position, span));
                    break;
                case MutationKind.Delete when span > 0:
                    bytes.RemoveRange(position, span);
                    break;
            }
        }

        return [.. bytes];
    }

    private static void AssertTypedOutcome(byte[] content, string? fileName)
    {
        var run = Task.Run(() => Analyzer.AnalyzeFileAsync(new MemoryStream(content, writable: false), fileName));
        if (Task.WaitAny([run], Deadline) < 0)
        {
            throw new TimeoutException($"analysis of {content.Length} bytes named {fileName ?? "(none)"} did not finish within {Deadline}");
        }

        try
        {
            var analysis = run.GetAwaiter().GetResult();
            Assert.NotEmpty(analysis.Entries);
            Assert.All(analysis.Entries, entry => Assert.True((entry.Analysis is null) != (entry.Error is null)));
            Assert.All(analysis.Entries, entry => Assert.False(entry.Analysis is { } article && string.IsNullOrWhiteSpace(article.Document.Body)));
        }
        catch (ArticleFormatException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            Assert.True(Enum.IsDefined(ex.Code));
        }
    }
}
