"""Hostile documents, made at test time in a temporary folder (never committed), in about a second each.

- bomb.docx: a valid-looking Word file (~1.2 MB) whose word/document.xml inflates to 400 MB;
- many.docx: a Word file with 100,000 zip entries;
- huge.pdf: a 200 MB PDF (a real PDF header and trailer around a sparse hole: no disk, no time);
- nested.html: 100,000 nested <div>s.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOC_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
DOC_TAIL = "</w:body></w:document>"
PARA = "<w:p><w:r><w:t>Hjemmekontor avtale</w:t></w:r></w:p>"


def _write_zip(path: Path, parts: list[tuple[str, int, int, bytes, int]]) -> Path:
    """A zip of (name, method, crc, stored bytes, uncompressed size), ZIP64 end records (any number of entries)."""
    local, central = bytearray(), bytearray()
    for name, method, crc, data, size in parts:
        raw, offset = name.encode(), len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size, len(raw), 0)
        local += raw + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            method,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(raw),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += raw
    n = len(parts)
    end64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n, len(central), len(local))
    locator = struct.pack("<IIQI", 0x07064B50, 0, len(local) + len(central), 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    path.write_bytes(bytes(local + central + end64 + locator + end))
    return path


def _stored(name: str, data: bytes) -> tuple[str, int, int, bytes, int]:
    return name, 0, zlib.crc32(data), data, len(data)


def bomb_docx(path: Path, inflated_mb: int = 400) -> Path:
    """word/document.xml of `inflated_mb` MB of repeated paragraphs, ~1.2 MB compressed.

    Deflate is reset after every megabyte (a full flush), so each megabyte compresses to the
    same bytes: compressed once, repeated, in well under a second.
    """
    chunk = (PARA * (1024 * 1024 // len(PARA) + 1))[: 1024 * 1024].encode()
    head, tail = DOC_HEAD.encode(), DOC_TAIL.encode()
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(tail) + deflate.flush()
    crc = zlib.crc32(head)
    for _ in range(inflated_mb):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    document = (
        "word/document.xml",
        8,
        crc,
        first + block * inflated_mb + last,
        len(head) + len(chunk) * inflated_mb + len(tail),
    )
    return _write_zip(
        path, [_stored("[Content_Types].xml", CONTENT_TYPES.encode()), _stored("_rels/.rels", RELS.encode()), document]
    )


def many_entries_docx(path: Path, entries: int = 100_000) -> Path:
    """A small Word file plus `entries` tiny parts (written by hand: zipfile takes ~6 s for this)."""
    parts = [
        _stored("[Content_Types].xml", CONTENT_TYPES.encode()),
        _stored("_rels/.rels", RELS.encode()),
        _stored("word/document.xml", (DOC_HEAD + PARA + DOC_TAIL).encode()),
    ]
    parts += [_stored(f"customXml/item{i}.xml", b"<a/>") for i in range(entries)]
    return _write_zip(path, parts)


def huge_pdf(path: Path, size_mb: int = 200) -> Path:
    """A PDF of `size_mb` MB: header, one page object, a sparse hole, and a trailer."""
    head = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
    )
    tail = b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    with Path(path).open("wb") as fh:
        fh.write(head)
        fh.seek(size_mb * 1024 * 1024 - len(tail))
        fh.write(tail)
    return path


def nested_html(path: Path, depth: int = 100_000) -> Path:
    path.write_text(
        "<html><body>" + "<div>" * depth + "Avtale om hjemmekontor" + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    return path


MAKERS = {"bomb.docx": bomb_docx, "many.docx": many_entries_docx, "huge.pdf": huge_pdf, "nested.html": nested_html}


def make_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder / name) for name, make in MAKERS.items()}
