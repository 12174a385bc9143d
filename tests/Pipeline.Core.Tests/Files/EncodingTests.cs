using System.Text;
using Pipeline.Core.Decoding;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Files;

public sealed class EncodingTests
{
    private const string Prose = "Le café — “quotes” and naïve résumés. The mayor of Zürich met reporters on Friday.";

    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Utf8_without_byte_order_mark_decodes()
    {
        var decoded = ArticleTextDecoder.Decode(Encoding.UTF8.GetBytes(Prose));
        Assert.Equal(Prose, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped()
    {
        var decoded = ArticleTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Prose)]);
        Assert.Equal(Prose, decoded.Text);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_with_byte_order_mark_decodes(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var decoded = ArticleTextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Prose)]);
        Assert.Equal(Prose, decoded.Text);
        Assert.Equal(name, decoded.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_without_byte_order_mark_is_recognized_in_both_byte_orders(bool bigEndian, string name)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Prose);
        var decoded = ArticleTextDecoder.Decode(bytes);
        Assert.Equal(Prose, decoded.Text);
        Assert.Equal(name, decoded.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-32le")]
    [InlineData(true, "utf-32be")]
    public void Utf32_with_byte_order_mark_decodes(bool bigEndian, string name)
    {
        const string text = "Emoji 📰 and accents: São Paulo, Kraków.";
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var decoded = ArticleTextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        Assert.Equal(text, decoded.Text);
        Assert.Equal(name, decoded.Encoding);
    }

    [Fact]
    public async Task Windows1252_file_is_detected_rather_than_mangled()
    {
        var bytes = LegacyEncodings.Windows1252.GetBytes(Prose);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        var decoded = ArticleTextDecoder.Decode(bytes);
        Assert.Equal(Prose, decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);

        var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(bytes), "article.txt");
        Assert.Contains("café — “quotes”", analysis.Entries[0].Analysis!.Document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_file_is_read_as_windows1252()
    {
        const string text = "Straßenbahn in Zürich: São Paulo’s señor Muñoz visited Århus.";
        var decoded = ArticleTextDecoder.Decode(Encoding.Latin1.GetBytes(text.Replace('’', '\'')));
        Assert.Equal(text.Replace('’', '\''), decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void Meta_charset_names_the_encoding_of_bytes_that_are_not_utf8()
    {
        var latin2 = CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-2")!;
        const string html = "<html><head><meta charset=\"ISO-8859-2\"><title>Łódź</title></head><body><p>Władysław z Łodzi i Gdańska.</p></body></html>";
        var decoded = ArticleTextDecoder.Decode(latin2.GetBytes(html));
        Assert.Equal(html, decoded.Text);
        Assert.Equal("iso-8859-2", decoded.Encoding);
    }

    [Fact]
    public void Http_equiv_content_type_names_the_encoding()
    {
        var shiftJis = CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!;
        const string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>東京都は月曜日に新しい計画を発表した。</p></body></html>";
        var decoded = ArticleTextDecoder.Decode(shiftJis.GetBytes(html));
        Assert.Equal(html, decoded.Text);
        Assert.Equal("shift_jis", decoded.Encoding);
    }

    [Fact]
    public void Xml_declaration_names_the_encoding()
    {
        var cyrillic = CodePagesEncodingProvider.Instance.GetEncoding("windows-1251")!;
        const string xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Новости Москвы</title></channel></rss>";
        var decoded = ArticleTextDecoder.Decode(cyrillic.GetBytes(xml));
        Assert.Equal(xml, decoded.Text);
        Assert.Equal("windows-1251", decoded.Encoding);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_wrong_declaration()
    {
        const string html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café in Zürich.</p></body></html>";
        var decoded = ArticleTextDecoder.Decode(Encoding.UTF8.GetBytes(html));
        Assert.Equal(html, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Bytes_invalid_in_the_declared_encoding_are_reported_with_their_offset()
    {
        byte[] bytes = [.. "<meta charset=\"shift_jis\"><p>abc"u8, 0x81, 0x20, .. "</p>"u8];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file declares charset shift_jis but is not valid shift_jis text (first bad byte at offset 32)", error.Message);
    }

    [Fact]
    public void Utf8_with_stray_windows1252_bytes_reads_each_stray_byte_as_1252()
    {
        // As in real pages: UTF-8 text with an old comment or alt text pasted in from a 1252 source.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Café in Zürich, naïve résumé. <!-- M"), 0xE4, .. "scot --> <img alt=\"K"u8, 0xFC, .. "chenblogs\">"u8];
        var decoded = ArticleTextDecoder.Decode(bytes);
        Assert.Equal("Café in Zürich, naïve résumé. <!-- Mäscot --> <img alt=\"Küchenblogs\">", decoded.Text);
        Assert.Equal("utf-8+windows-1252", decoded.Encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0xE2, 0x80 }, 35)]
    [InlineData(new byte[] { 0x81 }, 35)]
    [InlineData(new byte[] { 0xC3 }, 35)]
    public void Utf8_with_stray_bytes_that_are_not_plausible_1252_is_rejected_as_mixed(byte[] stray, int offset)
    {
        // A cut-off sequence (a curly quote's first two bytes), a byte 1252 leaves undefined, "Ã" glued to a word.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Café in Zürich, naïve résumé. word"), .. stray, .. " end"u8];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal($"file mixes UTF-8 with another encoding (first bad byte at offset {offset + 4})", error.Message);
    }

    [Fact]
    public void Windows1252_bytes_that_happen_to_form_utf8_are_not_taken_for_it()
    {
        // "ß”" is DF 94 in Windows-1252, which UTF-8 would read as an N'Ko letter.
        const string text = "Er schrieb „Gruß” unter den Brief.";
        var decoded = ArticleTextDecoder.Decode(LegacyEncodings.Windows1252.GetBytes(text));
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Cyrillic_without_a_declaration_is_not_guessed_as_windows1252()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding("windows-1251")!.GetBytes("Президент выступил в Москве в пятницу.");
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file is not valid UTF-8 text (first bad byte at offset 0)", error.Message);
    }

    [Fact]
    public void Byte_undefined_in_windows1252_is_undecodable()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " and more"u8, 0x81, .. " text"u8];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file is not valid UTF-8 text (first bad byte at offset 3)", error.Message);
    }

    [Fact]
    public void Lone_surrogate_in_utf16_is_reported_with_its_offset()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hello"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" world")];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file is not valid UTF-16 text (first bad byte at offset 12)", error.Message);
    }

    [Fact]
    public void Lone_surrogate_in_utf16_without_byte_order_mark_says_what_was_assumed()
    {
        byte[] bytes = [.. Encoding.Unicode.GetBytes("Hello there, reader"), 0x00, 0xDC, .. Encoding.Unicode.GetBytes(" world")];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file looks like UTF-16 without a byte order mark but is not valid UTF-16 (first bad byte at offset 38)", error.Message);
    }

    [Fact]
    public void Utf32_code_point_beyond_unicode_is_reported_with_its_offset()
    {
        byte[] bytes = [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes("Hi"), 0x00, 0x00, 0x11, 0x00];
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Undecodable, error.Code);
        Assert.Equal("file is not valid UTF-32 text (first bad byte at offset 12)", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46 }, "a JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0 }, "a GIF image")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 }, "an ELF executable")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0 }, "a Windows executable")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0 }, "a zip archive")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3 }, "a PDF document")]
    public void Binary_files_are_named_by_their_signature(byte[] bytes, string kind)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleTextDecoder.Decode(bytes));
        Assert.Equal(ArticleErrorCode.Binary, error.Code);
        Assert.Equal($"file is {kind}, not text", error.Message);
    }

    [Fact]
    public void Prose_that_opens_like_a_short_signature_is_still_text()
    {
        const string text = "MZ Wallace, the bag maker, opened a store in Boston on Monday.";
        Assert.Equal(text, ArticleTextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public async Task Every_encoding_yields_the_same_article()
    {
        const string text = "Officials in São Paulo said the new metro line would open in March.\n\nThe line cost €2 billion.";
        var expected = (await Analyzer.AnalyzeFileAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)))).Entries[0].Analysis!;
        byte[][] files =
        [
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            Encoding.Unicode.GetBytes(text),
            Encoding.BigEndianUnicode.GetBytes(text),
            [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(text)],
            LegacyEncodings.Windows1252.GetBytes(text),
        ];

        foreach (var file in files)
        {
            var analysis = await Analyzer.AnalyzeFileAsync(new MemoryStream(file));
            Assert.Equal(ArticleFormat.Text, analysis.Format);
            Assert.Equal(expected.Document.Body, analysis.Entries[0].Analysis!.Document.Body);
            Assert.Equal(expected.Figures, analysis.Entries[0].Analysis!.Figures);
        }
    }
}
