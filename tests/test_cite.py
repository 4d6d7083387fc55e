"""Citations are checked in one place: unknown passages and non-verbatim quotes never get through."""

from __future__ import annotations

from advisor.answering.cite import check_claims, render_answer, verify_answer
from advisor.core.models import Claim, Passage, Support


def _p(pid: str, text: str) -> Passage:
    return Passage(id=pid, source_id=pid.split("#")[0], ref=f"ref {pid}", section="s", title="T", text=text)


RETRIEVED = {
    "a#1": _p(
        "a#1", "Arbeidstaker har rett til fleksibel arbeidstid dersom dette kan gjennomføres uten vesentlig ulempe."
    ),
    "b#1": _p("b#1", "Det finnes ingen generell lovfestet rett til hjemmekontor i Norge.\nDet må avtales."),
}


def test_verbatim_quote_from_retrieved_passage_is_kept() -> None:
    claims = [
        Claim(
            text="Du har rett til fleksibel arbeidstid.",
            support=[Support(passage_id="a#1", quote="rett til fleksibel arbeidstid dersom")],
        )
    ]
    kept, problems = check_claims(claims, RETRIEVED)
    assert problems == [] and len(kept) == 1


def test_passage_not_retrieved_is_rejected() -> None:
    claims = [Claim(text="X.", support=[Support(passage_id="z#9", quote="rett til fleksibel arbeidstid")])]
    kept, problems = check_claims(claims, RETRIEVED)
    assert kept == [] and "not retrieved" in problems[0]


def test_paraphrased_quote_is_rejected_and_whitespace_is_folded() -> None:
    bad = Claim(text="X.", support=[Support(passage_id="b#1", quote="ingen lovbestemt rett til hjemmekontor")])
    good = Claim(text="Y.", support=[Support(passage_id="b#1", quote="i Norge. Det   må avtales.")])
    kept, problems = check_claims([bad, good], RETRIEVED)
    assert [c.text for c in kept] == ["Y."]
    assert any("not found verbatim" in p for p in problems)


def test_too_short_quote_is_rejected() -> None:
    kept, _ = check_claims([Claim(text="X.", support=[Support(passage_id="a#1", quote="rett")])], RETRIEVED)
    assert kept == []


def test_render_numbers_and_marks_every_line() -> None:
    claims = [
        Claim(text="Første.", support=[Support(passage_id="a#1", quote="rett til fleksibel arbeidstid")]),
        Claim(
            text="Andre.", support=[Support(passage_id="b#1", quote="ingen generell lovfestet rett til hjemmekontor")]
        ),
        Claim(text="Tredje.", support=[Support(passage_id="a#1", quote="rett til fleksibel arbeidstid")]),
        Claim(text="Uten kilde.", support=[]),
    ]
    answer = render_answer("q", claims, RETRIEVED, backend="none", abstain_text="ingenting")
    assert answer.answer.splitlines() == ["Første [1].", "Andre [2].", "Tredje [1]."]
    assert [c.n for c in answer.citations] == [1, 2]
    assert all(c.verified for c in answer.citations)
    assert verify_answer(answer, RETRIEVED) == []


def test_nothing_verified_means_abstain() -> None:
    claims = [Claim(text="Påstand.", support=[Support(passage_id="a#1", quote="dette står ikke i teksten")])]
    answer = render_answer("q", claims, RETRIEVED, backend="none", abstain_text="Fant ikke noe.")
    assert answer.abstained and answer.citations == [] and answer.answer == "Fant ikke noe."


def test_verify_answer_catches_tampering() -> None:
    claims = [Claim(text="Første.", support=[Support(passage_id="a#1", quote="rett til fleksibel arbeidstid")])]
    answer = render_answer("q", claims, RETRIEVED, backend="none", abstain_text="")
    answer.citations[0].quote = "rett til hjemmekontor på fulltid"
    assert verify_answer(answer, RETRIEVED)
    answer2 = render_answer("q", claims, RETRIEVED, backend="none", abstain_text="")
    answer2.answer += "\nEn påstand uten kilde."
    assert any("without citation" in p for p in verify_answer(answer2, RETRIEVED))
