"""The meeting card: one page the employee brings to the meeting with the manager.

It holds the proposal, the three strongest results-based arguments (the main result, the best
documented results, the commitment to follow-up), answers to the three most likely objections,
and the trial period. Every line is a claim with the guide sentence it rests on; the Word file
(advisor.answering.documents.render_docx) shows the card clean on page one and the sources on the next.
"""

from __future__ import annotations

from datetime import date

from advisor.core.dates import long_date, weekday
from advisor.core.i18n import lookup
from advisor.core.models import CitedDraft, Claim, Draft, DraftSection, PassageRef, Proposal, Situation, Support
from advisor.core.weave import Raw, join, quote, weave

_NUMBER_WORDS = {"nb": {2: "to", 3: "tre", 4: "fire", 5: "fem"}, "en": {2: "two", 3: "three", 4: "four", 5: "five"}}

# The guide sentences each part of the card rests on (passage id, words locating the sentence).
_REFS = {
    "proposal": (
        "guide-konkret-forslag#hvorfor-et-vagt-onske-om-fleksibilitet-sjelden-forer-frem",
        "Forslaget bør derfor inneholde tider, dager, tilgjengelighet",
    ),
    "main": (
        "guide-argumenter-resultater#bygg-argumentene-for-fleksibilitet-pa-resultater-ikke-behov",
        "Kvaliteten på arbeidet",
    ),
    "evidence": (
        "guide-forberedelse#samle-dokumentasjon-pa-leveranser-og-resultater",
        "faktabaserte i stedet for ønskebaserte",
    ),
    "business": (
        "guide-argumenter-resultater#hva-arbeidsgiveren-vinner-pa-fleksibel-arbeidstid-og-hjemmekontor",
        "opplever ofte tre gevinster",
    ),
    "commitment": (
        "guide-konkret-forslag#nokkeltall-som-viser-om-proveperioden-fungerer",
        "Da blir evalueringen et spørsmål om tall",
    ),
    "trial": (
        "guide-konkret-forslag#foresla-en-proveperiode-pa-tre-til-seks-maneder",
        "Det beste middelet mot lederens tvil",
    ),
}


def _t(key: str, lang: str, **values: object) -> str:
    text = lookup(key, lang)
    return text.format(**values) if values else text


def _support(key: str) -> Support:
    from advisor.tasks.objections import support_for

    pid, contains = _REFS[key]
    return support_for(PassageRef(passage_id=pid, contains=contains))


def day_names(days: list[str], lang: str) -> list[str]:
    """Weekdays as the language writes them (the proposal stores the bokmål names)."""
    return [weekday(d, lang) for d in days]


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        return None


def _clock(window: str, lang: str) -> str:
    from advisor.tasks.proposal_facts import clock

    text = clock(window)
    return text.replace("kl. ", "") if lang == "en" else text


def _arrangement(proposal: Proposal, lang: str) -> str:
    if proposal.model == "fleksitid" and not proposal.home_days:
        return "fleksitid" if lang == "nb" else "flexitime"
    days = day_names(list(dict.fromkeys(proposal.home_days)), lang)
    if len(days) == 1:
        return _t("card.arrangement.day", lang, days=join(days, lang))
    if days:
        n = _NUMBER_WORDS[lang].get(len(days), str(len(days)))
        return _t("card.arrangement.days", lang, n=n, days=join(days, lang))
    return _t("card.arrangement.hybrid", lang)


def _model(proposal: Proposal, lang: str) -> str:
    from advisor.tasks.proposal_facts import model_phrase

    if lang == "nb":
        return model_phrase(proposal)
    return {"fleksitid": "flexitime", "situasjonsbestemt": "home office when needed"}.get(
        proposal.model, _arrangement(proposal, lang)
    )


def _proposal_claims(proposal: Proposal, lang: str) -> list[Claim]:
    s = _support("proposal")
    claims: list[Claim] = []
    if proposal.home_days:
        office = day_names(list(proposal.office_days), lang)
        claims.append(
            Claim(
                text=weave(
                    _t("card.p.home", lang),
                    lang=lang,
                    model=_model(proposal, lang),
                    home_days=day_names(list(proposal.home_days), lang),
                    office_days=office or ["—"],
                ),
                support=[s],
            )
        )
    elif proposal.model == "situasjonsbestemt" and proposal.situational_rules.strip():
        claims.append(
            Claim(text=weave(_t("card.p.situational", lang), lang=lang, rules=proposal.situational_rules), support=[s])
        )
    if proposal.model == "fleksitid" or not proposal.home_days:
        claims.append(
            Claim(
                text=weave(
                    _t("card.p.flex", lang),
                    lang=lang,
                    core=_clock(proposal.core_hours, lang),
                    outer=_clock(proposal.outer_hours, lang),
                ),
                support=[s],
            )
        )
    claims.append(
        Claim(
            text=weave(
                _t("card.p.availability", lang),
                lang=lang,
                window=_clock(proposal.availability_window, lang),
                channels=list(proposal.availability_channels),
                response=proposal.response_time,
            ),
            support=[s],
        )
    )
    return claims


def _argument_claims(situation: Situation, proposal: Proposal, lang: str) -> list[Claim]:
    """The three strongest: the main result, the best documented result, the measurable commitment."""
    deep = [t.name for t in situation.tasks if t.deep_focus]
    if deep and proposal.home_days:
        main = weave(_t("card.arg.main_home", lang), lang=lang, arrangement=_arrangement(proposal, lang), tasks=deep)
    elif deep and proposal.model == "fleksitid" and situation.best_hours:
        main = weave(_t("card.arg.main_time", lang), lang=lang, tasks=deep, best=situation.best_hours)
    else:
        main = weave(_t("card.arg.main_plain", lang), lang=lang, arrangement=_arrangement(proposal, lang))
    claims = [Claim(text=main, support=[_support("main")])]
    # Documented results first: a result someone can check is the strongest argument there is.
    results = sorted(situation.results, key=lambda r: (not r.evidence.strip(), not r.when.strip()))
    for r in results[:1]:
        when = _t("card.arg.result.when", lang, when=r.when.strip()) if r.when.strip() else ""
        evidence = _t("card.arg.result.evidence", lang, evidence=r.evidence.strip()) if r.evidence.strip() else ""
        claims.append(
            Claim(
                text=weave(
                    _t("card.arg.result", lang),
                    lang=lang,
                    description=r.description,
                    when=Raw(when),
                    evidence=Raw(evidence),
                ),
                support=[_support("evidence")],
            )
        )
    kpis = [_t("card.kpi", lang, name=k.name.strip(), target=k.target.strip()) for k in proposal.kpis]
    if proposal.follow_up or kpis:
        claims.append(
            Claim(
                text=weave(
                    _t("card.arg.commitment", lang),
                    lang=lang,
                    follow_up=list(proposal.follow_up) or ["—"],
                    kpis=kpis or [_t("card.kpis_default", lang)],
                ),
                support=[_support("commitment")],
            )
        )
    if len(claims) < 3:
        claims.append(Claim(text=_t("card.arg.business", lang), support=[_support("business")]))
    return claims[:3]


def _objection_claims(situation: Situation, proposal: Proposal, lang: str) -> list[Claim]:
    from advisor.tasks.objections import example_for, objections_for, replies_for, support_for

    claims: list[Claim] = []
    for o in objections_for(situation, proposal)[:3]:
        said = quote(o.text.get(lang), lang)
        if lang == "nb" and o.examples:
            ex = example_for(o, situation, proposal)
            answer, refs = quote(ex.text, lang), [ex.ref]
        else:
            replies = replies_for(o, situation, proposal) or list(o.replies)
            answer, refs = replies[0].text.get(lang), replies[0].refs
        text = _t("card.obj.line", lang, objection=said, answer=answer.strip())
        claims.append(Claim(text=text, support=[support_for(r) for r in refs]))
    return claims


def _trial_claims(proposal: Proposal, lang: str) -> list[Claim]:
    from advisor.tasks.agreement.draft import trial_end

    s = _support("trial")
    if proposal.trial_months <= 0:
        return [Claim(text=_t("card.trial.none", lang), support=[s])]
    start = _iso(proposal.start_date)
    evaluation = _iso(proposal.evaluation_date)
    when = (
        (("den " if lang == "nb" else "on ") + long_date(evaluation, lang))
        if evaluation
        else _t("card.trial.eval_open", lang)
    )
    if start:
        end = trial_end(start, proposal.trial_months)
        line = _t(
            "card.trial.line",
            lang,
            months=proposal.trial_months,
            start=long_date(start, lang),
            end=long_date(end, lang),
            evaluation=when,
        )
    else:
        line = _t("card.trial.line_open", lang, months=proposal.trial_months, evaluation=when)
    claims = [Claim(text=line, support=[s])]
    if proposal.kpis:
        kpis = [_t("card.kpi", lang, name=k.name.strip(), target=k.target.strip()) for k in proposal.kpis]
        claims.append(
            Claim(text=weave(_t("card.trial.kpis", lang), lang=lang, kpis=kpis), support=[_support("commitment")])
        )
    return claims


def meeting_card_draft(situation: Situation, proposal: Proposal, lang: str = "nb") -> Draft:
    """The card as an unchecked draft (`meeting_card` checks and numbers its sources)."""
    sections = [
        DraftSection(heading=_t("card.proposal", lang), claims=_proposal_claims(proposal, lang), key="proposal"),
        DraftSection(
            heading=_t("card.arguments", lang), claims=_argument_claims(situation, proposal, lang), key="arguments"
        ),
        DraftSection(
            heading=_t("card.objections", lang), claims=_objection_claims(situation, proposal, lang), key="objections"
        ),
        DraftSection(heading=_t("card.trial", lang), claims=_trial_claims(proposal, lang), key="trial"),
    ]
    return Draft(kind="meeting_card", title=_t("card.title", lang, model=_model(proposal, lang)), sections=sections)


def meeting_card(situation: Situation, proposal: Proposal, lang: str = "nb") -> CitedDraft:
    """The meeting card, every line checked against the sentence it rests on."""
    from advisor.answering.cite import render_draft
    from advisor.answering.grounding import corpus_passages

    return render_draft(meeting_card_draft(situation, proposal, lang), corpus_passages())


# --- one page -------------------------------------------------------------------------------------
#
# python-docx cannot paginate, and no renderer ships with the app, so the card is laid out with
# explicit sizes (A4, 1.8 cm margins, 10 pt Calibri) and its first page is measured by a
# conservative estimate: each paragraph wrapped word by word at a character width wider than
# Calibri's average (0.52 em, bold 0.56 em; Calibri averages about 0.47 em), at 1.25 times the font
# size per line (Calibri's single line is about 1.22 em) times the line spacing, plus the spacing
# before and after. A card whose estimate exceeds the page is made again from shorter user text.
# tests/test_meeting_card_render.py holds the estimate to a real render (LibreOffice with Carlito,
# Calibri's metric twin): where it says the card fits, the render agrees, and it is never below the
# rendered height (on the cards tested, 15-29 % above it: text is cut sooner than it must be).

PAGE = {"width": 595.3, "height": 841.9, "margin": 51.0}  # A4 in points, 1.8 cm margins
STYLES = {  # style name: (font size, bold, space before, space after, line spacing multiple, left indent)
    "Title": (16.0, False, 0.0, 4.0, 1.0, 0.0),
    "Heading 1": (12.0, True, 6.0, 2.0, 1.0, 0.0),
    "Heading 2": (11.0, True, 4.0, 2.0, 1.0, 0.0),
    "Normal": (10.0, False, 0.0, 3.0, 1.05, 0.0),
    "List Bullet": (10.0, False, 0.0, 2.0, 1.05, 18.0),
}
_EM = {False: 0.52, True: 0.56}
_LINE = 1.25
# Caps on each piece of user text woven into the card and on the items of each list, tried in turn
# until the card fits one page.
_CAPS = ((None, 3), (240, 3), (160, 3), (100, 2), (60, 2), (40, 1))


def _first_page(document) -> list:  # noqa: ANN001 - a python-docx Document
    """The paragraphs before the first page break (the card; the appendix follows the break)."""
    from docx.oxml.ns import qn

    out = []
    for p in document.paragraphs:
        if any(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br"))):
            break
        out.append(p)
    return out


def _style_of(name: str | None) -> tuple[float, bool, float, float, float, float]:
    name = name if name is not None else "Normal"
    return STYLES.get(name) or STYLES["Heading 1" if name.startswith(("Heading", "Title")) else "Normal"]


def paragraph_height(
    text: str, size: float, bold: bool, before: float, after: float, spacing: float, indent: float = 0.0
) -> float:
    """The estimated height in points of one paragraph (word-wrapped at a generous character width)."""
    width = PAGE["width"] - 2 * PAGE["margin"] - indent
    per_line = max(1, int(width // (size * _EM[bold])))
    lines, used = 1, 0
    for word in text.split():
        while len(word) > per_line:  # a word longer than a line breaks anywhere
            if used:
                lines, used = lines + 1, 0
            word = word[per_line:]
            lines += 1
        need = len(word) + (1 if used else 0)
        if used + need > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += need
    return before + lines * size * _LINE * spacing + after


def first_page_height(data: bytes) -> float:
    """The estimated height of a Word file's first page of content, as a share of the usable page
    (≤ 1.0: it fits on one page)."""
    import io

    import docx

    from advisor.corpus.load import paragraph_styles

    document = docx.Document(io.BytesIO(data))
    style_of = paragraph_styles(document)
    total = 0.0
    for p in _first_page(document):
        size, bold, before, after, spacing, indent = _style_of(style_of(p))
        bold = bold or (bool(p.runs) and all(r.bold for r in p.runs if r.text.strip()))
        total += paragraph_height(p.text, size, bold, before, after, spacing, indent)
    return total / (PAGE["height"] - 2 * PAGE["margin"])


def _one_page_layout(data: bytes) -> bytes:
    """The card's Word file laid out with the sizes the estimate assumes (A4, 1.8 cm, 10 pt)."""
    import io

    import docx
    from docx.shared import Pt

    document = docx.Document(io.BytesIO(data))
    for section in document.sections:
        section.page_width, section.page_height = Pt(PAGE["width"]), Pt(PAGE["height"])
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Pt(PAGE["margin"]))
    for name, (size, _bold, before, after, spacing, _indent) in STYLES.items():
        style = document.styles[name]
        style.font.size = Pt(size)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), spacing
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _cut(text: str, cap: int | None) -> str:
    """User text shortened for the card at a word, with «…» (the full text is in the proposal)."""
    text = " ".join(text.split())
    if cap is None or len(text) <= cap:
        return text
    return text[:cap].rsplit(" ", 1)[0].rstrip(" ,.;:–-") + "…"


def _for_card(situation: Situation, proposal: Proposal, cap: int | None, items: int = 3) -> tuple[Situation, Proposal]:
    """The inputs as the card uses them: `items` of each list (deep-focus tasks and documented results
    first), every piece of user text at most `cap` characters."""
    tasks = sorted(situation.tasks, key=lambda t: not t.deep_focus)[:items]
    results = sorted(situation.results, key=lambda r: (not r.evidence.strip(), not r.when.strip()))[:1]
    sit = situation.model_copy(
        update={
            "tasks": [t.model_copy(update={"name": _cut(t.name, cap)}) for t in tasks],
            "results": [
                r.model_copy(
                    update={
                        "description": _cut(r.description, cap),
                        "evidence": _cut(r.evidence, cap),
                        "when": _cut(r.when, cap),
                    }
                )
                for r in results
            ],
            "best_hours": _cut(situation.best_hours, cap),
            "role": _cut(situation.role, cap),
        }
    )
    pro = proposal.model_copy(
        update={
            "situational_rules": _cut(proposal.situational_rules, cap),
            "core_hours": _cut(proposal.core_hours, cap),
            "outer_hours": _cut(proposal.outer_hours, cap),
            "availability_window": _cut(proposal.availability_window, cap),
            "availability_channels": [_cut(c, cap) for c in proposal.availability_channels[: items + 1]],
            "response_time": _cut(proposal.response_time, cap),
            "follow_up": [_cut(f, cap) for f in proposal.follow_up[:items]],
            "kpis": [
                k.model_copy(update={"name": _cut(k.name, cap), "target": _cut(k.target, cap)})
                for k in proposal.kpis[:items]
            ],
        }
    )
    return sit, pro


def meeting_card_docx(situation: Situation, proposal: Proposal, lang: str = "nb", today: date | None = None) -> bytes:
    """The meeting card as a Word file: the card on one page, its sources on the next.

    The card is made from the full inputs when they fit; otherwise from ever shorter user text
    (`_CAPS`) until the estimate (`first_page_height`) is within one page."""
    from advisor.answering.documents import render_docx

    data = b""
    for cap, items in _CAPS:
        sit, pro = _for_card(situation, proposal, cap, items)
        data = _one_page_layout(render_docx(meeting_card(sit, pro, lang), lang, today=today))
        if first_page_height(data) <= 1.0:
            break
    return data


__all__ = [
    "day_names",
    "first_page_height",
    "meeting_card",
    "meeting_card_docx",
    "meeting_card_draft",
    "paragraph_height",
]
