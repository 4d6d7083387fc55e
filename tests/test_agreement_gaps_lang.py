"""The gap report names the settling clause and says «partly» in the user's language (issue 11, point 4)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from advisor.answering.export import to_markdown
from advisor.app.texts import ui
from advisor.app.views.agreement import gaps_html
from advisor.tasks.agreement.gaps import agreement_gaps

NB = """Avtale om hjemmekontor

Hun arbeider hjemme hver fredag.
Arbeidstiden hjemme er 08.00–15.30.
Arbeidsgiver stiller med bærbar PC."""

EN = """Home office agreement

She works from home every Friday.
Working hours at home are 08:00 to 15:30.
The employer provides a laptop."""


@pytest.mark.parametrize(
    ("text", "lang", "partly", "settles", "clause"),
    [
        (NB, "nb", "Bare delvis avgjort", "Avtalen avgjør", "Arbeidsgiver stiller med bærbar PC."),
        (EN, "en", "Only partly settled", "The agreement settles", "The employer provides a laptop."),
    ],
)
def test_report_names_the_clause_and_says_partly_in_the_users_language(text, lang, partly, settles, clause):
    report = agreement_gaps(text, lang=lang)
    md = to_markdown(report.cited, lang=lang)
    line = next(ln for ln in md.splitlines() if ln.startswith(partly))
    assert f"«{clause}»" in line
    assert f"«{text.splitlines()[2]}»" in next(
        ln for ln in md.splitlines() if "hjemme hver" in ln or "every Friday" in ln
    )
    assert settles in md
    other = "Only partly settled" if lang == "nb" else "Bare delvis avgjort"
    assert other not in md


def test_english_report_has_no_norwegian_missing_texts():
    md = to_markdown(agreement_gaps(EN, lang="en").cited, lang="en")
    assert "Avtalen sier ikke" not in md
    assert "The agreement does not say who owns" not in md  # equipment is partly, not missing
    assert "The agreement does not say how long it lasts" in md


@pytest.mark.parametrize(("lang", "word"), [("nb", "bare delvis avgjort"), ("en", "only partly settled")])
def test_workbook_list_says_partly_and_quotes_the_clause(lang, word):
    page = SimpleNamespace(lang=lang, t=lambda key, **v: ui(key, lang, **v))
    html = gaps_html(agreement_gaps(EN if lang == "en" else NB, lang=lang), page)
    missing = html.split("fw-gaps-missing")[1].split("</ul>")[0]
    assert word in missing
    assert "<q>" in missing
