"""The one message catalogue loader and the one date/list helper."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from advisor.core import i18n
from advisor.core.dates import add_months, long_date, long_iso_date, weekday_name
from advisor.core.weave import join


def test_every_catalogue_file_is_one_language_of_flat_texts() -> None:
    folder = resources.files("advisor.messages")
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".json"))
    assert names, "no catalogue files"
    for name in names:
        assert name.endswith((".nb.json", ".en.json")), f"{name}: name it <name>.nb.json / <name>.en.json"
        data = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()), name
    stems = {n.rsplit(".", 2)[0] for n in names}
    for stem in stems:  # every file has its pair
        assert f"{stem}.nb.json" in names and f"{stem}.en.json" in names, stem


def test_the_merged_catalogue_has_every_file() -> None:
    nb = i18n.catalogue("nb")
    # one key from each file: the advisor, the app, the CLI, agreements, objections
    for key in ("advice.disclaimer", "disclaimer", "cli.missing", "agreement.gaps.present", "objections.title"):
        assert key in nb, key
    assert i18n.t("cli.written", "en", path="x.md") == "Written to x.md."
    assert i18n.t("cli.written", "de", path="x.md") == "Skrevet til x.md."  # unknown language: bokmål


def test_a_key_in_two_files_is_an_error() -> None:
    with pytest.raises(i18n.DuplicateMessage, match=r"'same\.key'.*a\.nb\.json.*b\.nb\.json"):
        i18n.merge_catalogues({"a.nb.json": {"same.key": "A", "other": "x"}, "b.nb.json": {"same.key": "B"}})
    merged = i18n.merge_catalogues({"a.nb.json": {"_doc": "comment", "k": "A"}, "b.nb.json": {"_doc": "other comment"}})
    assert merged == {"k": "A"}


def test_english_falls_back_to_bokmal_per_key() -> None:
    nb, en = i18n.catalogue("nb"), i18n.catalogue("en")
    only_nb = sorted(set(nb) - set(en))
    for key in only_nb[:5]:
        assert i18n.lookup(key, "en") == nb[key]
    with pytest.raises(KeyError):
        i18n.lookup("no.such.key", "en")


def test_norwegian_and_english_dates() -> None:
    d = date(2026, 1, 5)
    assert long_date(d) == "5. januar 2026"
    assert long_date(d, "en") == "5 January 2026"
    assert weekday_name(d) == "mandag" and weekday_name(d, "en") == "Monday"
    assert long_iso_date("2025-09-01") == "1. september 2025"
    assert long_iso_date("2026-02-30") == "2026-02-30"  # not a date: as written
    assert long_iso_date("snart") == "snart" and long_iso_date(None) == ""


def test_lists_and_months() -> None:
    assert join(["a", "b", "c"]) == "a, b og c"
    assert join(["a", " ", "b", None]) == "a og b"
    assert join(["a", "b"], "en") == "a and b"
    assert join([]) == "" and join(["x"]) == "x"
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2023, 12, 31), 2) == date(2024, 2, 29)
