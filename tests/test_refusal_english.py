"""After a refusal, in English all the way (issue 13): the deadline, the next steps, the refusal
check's shared sections and the draft submission to Tvisteløsningsnemnda are drafted in English
when the user picks English; only quotes (the employer's and the user's own words) stay as they
were written, and Norwegian legal terms come with their English name. And the deadline sentence
when four weeks end on Easter: every day passed over is named once, in the page's language."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from advisor.answering.cite import verify_draft
from advisor.core.models import RefusalCase
from advisor.core.settings import Settings
from advisor.tasks.next_steps import next_steps, tln_submission
from advisor.tasks.refusal.analysis import analyse_case
from advisor.tasks.refusal.check import check_refusal
from advisor.tasks.refusal.deadline import tln_deadline
from advisor.tasks.refusal.texts import deadline_claims

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = date(2025, 8, 20)
EN = Settings(language="en")

# Words of bokmål drafting that no English sentence of ours contains (outside «quotes» and the
# Norwegian terms given in brackets beside their English name).
BOKMAL = re.compile(
    r"\b(og|ikke|som|er|på|med|skal|må|eller|fra|ved|etter|denne|dette|arbeidsgiver|"
    r"arbeidstaker|nemnda|fristen|saken|avslaget|kravet|hjemmekontor|Vedlegg|Frist)\b"
)


def load(name: str) -> RefusalCase:
    return RefusalCase.model_validate(json.loads((EXAMPLES / name).read_text(encoding="utf-8")))


def drafted(line: str) -> str:
    """A line without what is quoted («…») and without citation markers."""
    return re.sub(r"\[\d+\]", "", re.sub(r"«[^»]*»", "«»", line))


def bokmal_in(lines: list[str]) -> list[str]:
    return [line for line in lines if BOKMAL.search(drafted(line))]


# --- the deadline when four weeks end on Easter -----------------------------------------------------


def easter_case(received: str) -> RefusalCase:
    return RefusalCase(
        request="Fleksibel arbeidstid: begynne kl. 07 og slutte kl. 15.",
        refusal="Vi kan ikke innvilge søknaden fordi det ikke passer for avdelingen.",
        refusal_received=received,
        written_refusal=True,
    )


@pytest.mark.parametrize(
    ("received", "lang", "raw", "others", "deadline"),
    [
        # four weeks end on Easter Saturday: the Saturday is said once, then the two Easter days
        ("2026-03-07", "nb", "4. april 2026 (lørdag)", "første påskedag og andre påskedag", "7. april 2026 (tirsdag)"),
        ("2026-03-07", "en", "4 April 2026 (Saturday)", "Easter Sunday and Easter Monday", "7 April 2026 (Tuesday)"),
        # four weeks end on Maundy Thursday: five days passed over
        (
            "2026-03-05",
            "nb",
            "2. april 2026 (skjærtorsdag)",
            "langfredag, lørdag, første påskedag og andre påskedag",
            "7. april 2026 (tirsdag)",
        ),
        (
            "2026-03-05",
            "en",
            "2 April 2026 (Maundy Thursday)",
            "Good Friday, Saturday, Easter Sunday, and Easter Monday",
            "7 April 2026 (Tuesday)",
        ),
    ],
)
def test_an_easter_deadline_names_each_day_passed_over_once(received, lang, raw, others, deadline):
    assert tln_deadline(date.fromisoformat(received)) == date(2026, 4, 7)
    a = analyse_case(easter_case(received), date(2026, 3, 10), lang=lang)
    text = " ".join(c.text for c in deadline_claims(a, lang))
    assert deadline in text
    assert raw in text
    assert f"({others})" in text
    assert not re.search(r"\b(\w+), \1\b", text), text  # «lørdag, lørdag»
    if lang == "en":
        assert not BOKMAL.search(drafted(text)), text


@pytest.mark.parametrize(
    ("received", "lang", "said"),
    [
        # four weeks end on a Saturday: the weekend, each day once, and the Monday
        (
            "2026-09-05",
            "nb",
            "3. oktober 2026 (lørdag), som ikke er en virkedag, og det er heller ikke dagen etter (søndag);",
        ),
        (
            "2026-09-05",
            "en",
            "3 October 2026 (Saturday), which is not a working day, and nor is the day after it (Sunday);",
        ),
        # four weeks end on a Sunday: one day
        ("2026-09-06", "nb", "4. oktober 2026 (søndag), som ikke er en virkedag;"),
        # Constitution Day on a Sunday (2026): named by the holiday, once, and Monday 18 May is a working day
        ("2026-04-19", "en", "17 May 2026 (Constitution Day), which is not a working day;"),
        ("2026-04-19", "nb", "17. mai 2026 (offentlig høytidsdag), som ikke er en virkedag;"),
    ],
)
def test_a_weekend_deadline_is_said_once(received, lang, said):
    a = analyse_case(easter_case(received), date.fromisoformat(received), lang=lang)
    text = " ".join(c.text for c in deadline_claims(a, lang))
    assert said in text, text
    assert not re.search(r"\b(\w+), \1\b", text), text


# --- English all the way --------------------------------------------------------------------------


ALL = sorted(p.name for p in EXAMPLES.glob("refusal-*.json"))


@pytest.mark.parametrize("name", ALL)
def test_english_check_and_next_steps_are_english_and_cited(name, corpus_passages):
    case = load(name)
    check = check_refusal(case, today=TODAY, settings=EN, audience="union")
    steps = next_steps(case, today=TODAY, settings=EN)
    for draft in (check.report, steps):
        lines = [draft.title] + [x for s in draft.sections for x in [s.heading, *s.lines]]
        assert bokmal_in(lines) == [], bokmal_in(lines)
        assert verify_draft(draft, corpus_passages) == []
    assert not BOKMAL.search(drafted(check.verdict.deadline))
    # the Norwegian term comes with its English name, and the Board is not left as «the nemnd»
    text = "\n".join(x for s in steps.sections for x in s.lines)
    assert "nemnd " not in text and "nemnd's" not in text
    if "Tvisteløsningsnemnda" in text:
        assert "Dispute Resolution Board (Tvisteløsningsnemnda)" in text


TLN = [n for n in ALL if "hjemmekontor.json" not in n and "sykmelding" not in n]


@pytest.mark.parametrize("name", TLN)
def test_english_submission_is_english_quotes_marked(name, corpus_passages):
    sub = tln_submission(load(name), today=TODAY, settings=EN).draft
    lines = [sub.title] + [x for s in sub.sections for x in [s.heading, *s.lines]]
    assert bokmal_in(lines) == [], bokmal_in(lines)
    assert verify_draft(sub, corpus_passages) == []
    body = "\n".join(lines)
    assert "[fyll inn" not in body and "[fill in" in body
    # every Norwegian quote (the employer's or the employee's words) says so; English ones do not
    for m in re.finditer(r"«([^«»\[]+)»(?: \((in Norwegian)[;)])?", body):
        assert bool(m.group(2)) == bool(
            re.search(r"\b(og|ikke|jeg|vi|på|er|til|med|som|det)\b", m.group(1).lower())
            or re.search(r"[æøå]", m.group(1))
        ) or m.group(2), m.group(0)
    assert "employer writes: «" in body or "no concrete reasons" in body


def test_english_quotes_are_marked_only_when_norwegian():
    from advisor.core.models import Claim
    from advisor.tasks.refusal.rules import mark_norwegian_quotes

    claims = [
        Claim(text="The employer writes: «Vi kan ikke innvilge søknaden».", support=[]),
        Claim(text="The employer writes: «We cannot grant the request».", support=[]),
        Claim(text="«Det passer ikke for avdelingen» (cost) is general.", support=[]),
        Claim(
            text="Suggested authority: «I authorise [name] to bring the case before the Dispute Resolution "
            "Board (Tvisteløsningsnemnda) on my behalf».",
            support=[],
        ),
        Claim(text="Employee: «[fill in name]».", support=[]),
    ]
    out = [c.text for c in mark_norwegian_quotes(claims, "en")]
    assert out[0] == "The employer writes: «Vi kan ikke innvilge søknaden» (in Norwegian)."
    assert out[1] == claims[1].text and out[3] == claims[3].text and out[4] == claims[4].text
    assert out[2] == "«Det passer ikke for avdelingen» (in Norwegian; cost) is general."
    assert [c.text for c in mark_norwegian_quotes(claims, "nb")] == [c.text for c in claims]


def test_read_values_are_said_in_english():
    sub = tln_submission(load("refusal-redusert-barn-under-10.json"), today=TODAY, settings=EN).draft
    body = "\n".join(x for s in sub.sections for x in s.lines)
    assert "Period: 2 years" in body and "Placement: Friday" in body
    assert "22 April 2025" in body and "22. april" not in body  # the passed-deadline note too
    check = check_refusal(load("refusal-redusert-barn-under-10.json"), today=TODAY, settings=EN)
    assert "(3 years, 7 years)" in check.report.sections[2].lines[0]
    assert "(childcare)" in " ".join(x for s in check.report.sections for x in s.lines)


# --- a mixed request (home office + working time) on 05 -------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_mixed_request_is_titled_by_both_parts(lang):
    case = load("refusal-hjemmekontor-og-fleksitid.json")
    settings = Settings(language=lang)
    steps = next_steps(case, today=TODAY, settings=settings)
    check = check_refusal(case, today=TODAY, settings=settings)
    both = {
        "nb": "Hjemmekontor (arbeidssted) og fleksibel arbeidstid (§ 10-2 (3))",
        "en": "Home office (place of work) and flexible working time (s. 10-2 (3))",
    }[lang]
    assert steps.title.endswith(both) and check.report.title.endswith(both)
    heads = [s.heading for s in steps.sections]
    assert (
        heads[0]
        == {
            "nb": "Hjemmekontordelen: ingen nemndsvei",
            "en": "The home-office part: no route to the Dispute Resolution Board (Tvisteløsningsnemnda)",
        }[lang]
    )
    assert {"nb": "fleksibel arbeidstid", "en": "flexible working time"}[lang] in heads[1]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_page_05_says_which_part_the_deadline_is_for(lang, tmp_path):
    """Workbook 05 without a browser: the mixed request's page names both parts in its title, its
    deadline box says the deadline is the working-time part's, and the English page is English."""
    from helpers import find, html_of

    from advisor.app import build

    case = json.loads((EXAMPLES / "refusal-hjemmekontor-og-fleksitid.json").read_text(encoding="utf-8"))
    root = build("05-etter-avslag.ipynb", Settings(data_dir=tmp_path, embedding="fake", language=lang), user="u")
    find(root, "fw-in-request").value = case["request"]
    find(root, "fw-in-refusal").value = case["refusal"]
    find(root, "fw-in-refusal_received").value = date.today().isoformat()
    find(root, "fw-in-written_refusal").value = True
    find(root, "fw-make-next-steps").click()
    page = html_of(root)
    assert 'class="fw-error"' not in page
    both = {
        "nb": "Hjemmekontor (arbeidssted) og fleksibel arbeidstid",
        "en": "Home office (place of work) and flexible working time",
    }
    assert both[lang] in page
    box = page[page.index("fw-deadline'") :]
    box = box[: box.index("</div>")]
    part = {
        "nb": "Fristen gjelder bare delen av kravet som gjelder arbeidstiden",
        "en": "The deadline applies only to the working-time part",
    }
    assert part[lang] in box
    # the day written out as the page's language writes dates («28. desember 2026» / «28 December 2026»)
    from advisor.core.dates import long_date
    from advisor.tasks.refusal.deadline import tln_deadline

    assert long_date(tln_deadline(date.today()), lang) in box
    if lang == "en":
        # the sources keep their Norwegian titles and verbatim quotes (the page says so in English)
        text = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<details class=\"fw-sources.*?</details>\s*</details>", "", page))
        text = re.sub(r"(?s)<details class=\"fw-source\b.*?</details>", "", text)
        for bokmal in ("Frist for", "Be arbeidsgiver", "Per ", "Foreslå", "Sjekk om", "Avtal et", "Saken fremmes"):
            assert bokmal not in text, bokmal
        assert "Ask the employer for objective reasons" in text and "Agree a specific date" in text


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_union_verdict_says_which_part_the_deadline_is_for(lang):
    check = check_refusal(
        load("refusal-hjemmekontor-og-fleksitid.json"), today=TODAY, settings=Settings(language=lang), audience="union"
    )
    part = {
        "nb": "Fristen gjelder bare delen om fleksibel arbeidstid; hjemmekontordelen har ingen nemndsvei.",
        "en": "The deadline applies only to the flexible working time part; the home-office part has no route "
        "to the Board.",
    }[lang]
    assert check.verdict.deadline.endswith(part)
    assert {"nb": "15. september 2025", "en": "15 September 2025"}[lang] in check.verdict.deadline


def test_a_refused_or_changed_case_leaves_no_earlier_draft_submission(tmp_path):
    """Page 20 without a browser: the draft and its download follow the case as it is now."""
    from helpers import find, html_of

    from advisor.app import build

    root = build("20-tillitsvalgt.ipynb", Settings(data_dir=tmp_path, embedding="fake", language="en"), user="u")
    find(root, "fw-in-request").value = "Fleksibel arbeidstid med kjernetid 09-15"
    find(root, "fw-in-refusal").value = "Vi kan ikke innvilge søknaden fordi det ikke passer for avdelingen."
    find(root, "fw-in-refusal_received").value = date.today().isoformat()
    find(root, "fw-in-written_refusal").value = True
    find(root, "fw-check-refusal").click()
    find(root, "fw-make-submission").click()
    assert "case-dispute-tribunal-" in html_of(find(root, "fw-downloads"))
    assert "09-15" in html_of(find(root, "fw-submission"))
    # the case changes: checked again, the draft is made again for the case as it is now
    find(root, "fw-in-request").value = "Fleksibel arbeidstid med kjernetid 08-14"
    find(root, "fw-check-refusal").click()
    assert "08-14" in html_of(find(root, "fw-submission")) and "09-15" not in html_of(find(root, "fw-submission"))
    # now only home office: no route to the Board, so no draft and no download are left on the page
    find(root, "fw-in-request").value = "Jeg ønsker hjemmekontor to dager i uka."
    find(root, "fw-check-refusal").click()
    assert html_of(find(root, "fw-downloads")) == "" and html_of(find(root, "fw-submission")) == ""
    find(root, "fw-make-submission").click()
    assert "No draft to the Dispute Resolution Board" in html_of(root)
    assert html_of(find(root, "fw-downloads")) == "" and html_of(find(root, "fw-submission")) == ""
