"""`flexwork corpus status`: old sources and UNVERIFIED passages are listed."""

from datetime import date

from advisor.cli.main import main
from advisor.corpus.status import corpus_status


def test_status_lists_old_sources_and_unverified_passages() -> None:
    status = corpus_status(max_age_days=365, today=date(2026, 11, 25))
    old_ids = {s.id for s in status.old_sources}
    assert "tln-57-21" in old_ids and "aml-10-13" in old_ids
    assert not {s.id for s in status.old_sources if s.kind == "guide"}  # guides are dated 2026-11-25
    refs = {p["ref"] for p in status.unverified_passages}
    assert "arbeidsmiljøloven § 17-2 (1)" in refs
    assert status.passages > 100 and status.sources > 20
    recent = corpus_status(max_age_days=100_000, today=date(2026, 11, 25))
    assert recent.old_sources == []


def test_status_cli(capsys) -> None:
    assert main(["corpus", "status", "--max-age-days", "400"]) == 0
    out = capsys.readouterr().out
    assert ("IKKE VERIFISERT" in out and "TLN 57/21" in out) or "tln-57-21" in out
