"""The refusal check's citations carry their source's date and link in the JSON every reader gets.

The union page, `flexwork check-refusal --json` and the drafts read the check's public JSON; the
in-force date of a law (the decision date of a ruling) must be in it, taken from the cited passage,
not filled in by whoever shows it.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from advisor.answering.grounding import corpus_passages
from advisor.core.models import Answer, Citation, RefusalCase
from advisor.tasks.refusal.check import check_refusal

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_every_citation_of_the_refusal_check_carries_its_sources_date_and_link() -> None:
    case = RefusalCase.model_validate(
        json.loads((EXAMPLES / "refusal-fleksitid-generelle-grunner.json").read_text(encoding="utf-8"))
    )
    pub = check_refusal(case, today=date(2025, 1, 20)).public()
    passages = corpus_passages()
    cited = pub["citations"] + [c for f in pub["findings"] for c in f["citations"]]
    assert cited
    for c in cited:
        source = passages[c["passage_id"]]
        assert (c["date"], c["url"]) == (source.date, source.url), c["passage_id"]
    laws = {c["passage_id"]: c["date"] for c in pub["citations"] if passages[c["passage_id"]].kind == "law"}
    # every law cited says from when it is in force (a day, or a year where the corpus has no more)
    assert laws and all(re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", d) for d in laws.values()), laws


def test_an_answers_json_carries_the_date_too() -> None:
    c = Citation(n=1, passage_id="p", ref="§ 10-2", title="Arbeidsmiljøloven", quote="…", date="2010-01-01")
    pub = Answer(question="?", answer="…", citations=[c]).public()
    assert pub["citations"] == [
        {
            "n": 1,
            "passage_id": "p",
            "ref": "§ 10-2",
            "title": "Arbeidsmiljøloven",
            "quote": "…",
            "url": "",
            "verified": False,
            "status": "verified",
            "date": "2010-01-01",
        }
    ]
