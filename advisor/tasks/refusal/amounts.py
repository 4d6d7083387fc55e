"""Numbers read from a request or refusal: children's ages and the share of a position asked for.

Part of the case reader (facts.py): «to barn på 3 og 7 år», «gå ned til 80 %», «my son is 4».
"""

from __future__ import annotations

from advisor.tasks.refusal.facts_en import percent_en
from advisor.tasks.refusal.tokens import Reading, Tok, fact_at, lexicon, matches, negated, number, phrase_at


def read_ages(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    """Children's ages («datteren min er tre år», «barn på 3 og 7», «aged 3 and 7») and the employee's own age."""
    lex = lexicon()
    child = lex["child"]
    links, skip = set(lex["child_age_links"]), set(lex["child_age_skip"])
    for i, t in enumerate(toks):
        if matches(t.w, child) and not t.w.endswith(tuple(child["head"])):
            # «barn på 3 og 7 år», «en gutt på fem», «datteren min er tre år», «my son is 4»,
            # «a boy of four», «two children aged 3 and 7»
            for k in range(i + 1, min(i + 5, len(toks))):
                implicit = t.en and k == i + 1 and number(toks[k]) is not None and not unit_after(toks, k)
                if (toks[k].w in links or implicit) and toks[k].clause == t.clause:
                    m = k if implicit else k + 1  # «kids 3 & 8», «two kids, 3 and 8»
                    while (m < len(toks) and toks[m].clause == t.clause) or (
                        m < len(toks) and toks[m].w in ("og", "and")
                    ):
                        n = number(toks[m])
                        if n is not None and n < 18:
                            fact_at(r, text, toks, where, "child_age", n, i, m)
                        elif toks[m].w not in skip:
                            break
                        m += 1
                    break
        for head in child["head"]:
            # «treåring», «a seven-year-old»; «a 3-year-old» is two tokens (3, year-old)
            if t.w.endswith(head) and t.w != head:
                n = number(t.w[: -len(head)].rstrip("-"), t.en)
                if n is not None and n < 18:
                    fact_at(r, text, toks, where, "child_age", n, i)
            elif t.en and t.w == head.lstrip("-") and i > 0 and text[toks[i - 1].end : t.start] == "-":
                n = number(toks[i - 1])
                if n is not None and n < 18:
                    fact_at(r, text, toks, where, "child_age", n, i - 1, i)
        # «a 2 year old», «my 4 year old son»
        if t.en and i + 2 < len(toks) and toks[i + 1].w == "year" and toks[i + 2].w == "old":
            n = number(t)
            if n is not None and n < 18:
                fact_at(r, text, toks, where, "child_age", n, i, i + 2)
    # «barn under 10 år», «children under 10»
    for i, t in enumerate(toks):
        if (
            t.w == "under"
            and i > 0
            and matches(toks[i - 1].w, child)
            and i + 1 < len(toks)
            and number(toks[i + 1]) == 10
        ):
            fact_at(r, text, toks, where, "children_under_10", True, i - 1, i + 1)
    person, verbs, before = set(lex["person"]), set(lex["age_verbs"]), set(lex["duration_before"])
    for i, t in enumerate(toks):
        n = number(t)
        if n is None or not 15 <= n <= 99 or t.w in ("en", "ei", "ett", "to", "ni", "ti"):
            continue
        prev = toks[i - 1].w if i else ""
        nxt = toks[i + 1].w if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].w if i + 2 < len(toks) else ""
        nearby = [x.w for x in toks[max(0, i - 4) : i]]
        if any(matches(w, child) for w in nearby):
            continue
        is_age = False
        if prev in verbs and (
            (i >= 2 and toks[i - 2].w in person) or prev in ("fylte", "fyller", "fylt", "turned", "turns")
        ):
            is_age = nxt not in (
                "prosent",
                "%",
                "timer",
                "dager",
                "ansatte",
                "percent",
                "per",
                "hours",
                "days",
                "employees",
            ) and not (nxt == "år" and prev == "i")
        else:
            is_age = (
                (
                    nxt == "år"
                    and prev not in before
                    and (
                        (i + 2 < len(toks) and toks[i + 2].w == "gammel") or toks[i].clause != toks[i - 1].clause
                        if i
                        else True
                    )
                )
                or (nxt in ("years", "year") and nxt2 == "old" and prev not in before)
                or prev == "aged"
            )  # «61 years old», «an employee aged 63»
        if is_age:
            fact_at(r, text, toks, where, "age", n, i)


_UNITS_AFTER = (
    "days",
    "day",
    "hours",
    "hour",
    "times",
    "weeks",
    "week",
    "months",
    "%",
    "percent",
    "am",
    "pm",
    "o",
    "nights",
    "shifts",
    "evenings",
    "mornings",
    "minutes",
)


def unit_after(toks: list[Tok], k: int) -> bool:
    """Whether the numbers from token k on count something other than years («3 days», «2 nights»)."""
    m = k
    while m < len(toks) and (number(toks[m]) is not None or toks[m].w == "and"):
        m += 1
    return m < len(toks) and toks[m].w in _UNITS_AFTER


def read_percent(r: Reading, text: str, toks: list[Tok], where: str) -> None:
    """The share of a position asked for or granted («ned til 80 %», «20 % redusert», «80 % stilling»)."""
    reduce = lexicon()["reduce"]
    for i, t in enumerate(toks):
        n = number(t)
        if t.en and n is not None:
            percent_en(r, text, toks, where, i, n)
            continue
        days = number(t.w[:-4], True) if t.en and t.w.endswith("-day") else None
        if days in (3, 4) and i + 1 < len(toks) and toks[i + 1].w.startswith("week") and not negated(toks, i):
            fact_at(r, text, toks, where, "reduction_percent", 100 - 20 * (days or 0), i, i + 1)  # «a four-day week»
            if where in ("request", "notes"):
                fact_at(r, text, toks, where, "asks", "fewer_hours", i, i + 1)
            continue
        if n is None or i + 1 >= len(toks) or toks[i + 1].w not in ("%", "prosent"):
            # «fire dager i uka» / «tre dager i uka»
            if n in (3, 4) and phrase_at(toks, i + 1, ["dager", "i", "uk"]) and not negated(toks, i):
                fact_at(r, text, toks, where, "reduction_percent", 100 - 20 * n, i, i + 3)
            continue
        if not 0 < n < 100:
            continue
        prev = [x.w for x in toks[max(0, i - 3) : i]]
        after = [x.w for x in toks[i + 2 : i + 5]]
        if negated(toks, i):
            continue
        if prev[-2:] == ["ned", "til"] or prev[-2:] == ["ned", "i"] or (prev[-1:] == ["til"] and "ned" in prev):
            fact_at(r, text, toks, where, "reduction_percent", 100 - n, i, i + 1)
        elif (
            (prev[-1:] == ["med"] and any(matches(w, reduce) for w in prev))
            or (after and matches(after[0], reduce))
            or prev[-1:] == ["ned"]
            or (after[:1] == ["reduksjon"])
        ):
            fact_at(r, text, toks, where, "reduction_percent", n, i, i + 1)
        elif (
            after[:1] in (["stilling"], ["stillingsandel"])
            and prev[-1:] != ["i"]
            and (where != "refusal" or any(w.startswith("innvilg") for w in prev))
        ):
            fact_at(r, text, toks, where, "reduction_percent", 100 - n, i, i + 2)
        elif prev[-2:] in (["ja", "til"],) or (prev[-1:] in (["til"], ["om"]) and where == "request"):
            fact_at(r, text, toks, where, "reduction_percent", 100 - n, i, i + 1)
