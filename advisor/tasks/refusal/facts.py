"""The case reader: a refusal case's texts and fields turned into facts, each with the phrase it came from.

Words are matched as whole tokens (compounds by their first part or their head, listed in
advisor/data/refusal_reading.json), inside clauses, with negation scope («Jeg vil ikke ha redusert
stilling, men …»), numbers as digits or words («en gutt på fem», «sekstifire år») and ages. A
fact is only ever stated from a span of the user's own text or from a field they filled in
(`how` = rule, similarity or user); a correction by the user wins over the reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from advisor.tasks.refusal.amounts import read_ages, read_percent
from advisor.tasks.refusal.facts_en import period_and_placement_en, time_of_day_en
from advisor.tasks.refusal.tokens import (
    Fact,
    Reading,
    Tok,
    any_phrase,
    fact_at,
    lexicon,
    matches,
    negated,
    number,
    tokenize,
)

if TYPE_CHECKING:
    from advisor.core.models import RefusalCase, Track

__all__ = [
    "Fact",
    "Reading",
    "apply_corrections",
    "decide_track",
    "read_employee",
    "read_employer_context",
    "read_fields",
]


# --- the employee's side ---------------------------------------------------------------------------


_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def _period_and_placement(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    """For how long («i to år», «ut kalenderåret», «fram til …») and how the hours are placed (days off)."""
    n = len(toks)
    if toks and toks[0].en:
        period_and_placement_en(r, text, toks, where)
        return
    for i, t in enumerate(toks):
        w = t.w
        if (
            w == "i"
            and i + 2 < n
            and number(toks[i + 1])
            and toks[i + 2].w in ("år", "måneder", "mnd", "uker")
            and not (i > 0 and toks[i - 1].w in ("jobbet", "ansatt", "hatt", "flekset", "gått"))
            and not any(x.w.startswith(("fleks", "fleksitid")) for x in toks[max(0, i - 4) : i])
        ):
            fact_at(r, text, toks, where, "period", f"{number(toks[i + 1])} {toks[i + 2].w}", i, i + 2)
        if w == "ut" and i + 1 < n and toks[i + 1].w.endswith(("året", "skoleåret", "kalenderåret", "perioden")):
            fact_at(r, text, toks, where, "period", text[toks[i].start : toks[i + 1].end], i, i + 1)
        if w in ("fram", "frem") and i + 1 < n and toks[i + 1].w == "til":
            j = min(i + 5, n - 1)
            while j > i + 1 and toks[j].clause != t.clause:
                j -= 1
            fact_at(r, text, toks, where, "period", text[toks[i].start : toks[j].end], i, j)
        if w.startswith(_WEEKDAYS) and not negated(toks, i):
            window = [x.w for x in toks[max(0, i - 4) : i]]
            if any(x in ("fri", "fridag", "fridager") or x.startswith("fri") for x in window):
                fact_at(r, text, toks, where, "placement", text[toks[i].start : toks[i].end], i)
        if w in ("første", "siste") and i + 1 < n and toks[i + 1].w in ("time", "og", "skoletime", "timen"):
            fact_at(r, text, toks, where, "placement", "første/siste time", i, min(i + 3, n - 1))
        if w.startswith("fridag") and i > 0 and toks[i - 1].w in ("fast", "ukentlig", "én", "en"):
            fact_at(r, text, toks, where, "placement", "én fast fridag i uka", i - 1, i)
        if (
            w.startswith("kortere")
            and i + 1 < n
            and toks[i + 1].w.startswith(("dag", "arbeidsdag"))
            and not negated(toks, i)
        ):
            fact_at(r, text, toks, where, "placement", "kortere dager", i, i + 1)


def read_employee(r: Reading, text: str, where: str) -> None:
    """Grounds, needs, documentation, what is asked, period and ages in one of the employee-side texts."""
    lex = lexicon()
    toks = tokenize(text)
    n = len(toks)
    for i, t in enumerate(toks):
        w = t.w
        neg = negated(toks, i)
        # what is asked ---------------------------------------------------------------------------
        if where in ("request", "notes"):
            k = any_phrase(toks, i, lex["home"]["phrases"])
            if (
                (matches(w, lex["home"]) or k)
                and not neg
                and not any(x.w.startswith("omsorg") or x.w == "care" for x in toks[max(0, i - 3) : i + 3])
            ):
                fact_at(r, text, toks, where, "asks", "place_of_work", i, i + max(k - 1, 0))
            if matches(w, lex["night"]):
                window = range(max(0, i - 6), i)
                exempt = [j for j in window if matches(toks[j].w, lex["exempt"])]
                verbs = ("jobbe", "gå", "ta", *lex["exempt_verbs_en"])
                if (exempt and not (t.en and all(negated(toks, j) for j in exempt))) or (
                    neg and not exempt and any(toks[j].w in verbs for j in window)
                ):
                    fact_at(r, text, toks, where, "asks", "night_exemption", i)
            prev_w = toks[i - 1].w if i else ""
            en_time_shift = t.en and prev_w in lex["shift_times_en"]  # «late shifts», «evening shifts»
            if (
                matches(w, lex["shift"])
                and not w.startswith(("seinvakt", "senvakt", "kveldsvakt", "helgevakt"))
                and not en_time_shift
                and not (t.en and matches(prev_w, lex["night"]))
            ):
                exempt = [j for j in range(max(0, i - 6), i) if matches(toks[j].w, lex["exempt"])]
                if exempt and not (t.en and all(negated(toks, j) for j in exempt)):
                    fact_at(r, text, toks, where, "asks", "shift_exemption", i)
            if (
                en_time_shift
                and matches(w, lex["shift"])
                and any(matches(x.w, lex["exempt"]) for x in toks[max(0, i - 5) : i])
                and not neg
            ):
                fact_at(r, text, toks, where, "asks", "time_of_day", i - 1, i)
            if w.startswith(("seinvakt", "senvakt", "kveldsvakt")) and any(
                matches(x.w, lex["exempt"]) for x in toks[max(0, i - 4) : i]
            ):
                fact_at(r, text, toks, where, "asks", "time_of_day", i)
            if matches(w, lex["overtime"]) and (
                any(matches(x.w, lex["exempt"]) for x in toks[max(0, i - 4) : i])
                or (t.en and neg and any(x.w in lex["exempt_verbs_en"] for x in toks[max(0, i - 4) : i]))
            ):
                fact_at(r, text, toks, where, "asks", "overtime_exemption", i)
            k = any_phrase(toks, i, lex["reduce"]["phrases"])
            same_hours = (  # «the same hours on fewer days» moves the hours, it does not cut them
                k
                and w in ("fewer", "færre")
                and any(x.w in ("same", "samme") and x.clause == t.clause for x in toks[max(0, i - 6) : i])
            )
            if (matches(w, lex["reduce"]) or k) and not neg and not same_hours:
                fact_at(r, text, toks, where, "asks", "fewer_hours", i, i + max(k - 1, 0))
            if w.startswith("kortere") and i + 1 < n and toks[i + 1].w.startswith(("dag", "arbeidsdag")) and not neg:
                fact_at(r, text, toks, where, "asks", "shorter_days", i, i + 1)
            k = any_phrase(toks, i, lex["core_hours"]["phrases"])
            if matches(w, lex["core_hours"]) or k:
                fact_at(r, text, toks, where, "asks", "core_hours", i, i + max(k - 1, 0))
            k = any_phrase(toks, i, lex["compensate"]["phrases"])
            unchanged = any_phrase(
                toks, i + max(k, 1), [["as", "usual"], ["as", "now"], ["as", "today"], ["as", "before"]]
            )
            if (matches(w, lex["compensate"]) or k) and not unchanged:  # «same hours as usual»: nothing moves
                fact_at(r, text, toks, where, "compensated", True, i, i + max(k - 1, 0))
                # a change of time near the phrase, the phrase's own words aside («same hours» is no change)
                near = toks[max(0, i - 8) : i] + toks[i + max(k, 1) : i + 3]
                if not neg and any(
                    x.w
                    in (
                        "time",
                        "timer",
                        "timen",
                        "kortere",
                        "tidligere",
                        "senere",
                        "hour",
                        "hours",
                        "earlier",
                        "later",
                        "shorter",
                        "longer",
                        "less",
                        "more",
                    )
                    for x in near
                ):
                    fact_at(r, text, toks, where, "asks", "time_of_day", i, i + max(k - 1, 0))
            if t.en and not neg:
                time_of_day_en(r, text, toks, where, i)
            if (
                re.fullmatch(r"\d{1,2}[.:]\d{2}", w)
                or (w in ("kl", "klokka", "klokken") and i + 1 < n and number(toks[i + 1]) is not None)
                or (w in ("halv", "kvart") and i + 1 < n)
            ):
                fact_at(r, text, toks, where, "asks", "time_of_day", i, min(i + 1, n - 1))
            if w.startswith(("begynne", "starte", "slutte", "fleksitid", "flekse", "fleksibel", "fleks")) and not neg:
                fact_at(r, text, toks, where, "asks", "time_of_day", i)
            if (
                w in ("tidligere", "senere", "seinere")
                and i > 0
                and toks[i - 1].w in ("gå", "begynne", "slutte", "starte", "komme")
            ):
                fact_at(r, text, toks, where, "asks", "time_of_day", i - 1, i)
        # grounds and needs -----------------------------------------------------------------------
        if matches(w, lex["health"]) and not matches(w, lex["not_health"]):
            if (
                w == "syk"
                and i + 1 < n
                and any(toks[i + 1].w.startswith(p) for p in ("ektefelle", "mor", "far", "mann", "kone", "barn"))
            ):
                pass
            elif not neg:
                fact_at(r, text, toks, where, "ground", "health", i)
        k = any_phrase(toks, i, lex["health"]["phrases"])
        if k:
            fact_at(r, text, toks, where, "ground", "health", i, i + k - 1)
        k = any_phrase(toks, i, lex["family_care"]["phrases"])
        if (matches(w, lex["family_care"]) or k) and not neg:
            fact_at(r, text, toks, where, "ground", "social", i, i + max(k - 1, 0))
        k = any_phrase(toks, i, lex["care_verbs_en"]["phrases"]) if t.en else 0
        if k and not neg:  # «look after my mother», «caring for my husband» (not «look after my son»)
            rel = next(
                (j for j in range(i + k, min(i + k + 3, n)) if toks[j].w in lex["care_verbs_en"]["relatives"]), None
            )
            if rel is not None:
                fact_at(r, text, toks, where, "ground", "social", i, rel)
        k = any_phrase(toks, i, lex["single_parent"]["phrases"])
        if (matches(w, lex["single_parent"]) or k) and not neg:
            fact_at(r, text, toks, where, "need", "single_parent", i, i + max(k - 1, 0))
        k = any_phrase(toks, i, lex["kindergarten"].get("phrases", []))
        if (matches(w, lex["kindergarten"]) or k) and not neg:
            fact_at(r, text, toks, where, "need", "childcare", i, i + max(k - 1, 0))
        k = any_phrase(toks, i, lex["commute"].get("phrases", []))
        if (matches(w, lex["commute"]) or k) and not neg:
            fact_at(r, text, toks, where, "need", "commute", i, i + max(k - 1, 0))
        if matches(w, lex["leisure"]) and not neg:
            fact_at(r, text, toks, where, "need", "leisure", i)
        k = any_phrase(toks, i, lex["sick_leave"]["phrases"]) if t.en else 0
        if matches(w, lex["sick_leave"]) or k:
            c = t.clause
            sentence = [x for x in toks if abs(x.clause - c) <= 2]
            ended = any(x.w in ("over", "slutt", "ferdig", "ended", "finished", "behind") for x in toks[i : i + 8])
            after = (i > 0 and toks[i - 1].w == "etter") or any(x.w == "after" for x in toks[max(0, i - 3) : i])
            if not ended and (any(matches(x.w, lex["return"]) for x in sentence) or after):
                fact_at(r, text, toks, where, "ground", "sick_leave_return", i, i + max(k - 1, 0))
            else:
                fact_at(r, text, toks, where, "sick_leave_mentioned", True, i, i + max(k - 1, 0))
        # documentation ---------------------------------------------------------------------------
        k = any_phrase(toks, i, lex["doc_health_en"]["phrases"]) if t.en else 0
        if k:  # «medical certificate», «doctor's note»: a document, present unless negated
            fact_at(
                r,
                text,
                toks,
                where,
                "documentation",
                "health:absent" if negated(toks, i, after=True) else "health:present",
                i,
                i + k - 1,
            )
        elif matches(w, lex["doc_health"]) and not matches(w, lex["not_health"]):
            doc_word = w.endswith(tuple(lex["doc_health"]["head"])) or w.startswith(("legeattest", "legeerklæring"))
            said = any(
                matches(x.w, lex["doc_verbs_present"]) for x in toks[max(0, i - 5) : i + 6] if x.clause == t.clause
            )
            if negated(toks, i, after=True) and (doc_word or w.startswith("lege") or (t.en and not said)):
                fact_at(r, text, toks, where, "documentation", "health:absent", i)
            elif (doc_word or said) and not w.endswith(("bekreftelse", "vedtak")):
                fact_at(r, text, toks, where, "documentation", "health:present", i)
        if w.endswith(tuple(lex["doc_care"]["head"])):
            fact_at(
                r,
                text,
                toks,
                where,
                "documentation",
                "care:absent" if negated(toks, i, after=True) else "care:present",
                i,
            )
        # context ---------------------------------------------------------------------------------
        k = any_phrase(toks, i, lex["undisputed"]["phrases"])
        if k:
            fact_at(r, text, toks, where, "entry_undisputed", True, i, i + k - 1)
        k = any_phrase(toks, i, lex["granted"]["phrases"])
        if (
            (matches(w, lex["granted"]) or k)
            and not negated(toks, i, after=True)
            and any(
                matches(x.w, lex["reduce"]) or x.w in ("%", "prosent", "percent") or x.w.startswith("ned")
                for x in toks[max(0, i - 4) : i + 6]
            )
        ):
            fact_at(r, text, toks, where, "reduction_granted", True, i, i + max(k - 1, 0))
        k = any_phrase(toks, i, lex["past_good"]["phrases"])
        if k:
            fact_at(r, text, toks, where, "past_practice", "positive", i, i + k - 1)
        if w in ("før", "before") and any(matches(x.w, lex["plan_words"]) for x in toks[i + 1 : i + 4]):
            fact_at(r, text, toks, where, "timing", "before_plan", i, min(i + 4, n - 1))
        size = number(toks[i - 1]) if i > 0 and matches(w, lex["size_nouns"]) else None
        if size is not None and size >= 5:
            fact_at(r, text, toks, where, "size", size, i - 1, i)
    read_ages(r, text, toks, where)
    if where in ("request", "notes"):
        read_percent(r, text, toks, where)
        _period_and_placement(r, text, toks, where)
    for f in list(r.facts):
        if f.field == "child_age" and f.value < 10 and f.where == where:
            r.add(Fact("ground", "children_under_10", f.source, f.start, f.end, f.how, f.where))
            r.add(Fact("need", "childcare", f.source, f.start, f.end, f.how, f.where))
        if f.field == "age" and f.value >= 62 and f.where == where:
            r.add(Fact("ground", "age_62", f.source, f.start, f.end, f.how, f.where))
        if f.field == "children_under_10" and f.where == where:
            r.add(Fact("ground", "children_under_10", f.source, f.start, f.end, f.how, f.where))


def read_employer_context(r: Reading, text: str, where: str) -> None:
    """Alternatives offered and reductions granted, as the employer states them."""
    lex = lexicon()
    toks = tokenize(text)
    for i, t in enumerate(toks):
        k = any_phrase(toks, i, lex["leadership"]["phrases"])
        if k and not negated(toks, i):
            fact_at(r, text, toks, where, "leadership", True, i, i + k - 1)
        if (matches(t.w, lex["alternatives"]) or any_phrase(toks, i, lex["alternatives"]["phrases"])) and not negated(
            toks, i, after=True
        ):
            fact_at(r, text, toks, where, "alternatives", True, i)
        if (
            t.w.startswith(("innvilg", "grant", "approv"))
            and not negated(toks, i, after=True)
            and any(
                matches(x.w, lex["reduce"]) or x.w in ("%", "prosent", "percent") for x in toks[max(0, i - 4) : i + 6]
            )
        ):
            fact_at(r, text, toks, where, "reduction_granted", True, i)
        if matches(t.w, lex["size_nouns"]) and i > 0 and (number(toks[i - 1]) or 0) >= 5:
            fact_at(r, text, toks, where, "size", number(toks[i - 1]), i - 1, i)
    read_percent(r, text, toks, where)


def read_fields(r: Reading, case: RefusalCase) -> None:
    """Facts stated in the structured fields (how = user)."""
    emp, er = case.employee, case.employer

    def user(name: str, value: Any, source: str, where: str) -> None:
        r.add(Fact(name, value, source, -1, -1, "user", where))

    if emp.age is not None:
        user("age", emp.age, str(emp.age), "employee.age")
        if emp.age >= 62:
            user("ground", "age_62", str(emp.age), "employee.age")
    if emp.children_under_10:
        user("ground", "children_under_10", "ja", "employee.children_under_10")
    if emp.works_nights is False:
        user("works_nights", False, "nei", "employee.works_nights")
    for doc in emp.documentation:
        low = doc.lower()
        kind = "health" if re.search(r"lege|attest|erklæring|helse|spesialist|psykolog", low) else "care"
        if re.search(r"barnehage|fødsel|sfo|skole", low):
            kind = "children"
        user("documentation", f"{kind}:present", doc, "employee.documentation")
    if er.size:
        user("size", er.size, str(er.size), "employer.size")
    for alt in er.alternatives_offered:
        if alt.strip():
            user("alternatives", True, alt, "employer.alternatives_offered")


def apply_corrections(r: Reading, corrections: list[dict]) -> None:
    """The user's corrections win: remove a fact they marked wrong, add one they stated."""
    for c in corrections:
        name, value = c.get("field"), c.get("value")
        if not isinstance(name, str) or not name:
            continue  # a correction that names no fact has nothing to remove or add
        if c.get("action", "remove") == "remove":
            r.facts = [f for f in r.facts if not (f.field == name and (value is None or f.value == value))]
        else:
            r.facts = [f for f in r.facts if not (f.field == name and f.value == value)]
            r.facts.append(Fact(name, value, str(c.get("source") or value), -1, -1, "user", "correction"))


def decide_track(r: Reading) -> tuple[Track, str, list[Track]]:
    """(track, subject, split tracks) from what is asked, in the nemnd's order of competence."""
    asks = set(r.values("asks"))
    if r.has("ground", "sick_leave_return") and not (r.has("ground", "children_under_10") or r.has("ground", "age_62")):
        return "other", "sick_leave", []
    compensated = r.has("compensated") and "time_of_day" in asks
    fewer = "fewer_hours" in asks or (("shorter_days" in asks or r.has("reduction_percent")) and not compensated)
    if compensated and not r.has("reduction_percent") and not r.has("reduction_granted"):
        fewer = False
    time = bool(asks & {"time_of_day", "core_hours", "shift_exemption"}) or (compensated and "shorter_days" in asks)
    if "place_of_work" in asks:
        parts: tuple[tuple[Track, bool], ...] = (
            ("night_work", "night_exemption" in asks),
            ("reduced_time", fewer),
            ("flexible_time", time),
        )
        split: list[Track] = [t for t, on in parts if on]
        return "home_office", "home_office", split
    if "overtime_exemption" in asks:
        return "other", "overtime", []
    if "night_exemption" in asks:
        return "night_work", "night_work", []
    if fewer or r.has("reduction_granted"):
        return "reduced_time", "reduced_time", []
    if time:
        return "flexible_time", "flexible_time", []
    return "other", "unknown", []
