"""Load documents: the bundled corpus (Markdown + manifest) and a user's folder of .md/.txt/.html/.pdf/.docx.

The one document loader: the indexer (`load_corpus`), the upload on 06 Avtale and the gap check
(`docx_text`, `check_file` via advisor.tasks.agreement.gaps) read files here. Every file is
measured against the limits of advisor.corpus.limits (size, zip entries and ratio, text length,
HTML depth, PDF pages) before it is parsed, and parsed under a time budget. A broken,
unsupported or oversized file becomes a `LoadProblem` naming it (and the limit); the other files
still load.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.core.i18n import t
from advisor.core.models import LoadProblem, Source
from advisor.corpus.limits import Deadline, DocumentRefused, Limits, check_file, check_pages, check_text

SUPPORTED = {".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx"}
IGNORED_NAMES = {"README.md", "manifest.toml"}


@dataclass
class Section:
    """A heading and the text under it."""

    heading: str
    text: str


@dataclass
class Document:
    """One loaded file: its source description, its sections and its content hash."""

    source: Source
    sections: list[Section]
    sha256: str
    path: Path
    structured: bool = False  # headings are canonical references (bundled corpus)


def file_hash(path: Path) -> str:
    """Content hash used to skip unchanged files on re-index (read in pieces: any size, little memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def slugify(text: str) -> str:
    """Stable, readable id part: lowercase ASCII, § → p, æøå folded, other runs → '-'."""
    import unicodedata

    text = text.replace(" [UNVERIFIED]", "")
    s = unicodedata.normalize("NFKD", text.lower())
    s = s.replace("§", "p").replace("æ", "ae").replace("ø", "o").replace("å", "a")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def load_manifest(corpus_dir: Path) -> dict[str, Source]:
    """The manifest's sources keyed by relative path."""
    path = corpus_dir / "manifest.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sources = [Source(**entry) for entry in data.get("source", [])]
    return {s.path: s for s in sources}


# --- readers ---------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def _markdown_sections(text: str, levels: tuple[int, ...]) -> tuple[str | None, list[Section]]:
    """Split Markdown at headings of the given levels; returns (first '# ' title, sections)."""
    title = None
    sections: list[Section] = []
    heading: str | None = None
    buf: list[str] = []
    preamble: list[str] = []
    in_code = False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
        m = None if in_code else _MD_HEADING.match(line)
        if m and len(m.group(1)) == 1 and title is None:
            title = m.group(2).strip()
            if 1 not in levels:
                continue
        if m and len(m.group(1)) in levels:
            if heading is not None:
                sections.append(Section(heading, "\n".join(buf).strip()))
            heading, buf = m.group(2).strip(), []
            continue
        (buf if heading is not None else preamble).append(line)
    if heading is not None:
        sections.append(Section(heading, "\n".join(buf).strip()))
    pre = "\n".join(preamble).strip()
    if pre and levels != (2,):
        sections.insert(0, Section(title or "", pre))
    return title, [s for s in sections if s.text]


def _decode(raw: bytes, path: Path, lang: str, problems: list[LoadProblem]) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # «Unicode» text as Notepad and Word save it
        return raw.decode("utf-16", errors="replace")
    if b"\x00" in raw[:8192]:
        raise _Skip(t("load.binary", lang, path=path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(LoadProblem(path=str(path), message=t("load.encoding", lang, path=path)))
        return raw.decode("cp1252", errors="replace")


def _paragraph_sections(text: str, fallback: str) -> list[Section]:
    """Plain text: paragraphs grouped into sections named by their first words."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    sections: list[Section] = []
    buf: list[str] = []
    size = 0
    for p in paras:
        if buf and size + len(p) > 1200:
            sections.append(_named(buf, fallback))
            buf, size = [], 0
        buf.append(p)
        size += len(p)
    if buf:
        sections.append(_named(buf, fallback))
    return sections


def _named(paras: list[str], fallback: str) -> Section:
    first = paras[0].splitlines()[0]
    words = first.split()[:8]
    name = " ".join(words) if words else fallback
    return Section(name, "\n\n".join(paras))


def _html_sections(text: str, fallback: str) -> tuple[str | None, list[Section]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "nav", "footer"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    sections: list[Section] = []
    heading = title or fallback
    buf: list[str] = []
    for el in soup.find_all(["h1", "h2", "h3", "p", "li", "td", "pre", "blockquote"]):
        if el.find_parent(["p", "li", "td", "blockquote"]):
            continue
        txt = " ".join(el.get_text(" ", strip=True).split())
        if not txt:
            continue
        if el.name in ("h1", "h2", "h3"):
            if buf:
                sections.append(Section(heading, "\n\n".join(buf)))
            heading, buf = txt, []
        else:
            buf.append(txt)
    if buf:
        sections.append(Section(heading, "\n\n".join(buf)))
    if not sections:
        body = " ".join(soup.get_text(" ", strip=True).split())
        if body:
            sections = _paragraph_sections(body, fallback)
    return title, sections


def _pdf_sections(path: Path, limits: Limits, deadline: Deadline) -> list[Section]:
    from pypdf import PdfReader  # a heavy import: only when a PDF is read

    reader = PdfReader(str(path))
    check_pages(path, len(reader.pages), limits)
    sections = []
    for i, page in enumerate(reader.pages, start=1):
        deadline.check()
        text = (page.extract_text() or "").strip()
        if text:
            sections.append(Section(f"side {i}", text))
    return sections


def paragraph_styles(document) -> Callable[[object], str | None]:  # noqa: ANN001 - a python-docx Document
    """A function giving each paragraph's style name exactly as python-docx's `paragraph.style.name`
    does (None when the document has no style for it), with the styles read once: python-docx
    searches every style for the default on each call, which made long files slow to read."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.styles.style import StyleFactory

    kind = WD_STYLE_TYPE.PARAGRAPH
    by_id: dict[str, Any] = {}
    for element in document.styles.element.style_lst:  # the first style with an id wins, as in python-docx
        if element.styleId is not None:
            by_id.setdefault(element.styleId, element)
    default = document.styles.default(kind)
    default_name = default.name if default is not None else None
    names: dict[str, str | None] = {}

    def name(paragraph) -> str | None:  # noqa: ANN001 - a python-docx Paragraph
        style_id = paragraph._p.style
        if not style_id:
            return default_name
        if style_id not in names:
            element = by_id.get(style_id)
            names[style_id] = default_name if element is None or element.type != kind else StyleFactory(element).name
        return names[style_id]

    return name


def _docx_sections(path: Path, fallback: str, deadline: Deadline) -> tuple[str | None, list[Section]]:
    import docx  # a heavy import: only when a .docx is read

    d = docx.Document(str(path))
    style_of = paragraph_styles(d)
    title = None
    sections: list[Section] = []
    heading = fallback
    buf: list[str] = []
    for n, para in enumerate(d.paragraphs):
        if n % 200 == 0:
            deadline.check()
        style = style_of(para) or ""
        txt = para.text.strip()
        if not txt:
            continue
        if style.lower().startswith(("heading", "overskrift", "title", "tittel")):
            if style.lower().startswith(("title", "tittel")) and title is None:
                title = txt
            if buf:
                sections.append(Section(heading, "\n\n".join(buf)))
            heading, buf = txt, []
        else:
            buf.append(txt)
    for table in d.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                buf.append(" | ".join(dict.fromkeys(cells)))
    if buf:
        sections.append(Section(heading, "\n\n".join(buf)))
    return title, sections


def check_document(path: Path, limits: Limits | None = None) -> None:
    """Every limit that can be checked without a parser (DocumentRefused if one is over).

    Size and zip directory (check_file); for text formats also the decoded text's length and
    HTML nesting. For a caller that wants to refuse before it imports its own heavy modules.
    """
    limits = limits or Limits.from_settings()
    check_file(path, limits)
    if path.suffix.lower() in (".md", ".markdown", ".txt", ".html", ".htm"):
        try:
            text = _decode(path.read_bytes(), path, "nb", [])
        except _Skip:  # not text at all: the caller's reader says so
            return
        check_text(path, text, limits)


def docx_text(path: Path, limits: Limits | None = None) -> str:
    """A .docx as text in reading order: headings as '## heading', table rows as 'cell | cell'.

    Checked against the limits first (DocumentRefused), parsed under the time budget; python-docx's
    own errors (a broken file) propagate for the caller to name.
    """
    import docx  # a heavy import: only when a .docx is read
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    limits = limits or Limits.from_settings()
    check_file(path, limits)
    deadline = Deadline(path, limits)
    document = docx.Document(str(path))
    style_of = paragraph_styles(document)
    lines: list[str] = []
    for n, child in enumerate(document.element.body.iterchildren()):
        if n % 200 == 0:
            deadline.check()
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = para.text.strip()
            if not text:
                continue
            style = (style_of(para) or "").lower()
            heading = style.startswith(("heading", "overskrift", "title", "tittel"))
            lines.append(f"## {text}" if heading else text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t_ = cell.text.strip()
                    if t_ and (not cells or cells[-1] != t_):
                        cells.append(t_)
                if cells:
                    lines.append(" | ".join(cells))
    text = "\n\n".join(lines)
    check_text(path, text, limits)
    return text


class _Skip(Exception):
    """A file that is skipped with a message."""


def read_file(
    path: Path, lang: str = "nb", limits: Limits | None = None
) -> tuple[str | None, list[Section], list[LoadProblem]]:
    """Read one user file into sections. Raises _Skip with a user message when it cannot (or may not)."""
    problems: list[LoadProblem] = []
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise _Skip(t("load.unsupported", lang, path=path, suffix=suffix or path.name))
    limits = limits or Limits.from_settings()
    fallback = path.stem
    try:
        check_file(path, limits)
        deadline = Deadline(path, limits)
        if suffix in (".md", ".markdown", ".txt", ".html", ".htm"):
            text = _decode(path.read_bytes(), path, lang, problems)
            check_text(path, text, limits)
        if suffix in (".md", ".markdown"):
            title, sections = _markdown_sections(text, (1, 2, 3))
            if not sections and text.strip():
                sections = _paragraph_sections(text, fallback)
        elif suffix == ".txt":
            title, sections = None, _paragraph_sections(text, fallback)
        elif suffix in (".html", ".htm"):
            title, sections = _html_sections(text, fallback)
        elif suffix == ".pdf":
            title, sections = None, _pdf_sections(path, limits, deadline)
        else:
            title, sections = _docx_sections(path, fallback, deadline)
        deadline.check()
    except DocumentRefused as refused:
        raise _Skip(refused.user_message(lang)) from None
    except _Skip:
        raise
    except Exception as exc:  # any parser error: name the file, keep going
        raise _Skip(t("load.broken", lang, path=path, error=f"{type(exc).__name__}: {exc}"[:200])) from exc
    sections = [Section(s.heading, _clean(s.text)) for s in sections]
    sections = [s for s in sections if s.text]
    if not sections:
        raise _Skip(t("load.empty", lang, path=path))
    return title, sections, problems


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


def iter_files(folder: Path) -> list[Path]:
    """Every file below `folder` that could be a document, sorted, hidden files left out."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.name not in IGNORED_NAMES
    )


def load_corpus(
    folder: Path,
    lang: str = "nb",
    known: dict[str, str] | None = None,
    limits: Limits | None = None,
    on_file: Callable[[int, int], None] | None = None,
) -> tuple[list[Document], list[LoadProblem]]:
    """Load a corpus folder: with a manifest.toml, its files in the bundled format; other files
    as user documents. A file whose path and hash are in `known` is returned unparsed
    (no sections) so the indexer can keep what it has. `on_file(done, total)` follows the files."""
    limits = limits or Limits.from_settings()
    problems: list[LoadProblem] = []
    docs: list[Document] = []
    if not folder.is_dir():
        return [], [LoadProblem(path=str(folder), message=t("load.missing_dir", lang, path=folder))]
    manifest: dict[str, Source] = {}
    if (folder / "manifest.toml").is_file():
        try:
            manifest = load_manifest(folder)
        except Exception as exc:
            problems.append(
                LoadProblem(
                    path=str(folder / "manifest.toml"),
                    message=t("load.manifest", lang, path=folder / "manifest.toml", error=exc),
                )
            )
    seen_hashes: dict[str, Path] = {}
    paths = iter_files(folder)
    for done, path in enumerate(paths):
        if on_file is not None:
            on_file(done, len(paths))
        rel = path.relative_to(folder).as_posix()
        try:
            check_file(path, limits)  # before hashing or parsing: a 200 MB file is not even read
        except DocumentRefused as refused:
            problems.append(LoadProblem(path=str(path), message=refused.user_message(lang)))
            continue
        except OSError:
            pass  # the hash below names the file
        try:
            digest = file_hash(path)
        except OSError as exc:
            problems.append(LoadProblem(path=str(path), message=t("load.broken", lang, path=path, error=exc)))
            continue
        if digest in seen_hashes:
            problems.append(
                LoadProblem(path=str(path), message=t("load.duplicate", lang, path=path, other=seen_hashes[digest]))
            )
            continue
        seen_hashes[digest] = path
        source = manifest.get(rel)
        if known is not None and known.get(str(path)) == digest:
            docs.append(Document(source or _user_source(folder, path, None), [], digest, path))
            continue
        try:
            if source is not None and path.suffix.lower() in (".md", ".markdown"):
                text = _decode(path.read_bytes(), path, lang, problems)
                _, sections = _markdown_sections(text, (2,))
                sections = [Section(s.heading, _clean(s.text)) for s in sections]
                docs.append(Document(source, [s for s in sections if s.text], digest, path, structured=True))
                continue
            title, sections, warnings = read_file(path, lang, limits)
            problems.extend(warnings)
            docs.append(Document(source or _user_source(folder, path, title), sections, digest, path))
        except _Skip as skip:
            problems.append(LoadProblem(path=str(path), message=str(skip)))
    if on_file is not None:
        on_file(len(paths), len(paths))
    return docs, problems


def _user_source(folder: Path, path: Path, title: str | None) -> Source:
    rel = path.relative_to(folder).with_suffix("").as_posix()
    folder_slug = slugify(folder.name) or "docs"
    return Source(
        id=f"{folder_slug}-{slugify(rel)}"[:120],
        title=title or path.stem.replace("_", " ").replace("-", " "),
        kind="document",
        publisher="",
        url=path.resolve().as_uri(),
        path=path.relative_to(folder).as_posix(),
    )
