"""Loading user documents: every supported format, clear messages for bad files, stable ids."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from advisor.corpus.chunk import passages_for
from advisor.corpus.load import load_corpus, slugify


def make_pdf(path: Path, lines: list[str]) -> None:
    """A minimal valid one-page PDF with the given text lines (Helvetica, WinAnsi)."""
    content = (
        "BT /F1 12 Tf 72 720 Td 14 TL "
        + " ".join("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines)
        + " ET"
    )
    stream = zlib.compress(content.encode("cp1252"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Retningslinjer for hjemmekontor", level=1)
    d.add_paragraph("Ansatte kan avtale inntil to faste hjemmekontordager i uken med nærmeste leder.")
    d.add_heading("Kjernetid", level=2)
    d.add_paragraph("Kjernetiden i selskapet er fra 09.00 til 14.30.")
    d.save(str(path))


@pytest.fixture()
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "policy"
    folder.mkdir()
    (folder / "policy.md").write_text(
        "# Firmaets policy\n\nInnledning om fleksibelt arbeid.\n\n## Hjemmekontor\n\nTo dager i uken etter avtale.\n\n"
        "## Fleksitid\n\nKjernetid 09–14.30, ytre tid 07–18.\n",
        encoding="utf-8",
    )
    (folder / "notat.txt").write_text(
        "Tariffavtalen sier at plusstimer kan avspaseres.\n\nMaks 50 timer kan overføres.", encoding="utf-8"
    )
    (folder / "side.html").write_text(
        "<html><head><title>Intranett</title><script>alert('x')</script></head><body><h2>Responstid</h2>"
        "<p>Svar på e-post innen to timer i kjernetiden.</p></body></html>",
        encoding="utf-8",
    )
    make_pdf(folder / "tariff.pdf", ["Overenskomst om arbeidstid", "Kjernetid fra 09.00 til 14.30."])
    make_docx(folder / "retningslinjer.docx")
    return folder


def texts(folder: Path) -> dict[str, str]:
    docs, problems = load_corpus(folder)
    assert not [p for p in problems if "hoppet over" in p.message], problems
    return {d.path.name: " ".join(s.text for s in d.sections) for d in docs}


def test_every_supported_format_loads(user_folder: Path) -> None:
    got = texts(user_folder)
    assert "To dager i uken" in got["policy.md"]
    assert "Innledning om fleksibelt arbeid" in got["policy.md"]
    assert "avspaseres" in got["notat.txt"]
    assert "innen to timer" in got["side.html"] and "alert" not in got["side.html"]
    assert "Kjernetid fra 09.00 til 14.30" in got["tariff.pdf"]
    assert "to faste hjemmekontordager" in got["retningslinjer.docx"]


def test_docx_headings_become_sections(user_folder: Path) -> None:
    docs, _ = load_corpus(user_folder)
    doc = next(d for d in docs if d.path.suffix == ".docx")
    assert [s.heading for s in doc.sections] == ["Retningslinjer for hjemmekontor", "Kjernetid"]


def test_bad_files_are_named_and_the_rest_still_load(user_folder: Path) -> None:
    (user_folder / "bilde.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (user_folder / "ødelagt.docx").write_bytes(b"dette er ikke en zip-fil")
    (user_folder / "ødelagt.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (user_folder / "binær.txt").write_bytes(b"abc\x00\x01\x02" * 50)
    (user_folder / "latin1.txt").write_bytes("Særavtale om fleksitid på kontoret".encode("cp1252"))
    (user_folder / "zz-kopi.md").write_bytes((user_folder / "policy.md").read_bytes())
    docs, problems = load_corpus(user_folder)
    by_name = {Path(p.path).name: p.message for p in problems}
    assert "støttes ikke" in by_name["bilde.png"]
    assert "kunne ikke leses" in by_name["ødelagt.docx"] and "ødelagt.docx" in by_name["ødelagt.docx"]
    assert "ødelagt.pdf" in by_name
    assert "binær" in by_name["binær.txt"]
    assert "Windows-1252" in by_name["latin1.txt"]
    assert "samme innhold" in by_name["zz-kopi.md"]
    loaded = {d.path.name for d in docs}
    assert {"policy.md", "notat.txt", "side.html", "tariff.pdf", "retningslinjer.docx", "latin1.txt"} <= loaded
    latin = next(d for d in docs if d.path.name == "latin1.txt")
    assert "Særavtale om fleksitid på kontoret" in latin.sections[0].text


def test_english_messages(tmp_path: Path) -> None:
    (tmp_path / "x.xyz").write_text("hei")
    _, problems = load_corpus(tmp_path, lang="en")
    assert "not supported" in problems[0].message


def test_passage_ids_are_stable_when_sections_move(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    f = folder / "policy.md"
    f.write_text("## Hjemmekontor\n\nTo dager.\n\n## Fleksitid\n\nKjernetid 09–14.\n", encoding="utf-8")
    docs, _ = load_corpus(folder)
    first = {p.section: p.id for p in passages_for(docs[0])}
    f.write_text(
        "## Fleksitid\n\nKjernetid 09–14.\n\n## Ny seksjon\n\nTekst.\n\n## Hjemmekontor\n\nTo dager.\n",
        encoding="utf-8",
    )
    docs, _ = load_corpus(folder)
    second = {p.section: p.id for p in passages_for(docs[0])}
    assert first["Hjemmekontor"] == second["Hjemmekontor"]
    assert first["Fleksitid"] == second["Fleksitid"]
    assert first["Hjemmekontor"].endswith("#hjemmekontor")


def test_bundled_corpus_is_complete_and_clean() -> None:
    from advisor.core.settings import BUNDLED_CORPUS

    docs, problems = load_corpus(BUNDLED_CORPUS)
    assert problems == []
    assert all(d.structured for d in docs), [d.path for d in docs if not d.structured]
    passages = [p for d in docs for p in passages_for(d)]
    refs = {p.ref for p in passages}
    for ref in [
        "arbeidsmiljøloven § 10-2 (2)",
        "arbeidsmiljøloven § 10-2 (3)",
        "arbeidsmiljøloven § 10-2 (4)",
        "arbeidsmiljøloven § 10-13",
        "arbeidsmiljøloven § 17-2 (3)",
        "forskrift om tvisteløsningsnemnd § 4 (1)",
        "hjemmekontorforskriften § 2 (1)",
        "hjemmekontorforskriften § 6 (1)",
        "TLN 77/23",
        "TLN 57/21",
    ]:
        assert ref in refs, ref
    ids = [p.id for p in passages]
    assert len(ids) == len(set(ids)), "passage ids must be unique"
    kinds = {d.source.kind for d in docs}
    assert {"law", "regulation", "decision", "guide"} <= kinds
    for d in docs:
        s = d.source
        assert s.title and s.publisher and s.date, s.id
        if s.kind != "guide":
            assert s.url.startswith("https://"), s.id
        else:
            assert s.based_on, s.id


def test_unverified_marks_are_kept() -> None:
    from advisor.answering.grounding import corpus_passages

    unverified = [p for p in corpus_passages().values() if p.status == "UNVERIFIED"]
    refs = {p.ref for p in unverified}
    assert "arbeidsmiljøloven § 17-2 (1)" in refs
    assert any(r.startswith("arbeidsmiljøloven § 10-12") for r in refs)
    assert all("[UNVERIFIED]" not in p.ref for p in unverified)


def test_slugify() -> None:
    assert slugify("arbeidsmiljøloven § 10-2 (3)") == "arbeidsmiljoloven-p-10-2-3"
    assert slugify("Særlig uavhengig stilling [UNVERIFIED]") == "saerlig-uavhengig-stilling"
