"""The objection catalogue: references resolve, ranking follows the facts, the draft is cited."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import unsupported_refs

from advisor.answering.cite import verify_draft
from advisor.answering.grounding import MissingPassage
from advisor.core.models import PassageRef, Proposal, Situation, Task
from advisor.core.settings import Settings
from advisor.tasks.objections import (
    catalogue,
    draft_objections,
    example_for,
    objection_fits,
    objections_for,
    support_for,
)
from advisor.tasks.proposal_facts import text_facts

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PAIRS = ["analytiker", "sykepleier", "kundeservice"]
REQUIRED = {
    "vesentlig_ulempe",
    "samarbeid",
    "alle_far",
    "bemanning",
    "tilstedevaerelse",
    "sensitive_data",
    "provetid",
    "tilgjengelighet",
    "kontroll",
}


def load(name: str) -> tuple[Situation, Proposal]:
    situation = Situation.model_validate_json((EXAMPLES / f"situation-{name}.json").read_text(encoding="utf-8"))
    proposal = Proposal.model_validate_json((EXAMPLES / f"proposal-{name}.json").read_text(encoding="utf-8"))
    return situation, proposal


def all_refs(o):
    yield o.ref
    yield o.behind_ref
    for r in o.replies:
        yield from r.refs
    for t in o.triggers:
        if t.ref:
            yield t.ref
    for e in o.examples:
        yield e.ref


def test_every_catalogue_reference_resolves():
    for o in catalogue():
        for ref in all_refs(o):
            s = support_for(ref)  # raises MissingPassage otherwise
            assert s.passage_id == ref.passage_id and ref.contains.lower() in s.quote.lower()


def test_a_bad_reference_is_caught():
    with pytest.raises(MissingPassage):
        support_for(PassageRef(passage_id="guide-innvendinger#finnes-ikke", contains="x"))
    with pytest.raises(MissingPassage):
        support_for(
            PassageRef(
                passage_id="guide-innvendinger#innvending-vi-mister-samarbeidet-i-teamet",
                contains="denne frasen står ikke der",
            )
        )


def test_catalogue_is_complete():
    ids = [o.id for o in catalogue()]
    assert len(ids) == len(set(ids)) and len(ids) >= 11
    assert set(ids) >= REQUIRED
    for o in catalogue():
        assert o.text.nb and o.text.en and o.label.nb and o.label.en and o.behind.nb and o.behind.en
        assert 2 <= len(o.replies) <= 4 and all(r.text.nb and r.text.en for r in o.replies)
        assert len(o.concepts) >= 5 and len(o.manager_lines) >= 2 and o.examples and o.triggers


@pytest.mark.parametrize("name", PAIRS)
def test_draft_is_cited_and_verifies(name, corpus_passages):
    situation, proposal = load(name)
    draft = draft_objections(situation, proposal)
    assert draft.kind == "objections"
    assert verify_draft(draft, corpus_passages) == []
    objection_sections = [s for s in draft.sections if s.key != "intro"]
    assert 3 <= len(objection_sections) <= 5
    for s in objection_sections:
        assert sum(line.startswith("Godt svar") for line in s.lines) >= 2
        assert any(line.startswith("Eksempel tilpasset forslaget ditt") for line in s.lines)
        assert not any("{" in line for line in s.lines)


def test_probation_is_the_likeliest_objection_for_a_new_employee():
    situation, proposal = load("kundeservice")
    top = [o.id for o in objections_for(situation, proposal)][:2]
    assert "provetid" in top
    assert "provetid" not in [
        o.id
        for o in objections_for(situation.model_copy(update={"in_probation": False, "manager_concerns": []}), proposal)
    ]


def test_shift_work_brings_staffing_and_presence_objections():
    situation, proposal = load("sykepleier")
    top = [o.id for o in objections_for(situation, proposal)][:2]
    assert set(top) == {"bemanning", "tilstedevaerelse"}
    ids = [o.id for o in objections_for(situation, proposal)]
    # Home-office objections do not apply to a request about working time only.
    assert "sensitive_data" not in ids and "ingen_rett_hjemmekontor" not in ids


def test_more_home_days_make_the_collaboration_objection_likelier():
    situation = Situation(role="Rådgiver")
    one = Proposal(model="faste_hjemmedager", home_days=["onsdag"])
    three = Proposal(model="faste_hjemmedager", home_days=["mandag", "onsdag", "fredag"])

    def score(p):
        return next(f.score for f in objection_fits(situation, p) if f.objection.id == "samarbeid")

    assert score(three) > score(one)


def test_sensitive_data_words_trigger_the_security_objection():
    situation = Situation(role="Saksbehandler i barnevernet", tasks=[Task(name="journalføring", deep_focus=True)])
    proposal = Proposal(model="faste_hjemmedager", home_days=["tirsdag"])
    fit = next(f for f in objection_fits(situation, proposal) if f.objection.id == "sensitive_data")
    assert fit.score >= 4 and any("«" in r.text.nb for r in fit.reasons)


def test_leadership_position_brings_its_objection_first():
    situation = Situation(role="Avdelingsleder", leadership_position=True)
    assert objections_for(situation, Proposal(model="fleksitid"))[0].id == "ledende_stilling"


def test_ranking_is_sorted_and_deterministic():
    situation, proposal = load("analytiker")
    fits = objection_fits(situation, proposal)
    assert [f.score for f in fits] == sorted((f.score for f in fits), reverse=True)
    assert [f.objection.id for f in fits] == [f.objection.id for f in objection_fits(situation, proposal)]
    assert fits[0].objection.id == "samarbeid"  # the user noted the collaboration worry and has two home days


def test_flexible_time_replies_only_where_the_right_applies():
    situation, proposal = load("sykepleier")
    draft = draft_objections(situation, proposal)
    fair = next((s for s in draft.sections if s.key == "alle_far"), None)
    if fair:
        assert any("§ 10-2 (3)" in line for line in fair.lines)
    leader = situation.model_copy(update={"leadership_position": True})
    for s in draft_objections(leader, proposal, limit=12).sections:
        assert not any(line.startswith("Godt svar") and "§ 10-2 (3) gjelder hver enkelt" in line for line in s.lines)


def test_examples_are_filled_with_the_users_facts():
    situation, proposal = load("analytiker")
    samarbeid = next(o for o in catalogue() if o.id == "samarbeid")
    text = example_for(samarbeid, situation, proposal).text
    assert "tirsdag, onsdag og fredag" in text and "mandag og torsdag" in text and "månedsrapportene" in text
    facts = text_facts(Situation(), Proposal())
    assert all(v for k, v in facts.items() if k != "home_days_paren")


def test_english_labels(tmp_path, corpus_passages):
    situation, proposal = load("analytiker")
    draft = draft_objections(situation, proposal, Settings(data_dir=tmp_path, language="en"))
    assert draft.title == "Likely objections and good replies"
    assert any(line.startswith("Good reply") for s in draft.sections for line in s.lines)
    assert verify_draft(draft, corpus_passages) == []


@pytest.mark.parametrize("name", PAIRS)
def test_legal_references_are_made_by_the_cited_passages(name, corpus_passages):
    situation, proposal = load(name)
    for s in (situation, situation.model_copy(update={"leadership_position": True})):
        assert unsupported_refs(draft_objections(s, proposal, limit=12), corpus_passages) == []
