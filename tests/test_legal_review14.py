"""Legal review, session 14: every legal rule and advice card read against the sources (facts.md,
tln-practice.md and the cited corpus passages). Each finding has a test here that would have caught it:
the overstated wording absent, the condition the source attaches present, and the cited passage holding
the claim's key words. The findings are listed in docs/answer-quality-history.md («Legal review, session 14»)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from advisor.answering.grounding import corpus_passages, support

DATA = Path(__file__).resolve().parent.parent / "advisor" / "data"
RULES = {r["id"]: r for r in json.loads((DATA / "legal_rules.json").read_text(encoding="utf-8"))["rules"]}
CARDS = json.loads((DATA / "advice_cards.json").read_text(encoding="utf-8"))["cards"]


def _parts(rule: dict) -> list[tuple[str, dict, list]]:
    """(name, texts, cites) for the answer and each condition: the parts that state the law."""
    return [("answer", rule["answer"], rule["cite"])] + [("condition", c, c["cite"]) for c in rule["conditions"]]


def _quotes(cites: list) -> str:
    return " ".join(support(pid, phrase).quote for pid, phrase in cites)


def _answer(rule_id: str, lang: str = "nb") -> str:
    return RULES[rule_id]["answer"][lang]


def _conditions(rule_id: str, lang: str = "nb") -> list[str]:
    return [c[lang] for c in RULES[rule_id]["conditions"]]


# --- the wrong wording is gone --------------------------------------------------------------------------

OVERSTATED = [
    # a general rule (NHO, a secondary source) was put to TLN 93/25, where size was one factor of three
    ("storrelse", "nb", "jo større virksomheten eller avdelingen er, jo lettere"),
    ("storrelse", "en", "the larger the business or department, the easier"),
    # only § 10-2 (3) is lost to leaders; the rest of chapter 10 is lost too, not kept
    ("ledere_redusert_natt", "nb", "det er bare retten til fleksibel arbeidstid i tredje ledd de ikke har."),
    (
        "ledere_redusert_natt",
        "en",
        "only the right to flexible working time in the third paragraph does not apply to them.",
    ),
    # the guidance's «fast ordning» is not the regulation's test
    ("ho_forskrift_virkeomraade", "nb", "om hjemmearbeidet er en fast ordning"),
    ("ho_forskrift_virkeomraade", "en", "is a fixed arrangement"),
    # «som hovedregel» rests on a secondary source (Visma), not on law or a decision
    ("ho_palegge", "nb", "Som hovedregel nei: ingen lov"),
    ("ho_palegge", "en", "As a rule no: no statute"),
    # «loven» has no such rule? § 14-8 a has one; it is § 10-2 that has none
    ("avslag_skriftlig", "nb", "Loven har ingen uttrykkelig regel"),
    ("avslag_skriftlig", "en", "The law has no express rule"),
    # the list of reasons that do not count is guidance, not decisions of the nemnd
    ("reisevei", "nb", "i nemndas praksis"),
    ("reisevei", "en", "in the board's practice"),
    # the regulation may hold rules on change and termination; it does not make the agreement decide all
    ("ho_endringer", "nb", "Det avgjør den skriftlige avtalen"),
    ("ho_endringer", "en", "The written agreement decides"),
    # TLN 93/25: the factory and the department, not «the business»
    ("vesentlig_ulempe", "nb", "virksomhetens størrelse"),
    ("vesentlig_ulempe", "en", "size of the business"),
]


@pytest.mark.parametrize(("rule_id", "lang", "wrong"), OVERSTATED)
def test_the_overstated_wording_is_gone(rule_id, lang, wrong):
    texts = [_answer(rule_id, lang), *_conditions(rule_id, lang)]
    assert not any(wrong.casefold() in t.casefold() for t in texts), (rule_id, lang, wrong)


def test_the_burden_of_proof_is_said_as_the_nemnd_says_it():
    """«Det er i utgangspunktet opp til arbeidsgiver å påvise …»: the nemnd's guidance puts the burden on the
    employer as a starting point; a statement of it that drops «i utgangspunktet» says more than the source."""
    said = 0
    for rule in RULES.values():
        for _, texts, _ in _parts(rule):
            nb, en = texts["nb"].casefold(), texts["en"].casefold()
            if re.search(
                r"arbeidsgiver som må (?:vise|påvise)|(?:arbeidsgiver må|må arbeidsgiver) (?:\w+ ){0,2}(?:vise|påvise) at|bevisbyrden",
                nb,
            ):
                said += 1
                assert "i utgangspunktet" in nb, (rule["id"], texts["nb"])
                assert "starting point" in en, (rule["id"], texts["en"])
    assert said >= 4  # bevisbyrde, fleks_rett, etter_avslag, avslag_skriftlig


def test_a_criterion_from_secondary_sources_only_says_so():
    """The nemnd-practice summary (tln-kriterier) also holds criteria whose only sources are secondary (NHO's
    Q&A on timing; NHO on size): a rule resting on those sentences names them as a secondary source."""
    secondary = [
        ("tln-kriterier#tvistelosningsnemndas-praksis-tidspunkt-og-planlegging", ""),
        ("tln-kriterier#tvistelosningsnemndas-praksis-virksomhetens-storrelse-og-handlingsrom", "Jo større"),
    ]
    found = 0
    for rule in RULES.values():
        for name, texts, cites in _parts(rule):
            if any(pid == s and phrase.startswith(p) for pid, phrase in cites for s, p in secondary):
                found += 1
                assert "sekundærkilde" in texts["nb"] and "secondary source" in texts["en"], (rule["id"], name)
    assert found >= 3  # tidspunkt, storrelse's condition, stillingens_art's condition


def test_a_decision_named_in_a_statement_of_law_is_cited_by_it():
    decision = re.compile(r"TLN (\d\d)/(\d\d)|(HR-\d{4}-\d+-A)")
    for rule in RULES.values():
        for name, texts, cites in _parts(rule):
            for lang in ("nb", "en"):
                for m in decision.finditer(texts[lang]):
                    pid = f"tln-{m[1]}-{m[2]}#" if m[1] else m[3].lower() + "#"
                    assert any(c[0].startswith(pid) for c in cites), (rule["id"], name, lang, m[0])


def test_tln_93_25_is_told_with_its_three_factors_wherever_it_is_named():
    """Issue 11 (5): the majority gave decisive weight to the size of the factory and the department, 31 years'
    service and a strong, documented health need, not only to the employer's general arguments."""
    named = 0
    for rule in RULES.values():
        for _name, texts, _ in _parts(rule):
            if "93/25" in texts["nb"]:
                named += 1
                assert all(w in texts["nb"] for w in ("fabrikken og avdelingen", "31 års", "helsebehov")), rule["id"]
                assert all(w in texts["en"] for w in ("factory", "department", "31 years", "health need")), rule["id"]
    assert named >= 2


def test_night_work_judgments_are_said_to_be_about_night_work():
    """HR-2024-423-A and TLN 87/18 are on exemption from night work (§ 10-2 (2)); carried over to other rights
    they say so."""
    for rule in RULES.values():
        if rule["id"] == "natt_fritak":
            continue
        for name, texts, _ in _parts(rule):
            if "HR-2024-423-A" in texts["nb"] or "87/18" in texts["nb"]:
                assert re.search(r"natt(?:arbeid|evakt)", texts["nb"]), (rule["id"], name, texts["nb"])
                assert re.search(r"night[ -](?:work|shift)", texts["en"]), (rule["id"], name, texts["en"])


def test_no_statement_of_law_uses_the_guidance_test_of_a_fixed_arrangement():
    """«Fast ordning» is Arbeidstilsynet's example, not the regulation's test (not short-term or sporadic, unless
    the employee works only at home); a rule may name it only in its advice, marked as guidance."""
    for rule in RULES.values():
        for name, texts, _ in _parts(rule):
            assert "fast ordning" not in texts["nb"] and "fixed arrangement" not in texts["en"], (rule["id"], name)


# --- the condition the source attaches is there -----------------------------------------------------------

CONDITIONS = [
    # § 10-2 (4): the preference is for a post with the same duties, and ranks after §§ 14-2 and 14-3
    (
        "redusert_tilbake",
        "answer",
        "de samme arbeidsoppgavene",
        "same duties",
        "helt eller i det vesentlige er tillagt de samme",
    ),
    ("redusert_tilbake", "condition", "14-2 og 14-3", "14-2 and 14-3", "Fortrinnsrett etter §§ 14-2 og 14-3 går foran"),
    # § 10-12: the leaders lose the rest of chapter 10 too
    (
        "ledere_redusert_natt",
        "answer",
        "resten av arbeidstidskapitlet",
        "the rest of the working-time chapter",
        "unntatt fra arbeidstidsreglene i kapittel 10",
    ),
    # § 10-6 (8): the 48 hours may be averaged over eight weeks
    ("samlet_arbeidstid", "condition", "åtte uker", "eight weeks", "gjennomsnitt over åtte uker"),
    # § 17-2 (2): another interim arrangement only on a party's demand
    (
        "domstol_under_sak",
        "answer",
        "etter krav fra en av partene",
        "on a party's demand",
        "etter krav fra en av partene",
    ),
    # § 17-2 (4): restoration for a missed deadline is in the same paragraph as the final-judgment effect
    ("rettskraft", "condition", "oppfriskning", "restoration", "Nemnda kan gi oppfriskning"),
    # § 17-2 (3): eight weeks from notification
    ("domstol_forst_nemnd", "condition", "underrettet", "notified", "ble underrettet om nemndas avgjørelse"),
    # forskrift § 3 (1): the meeting is called in consultation with the chair, when needed
    (
        "tln_sekretariat",
        "answer",
        "i samråd med nemndas leder eller nestleder",
        "in consultation with the chair",
        "i samråd med nemndas leder eller nestleder",
    ),
    # domstolloven § 149 (1) moves a last day on a weekend or holiday
    (
        "frist_beregning",
        "condition",
        "lørdag, søndag eller helligdag",
        "Saturday, Sunday or public holiday",
        "lørdag, en søndag eller en helligdag",
    ),
    # TLN 77/23: «i kraft av styringsretten og rammene for denne»
    (
        "ho_ingen_rett",
        "answer",
        "innenfor rammene av styringsretten",
        "within the limits of its management right",
        "rammene for denne",
    ),
    # hjemmekontorforskriften § 1: when the written-agreement duty applies
    (
        "ho_ingen_rett",
        "condition",
        "kortvarig eller sporadisk",
        "short-term or sporadic",
        "kortvarig eller sporadisk arbeid",
    ),
    (
        "ho_forskrift_virkeomraade",
        "answer",
        "kortvarig eller sporadisk",
        "short-term or sporadic",
        "kortvarig eller sporadisk arbeid",
    ),
    # § 3 (2022): contact with colleagues «om mulig»
    ("ho_psykososialt", "answer", "om mulig", "where possible", "om mulig organiseres"),
    # the employer's room under the management right, in DFØ's words
    ("ho_palegge", "answer", "DFØ", "DFØ", "DFØ"),
    ("ho_palegge", "answer", "etter sekundærkildene", "according to secondary sources", "(Visma)"),
    # § 14-8 a: the one written-reply duty, for another request
    ("avslag_skriftlig", "condition", "§ 14-8 a", "section 14-8 a", "et skriftlig og begrunnet svar innen en måned"),
    # TLN 57/21: substitute problems did not carry the refusal; TLN 45/22: together with more, they did
    ("vikar", "answer", "TLN 57/21", "TLN 57/21", "Mindretallet mente derimot"),
    ("vikar", "answer", "sekundærkilde", "secondary sources", "At arbeidsgiver må bruke vikar"),
    # HR-2024-423-A: a night-work case
    ("alternativ_tilbud", "answer", "nattarbeid", "night work", "Et tilbud om annet arbeid slår ikke retten bort"),
    # the nemnd's guidance, not the statute, and Arbeidstilsynet's guidance
    ("bevisbyrde", "answer", "veiledning", "guidance", "Det er i utgangspunktet opp til arbeidsgiver"),
    (
        "stillingens_art",
        "condition",
        "Arbeidstilsynets veiledning",
        "Arbeidstilsynet's guidance",
        "Arbeidsgiver skal også forsøke",
    ),
    (
        "tln_fullmakt",
        "answer",
        "Tvisteløsningsnemndas krav",
        "the Dispute Resolution Board's requirement",
        "skriftlig fullmakt",
    ),
]


@pytest.mark.parametrize(("rule_id", "part", "nb", "en", "quoted"), CONDITIONS)
def test_the_condition_is_said_and_the_cited_passage_holds_it(rule_id, part, nb, en, quoted):
    rule = RULES[rule_id]
    parts = [p for p in _parts(rule) if p[0] == part]
    hits = [(texts, cites) for _, texts, cites in parts if nb in texts["nb"]]
    assert hits, (rule_id, part, nb)
    texts, cites = hits[0]
    assert en in texts["en"], (rule_id, part, en)
    assert quoted.casefold() in _quotes(cites).casefold(), (rule_id, part, quoted)


def test_the_leaders_title_point_is_advice_cited_to_the_guide_not_to_section_10_12():
    """§ 10-12's passage (our words, unverified wording) says nothing about titles; the guide does."""
    rule = RULES["fleks_ledere"]
    for _, texts, _cites in _parts(rule):
        assert "tittel" not in texts["nb"] and "title" not in texts["en"]
    todo = [t for t in rule["todo"] if "tittel" in t["nb"]]
    assert todo and "stillingstittelen" in _quotes(todo[0]["cite"])


# --- advice carries no law ----------------------------------------------------------------------------------

LAW_WORDS = re.compile(
    r"§|\bforskrift\w*|\b(?:loven|lovfest\w*|lovlig\w*|ulovlig\w*)\b|\bfrist\w*|nemnd\w*|\bregulation\b|\bstatut\w*|\blaw\b|"
    r"\bboard\b|\bentitle\w*",
    re.IGNORECASE,
)
# a card may name deadlines met as results to show, and the notice («frist») the parties agree for ending
# their own agreement: neither is a statement of law
RESULTS = re.compile(r"frister som ble holdt|deadlines met|med hvilken frist", re.IGNORECASE)


def test_advice_cards_and_the_guide_sentences_they_quote_state_no_law():
    ps = corpus_passages()
    for card in CARDS:
        for lang in ("nb", "en"):
            text = RESULTS.sub("", card["advice"][lang])
            assert not LAW_WORDS.search(text), (card["id"], lang, text)
        for pid, phrase in card["cite"]:
            quote = RESULTS.sub("", support(pid, phrase).quote)
            assert ps[pid].kind == "guide" and not LAW_WORDS.search(quote), (card["id"], quote)


def test_what_to_do_cited_only_to_a_guide_states_no_law():
    """A rule's advice may rest on a guide; then it gives advice, not a statement of what the regulation says."""
    ps = corpus_passages()
    for rule in RULES.values():
        for todo in rule["todo"]:
            if all(ps[pid].kind == "guide" for pid, _ in todo["cite"]):
                for lang in ("nb", "en"):
                    text = todo[lang]
                    assert not re.search(r"§|\bforskrift\w*|\bregulation\b|\bloven\b|\bthe Act\b", text), (
                        rule["id"],
                        text,
                    )


# --- the matching kept as it was: three questions a reworded answer had drawn to the wrong rule --------------


@pytest.mark.parametrize(
    ("rule_id", "question", "holds"),
    [
        # a home-office refusal only: the rule on taking a refusal to the nemnd must not lead
        (
            "etter_avslag",
            "Sjefen sa nei til at jeg jobber hjemme på tirsdager. Hva er fristen for å klage til Arbeidstilsynet?",
            False,
        ),
        ("etter_avslag", "Sjefen sa nei til at jeg kan begynne kl 7 og jobbe hjemme etterpå. Hva gjør jeg nå?", True),
        (
            "etter_avslag",
            "Lederen avslo søknaden min om fleksibel arbeidstid. Hva gjør jeg nå, og er det en frist?",
            True,
        ),
        # «Hvor store sjanser … avdelingen» is not the size of the business
        (
            "storrelse",
            "Hvor store sjanser har jeg i nemnda når arbeidsgiveren bare skriver at fleksitid «ikke passer for avdelingen»?",
            False,
        ),
        ("storrelse", "Vi er en stor fabrikk med 400 ansatte. Kan vi likevel nekte fritak fra skift?", True),
        ("storrelse", "We're a small team of five. Is a refusal easier to justify?", True),
    ],
)
def test_required_words_keep_reworded_rules_from_questions_they_do_not_answer(rule_id, question, holds):
    assert bool(re.search(RULES[rule_id]["requires"], question, re.IGNORECASE)) is holds


def test_an_offer_of_something_else_is_the_alternative_offers_question():
    cues = RULES["alternativ_tilbud"]["cues"]
    asked = "Arbeidsgiveren tilbød meg en annen ordning enn den jeg søkte om. Betyr det noe for saken i nemnda?"
    assert all(re.search(c, asked, re.IGNORECASE) for c in cues)
    assert not all(
        re.search(c, "Hvordan sender jeg saken til nemnda, og hva må være med?", re.IGNORECASE) for c in cues
    )
