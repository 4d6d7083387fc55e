"""Limits on what is read: every document is measured before it is parsed (used by corpus.load).

The upload on 06 Avtale, the gap check (`flexwork agreement-gaps`) and the corpus indexer
(`flexwork index --corpus`) all read files through advisor.corpus.load, which calls `check_file`
before parsing and parses under a `Deadline`. A file over a limit is refused with a message naming the limit, in the
user's language, within milliseconds, without being decompressed or parsed: a 1 MB Word file
that inflates to 400 MB, a zip of 100,000 parts, a 200 MB PDF or HTML nested 100,000 levels
deep never reaches python-docx, pypdf or BeautifulSoup. The limits are settings
(`read_max_*`, see advisor.core.settings) with defaults far above any real agreement or source.
"""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from advisor.core import i18n

MB = 1024 * 1024
ZIP_SUFFIXES = {".docx"}
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
RATIO_MIN_BYTES = 1 * MB  # smaller parts may compress well (repeated spaces) and do no harm


@dataclass(frozen=True)
class Limits:
    """What a document may be; the defaults are the settings' defaults."""

    file_mb: float = 50
    unzipped_mb: float = 100
    zip_entries: int = 2000
    ratio: float = 100
    text_chars: int = 10_000_000
    html_depth: int = 256
    pdf_pages: int = 2000
    seconds: float = 30

    @classmethod
    def from_settings(cls, settings: Any = None) -> Limits:
        """The `read_max_*` settings (those of `Settings()` when none are given)."""
        if settings is None:
            from advisor.core.settings import Settings

            settings = Settings()
        return cls(**{f.name: getattr(settings, f"read_max_{f.name}", f.default) for f in fields(cls)})  # type: ignore[arg-type]


def message(key: str, lang: str = "nb", **values: Any) -> str:
    """A text of advisor/messages/limits.* or reading.* (the limits, the index's progress)."""
    return i18n.t(key, lang, **values)


class DocumentRefused(ValueError):
    """A document over a limit; `user_message(lang)` names the file, the limit and its setting."""

    def __init__(self, path: Path | str, which: str, **values: Any) -> None:
        self.path, self.which, self.values = Path(path), which, values
        super().__init__(self.user_message("nb"))

    def user_message(self, lang: str = "nb") -> str:
        """The refusal message in the user's language, naming the file, the limit and its setting."""
        return message(f"limit.{self.which}", lang, name=self.path.name, setting=f"read_max_{self.which}", **self.values)


class Deadline:
    """The time budget of reading one document; `check()` between steps of the parse."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path, self.limits = path, limits
        self.end = time.monotonic() + limits.seconds

    def check(self) -> None:
        """Raise DocumentRefused if the document's reading time is used up."""
        if time.monotonic() > self.end:
            raise DocumentRefused(self.path, "seconds", limit=_num(self.limits.seconds))


def _num(x: float) -> str:
    return f"{x:g}"


def _mb(n: float) -> str:
    return f"{n / MB:.0f}" if n >= 10 * MB else f"{n / MB:.1f}"


def check_file(path: Path, limits: Limits) -> None:
    """Refuse `path` (DocumentRefused) if its size or, for a zip-based file, its entries are over a limit.

    Only the file's size and the zip's directory are read: nothing is decompressed or parsed.
    """
    size = path.stat().st_size
    if size > limits.file_mb * MB:
        raise DocumentRefused(path, "file_mb", size=_mb(size), limit=_num(limits.file_mb))
    suffix = path.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        _check_zip(path, limits)
    elif suffix in TEXT_SUFFIXES and size > limits.text_chars * 4:  # no encoding needs more than 4 bytes a character
        raise DocumentRefused(path, "text_chars", count=f"≥ {size // 4:,}".replace(",", " "),
                              limit=f"{limits.text_chars:,}".replace(",", " "))
    elif suffix == ".pdf":
        _check_pdf(path, limits)


def _zip_count(path: Path) -> int | None:
    """The number of entries the zip's end record declares, without reading its directory."""
    try:
        with open(path, "rb") as fh:
            end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # noqa: SLF001 - the one reader of the end record, stable since 2.x
    except (AttributeError, OSError):
        return None
    return None if not end else int(end[zipfile._ECD_ENTRIES_TOTAL])  # type: ignore[attr-defined]  # noqa: SLF001


def _check_zip(path: Path, limits: Limits) -> None:
    count = _zip_count(path)
    if count is not None and count > limits.zip_entries:
        raise DocumentRefused(path, "zip_entries", count=f"{count:,}".replace(",", " "), limit=limits.zip_entries)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip after all: the parser says the file is broken
    if len(infos) > limits.zip_entries:
        raise DocumentRefused(path, "zip_entries", count=len(infos), limit=limits.zip_entries)
    total, packed = sum(i.file_size for i in infos), sum(i.compress_size for i in infos)
    for info in [*infos, None]:
        raw, stored = (info.file_size, info.compress_size) if info else (total, packed)
        if raw >= RATIO_MIN_BYTES and raw > limits.ratio * max(stored, 1):
            raise DocumentRefused(path, "ratio", ratio=f"{raw / max(stored, 1):.0f}", limit=_num(limits.ratio))
    if total > limits.unzipped_mb * MB:
        raise DocumentRefused(path, "unzipped_mb", size=_mb(total), limit=_num(limits.unzipped_mb))


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _check_pdf(path: Path, limits: Limits) -> None:
    pages = len(_PAGE.findall(path.read_bytes()))  # pages outside object streams: a quick lower bound
    if pages > limits.pdf_pages:
        raise DocumentRefused(path, "pdf_pages", count=pages, limit=limits.pdf_pages)


def check_pages(path: Path, count: int, limits: Limits) -> None:
    """The page count a PDF parser found (pages in compressed object streams included)."""
    if count > limits.pdf_pages:
        raise DocumentRefused(path, "pdf_pages", count=count, limit=limits.pdf_pages)


def check_text(path: Path, text: str, limits: Limits) -> None:
    """Text read from a document: its length, and for HTML how deeply its elements nest."""
    if len(text) > limits.text_chars:
        raise DocumentRefused(path, "text_chars", count=f"{len(text):,}".replace(",", " "),
                              limit=f"{limits.text_chars:,}".replace(",", " "))
    if path.suffix.lower() in HTML_SUFFIXES:
        depth = html_depth(text, stop=limits.html_depth)
        if depth > limits.html_depth:
            raise DocumentRefused(path, "html_depth", limit=limits.html_depth)


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "!doctype"}
_SELF_CLOSING_SIBLINGS = {"p", "li", "option", "tr", "td", "th", "dt", "dd"}  # a new one closes the open one
_RAW = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def html_depth(text: str, stop: int | None = None) -> int:
    """How deeply the elements of an HTML text nest (as a browser would count, roughly); stops past `stop`."""
    text = _RAW.sub("", _COMMENT.sub("", text))
    stack: list[str] = []
    deepest = 0
    for m in _TAG.finditer(text):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            # close the nearest open element of that name (look a little way up only: sloppy HTML)
            for i in range(len(stack) - 1, max(len(stack) - 64, -1), -1):
                if stack[i] == name:
                    del stack[i:]
                    break
            continue
        if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
            stack.pop()
        stack.append(name)
        deepest = max(deepest, len(stack))
        if stop is not None and deepest > stop:
            return deepest
    return deepest
