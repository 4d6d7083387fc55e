"""What to do after a refusal, and a pre-filled draft submission to Tvisteløsningsnemnda.

The steps depend on the route the request has: § 10-2 (2)–(4) can go to the nemnd within four
weeks of the written refusal; home office and adaptation after sick leave (§ 4-6) cannot, so the
way on is negotiation. Texts live in advisor/data/next_steps_steps.json and
next_steps_submission.json; every line cites the corpus.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from advisor.answering.grounding import support
from advisor.answering.model import finish_draft
from advisor.core.dates import add_months, long_date
from advisor.core.i18n import t
from advisor.core.models import Claim, Draft, DraftSection, RefusalCase, TlnSubmission
from advisor.core.weave import join
from advisor.tasks.refusal.analysis import CaseAnalysis, analyse_case
from advisor.tasks.refusal.report import claim
from advisor.tasks.refusal.rules import TLN_TRACKS, claims_in, clean, data, label, mark_norwegian_quotes, said
from advisor.tasks.refusal.texts import deadline_claims

if TYPE_CHECKING:
    from advisor.core.models import CitedDraft
    from advisor.core.settings import Settings


def _heading(entry: dict, lang: str) -> str:
    return entry.get(lang) or entry["nb"]


def _step_order(a: CaseAnalysis) -> list[str]:
    """The steps that apply to this case, most urgent first."""
    extra_health = ["health_4_6"] if "health" in a.need.kinds else []
    discrimination = ["discrimination"] if a.discrimination else []
    if a.subject in (*TLN_TRACKS, "overtime"):
        documentation = ["documentation"] if a.entry in ("undocumented", "uncertain") else []
        alternatives = f"alternatives.{a.track if a.subject != 'overtime' else 'overtime'}"
        return [
            "deadline",
            "written_reasons",
            *documentation,
            "tillitsvalgt",
            alternatives,
            "bring_case",
            "fullmakt",
            "while_pending",
            "after_decision",
            *discrimination,
            "revisit",
        ]
    if a.subject == "home_office":
        tln_part = ["bring_case", "fullmakt"] if a.split_tracks else []
        # A mixed request (place and time): each part under its own heading, the time part's deadline first.
        head = ["no_route.home_office_part", "deadline"] if a.split_tracks else ["no_route.home_office"]
        return [
            *head,
            "written_reasons",
            "alternatives.home_office",
            "trial",
            "policy",
            "tillitsvalgt",
            "when_not_where",
            *tln_part,
            *extra_health,
            *discrimination,
            "revisit",
        ]
    if a.subject == "sick_leave":
        return ["no_route.sick_leave", "written_reasons", "tillitsvalgt", "reduced_route", *discrimination, "revisit"]
    return ["clarify", "written_reasons", "tillitsvalgt", *discrimination, "revisit"]


def _deadline_part(a: CaseAnalysis, step: dict, part: str, lang: str) -> tuple[str, list[Claim]]:
    """The deadline of a mixed request, headed and introduced as the time part's (the home-office part has none)."""
    intro = claims_in(step["claims"], lang, part=part)
    return _heading(step["heading"], lang).format(part=part), intro + deadline_claims(a, lang, say_part=False)


def time_parts(a: CaseAnalysis, lang: str = "nb") -> str:
    """The part(s) of a mixed request the nemnd can decide, named («fleksibel arbeidstid»)."""
    return join([label("subject", x, lang) for x in a.split_tracks], lang)


def title_track(a: CaseAnalysis, lang: str = "nb") -> str:
    """What a page or document title says the request is about: both parts of a mixed request
    («Hjemmekontor (arbeidssted) og fleksibel arbeidstid (§ 10-2 (3))»), else its track."""
    if a.subject == "home_office" and a.split_tracks:
        return t(
            "afterrefusal.title.mixed",
            lang,
            place=label("track", "home_office", lang),
            time=join([label("track", x, lang) for x in a.split_tracks], lang),
        )
    return label("track", a.track, lang)


# Steps a union representative does not need: the deadline is in the verdict box, and they are the tillitsvalgt.
UNION_SKIPS = ("deadline", "tillitsvalgt")


def step_sections(a: CaseAnalysis, lang: str = "nb", audience: str = "employee") -> list[DraftSection]:
    """The next steps for an analysed case, one section per step (keys 'step:<name>')."""
    steps = data("next_steps_steps")["steps"]
    months = data("refusal_rules")["thresholds"]["revisit_months"]
    values = {"date": long_date(add_months(a.today, months), lang), "months": months}
    part = time_parts(a, lang)  # the time part of a mixed request
    sections = []
    for name in _step_order(a):
        if audience == "union" and name in UNION_SKIPS:
            continue
        if name == "deadline" and a.subject == "home_office" and part:
            heading, claims = _deadline_part(a, steps["deadline_part"], part, lang)
        elif name == "deadline":
            heading = label("headings", "deadline", lang)
            claims = deadline_claims(a, lang)
        else:
            step = steps[name]
            heading = _heading(step["heading"] if not part else step.get("heading_part", step["heading"]), lang)
            heading = heading.format(part=part)
            claims = claims_in(step["claims"], lang, **values)
            if a.has_tln_route and "tln_claims" in step:
                claims += claims_in(step["tln_claims"], lang, **values)
        sections.append(DraftSection(heading=heading, key=f"step:{name}", claims=claims))
    return sections


def _render(kind: str, title: str, sections: list[DraftSection], settings: Settings | None) -> CitedDraft:
    return finish_draft(Draft(kind=kind, title=title, sections=sections), settings)


def next_steps(
    case: RefusalCase, today: date | None = None, settings: Settings | None = None, analysis: CaseAnalysis | None = None
) -> CitedDraft:
    """The next steps after a refusal as a cited draft (kind 'next_steps')."""
    lang = settings.language if settings else "nb"
    a = analysis or analyse_case(case, today, settings, lang)
    title = f"{_heading(data('next_steps_steps')['title'], lang)} – {title_track(a, lang)}"
    return _render("next_steps", title, step_sections(a, lang), settings)


# --- the draft submission ------------------------------------------------------------------------


def _sub_text(name: str, lang: str):  # noqa: ANN202 - a str or a dict of str
    """A plain (uncited) text of the submission file in `lang`: `<name>_en` beside the bokmål `<name>`."""
    sub = data("next_steps_submission")
    return sub.get(f"{name}_en", sub[name]) if lang == "en" else sub[name]


def _refuse(a: CaseAnalysis, lang: str = "nb") -> None:
    messages = _sub_text("refuse", lang)
    if a.tln_track is None:
        raise ValueError(messages.get(a.subject) or messages["unknown"])


def _reason_claims(a: CaseAnalysis, sub: dict, lang: str = "nb") -> list[Claim]:

    aliases = data("refusal_passages")
    dims = set(data("refusal_rules")["disadvantage_criteria"])
    line = sub["reason_line"][0]
    out = []
    for reason in a.reasons:
        criterion = reason.criteria[0]
        key = "documented" if reason.strength == "documented" and criterion in dims else criterion
        argument = _sub_text("arguments", lang)[key]
        cites = [*line["cite"], *sub["argument_cites"][key]]
        quoted = clean(reason.text, 400).rstrip(".")
        text = (line.get("en") if lang == "en" else None) or line["text"]
        out.append(
            Claim(
                text=text.format(reason=quoted, argument=argument),
                support=[support(aliases[alias], contains=phrase) for alias, phrase in cites],
            )
        )
    return out


def _helpful_facts(a: CaseAnalysis, keys: tuple[str, ...], lang: str = "nb") -> list[Claim]:
    """The submission's own wording of the case facts that speak for the employee, where the check found them."""
    present = {f.key for f in a.findings}
    emp = a.case.employee
    past = next((f.source for f in a.reading.facts if f.field == "past_practice"), "")  # read from the request
    values = {
        "age": emp.age,
        "size": a.case.employer.size,
        "history": clean(emp.history, 200) or clean(past, 200),
        "needs": clean(emp.needs, 200) or clean(a.case.request, 200),
    }
    facts = data("next_steps_submission")["facts"]
    return [c for k in keys if k in present for c in claims_in(facts[k], lang, **values)]


def draft_tln_submission(
    case: RefusalCase, today: date | None = None, settings: Settings | None = None, analysis: CaseAnalysis | None = None
) -> CitedDraft:
    """A pre-filled draft submission to Tvisteløsningsnemnda (kind 'tln_submission'); ValueError if it has no route there."""
    return tln_submission(case, today, settings, analysis).draft


def _first(a: CaseAnalysis, name: str):
    return next((f.value for f in a.reading.facts if f.field == name), None)


def tln_submission(
    case: RefusalCase, today: date | None = None, settings: Settings | None = None, analysis: CaseAnalysis | None = None
) -> TlnSubmission:
    """The draft submission as a typed object: what was read from the case, and the cited draft itself."""
    lang = settings.language if settings else "nb"
    a = analysis or analyse_case(case, today, settings, lang)
    _refuse(a, lang)
    sub = data("next_steps_submission")
    track = a.tln_track
    h = {k: _heading(v, lang) for k, v in sub["headings"].items()}
    fill = _sub_text("placeholder", lang)
    deadline = long_date(a.deadline, lang) if a.deadline else t("afterrefusal.sub.deadline_unknown", lang, fill=fill)
    received = long_date(a.received, lang) if a.received and case.written_refusal else fill

    def cl(specs, **values):  # noqa: ANN001, ANN202
        return claims_in(specs, lang, **values)

    dispute = cl(sub["dispute"][track], received=received)
    if a.subject == "home_office":
        dispute += cl(sub["dispute"]["split"], parts=time_parts(a, lang))

    entry = cl(sub["entry_night"]) if track == "night_work" else []
    entry += _helpful_facts(
        a, ("entry.age_62", "entry.children", "entry.health_documented", "entry.social_documented"), lang
    )
    for key in a.entry_keys:
        entry += cl(sub["entry_placeholder"].get(key, []))
    entry += _helpful_facts(a, ("need.childcare", "need.health_documented", "need.care"), lang)

    reasons = _reason_claims(a, sub, lang) if a.reasons else cl(sub["no_reasons"])
    reasons += _helpful_facts(a, ("past.positive", "size.large"), lang)
    reasons += cl(sub["closing"])

    attachments = cl(sub["attachments"], received=received)
    n = len(attachments)
    for doc in case.employee.documentation:
        if doc.strip():
            n += 1
            attachments += cl(sub["attachment_doc"], n=n, doc=clean(doc, 120))
    attachments += cl(sub["attachment_fullmakt"], n=n + 1)

    period, placement, percent = _first(a, "period"), _first(a, "placement"), _first(a, "reduction_percent")
    arrangement = cl(sub["arrangement"], request=clean(case.request, 600))
    arrangement += (
        [claim("sub.period", {"period": said(period, lang)}, lang)]
        if period
        else [claim("sub.period_missing", {}, lang)]
    )
    if percent:
        arrangement.append(claim("sub.reduction", {"percent": percent}, lang))
    if placement:
        arrangement.append(claim("sub.placement", {"placement": said(placement, lang)}, lang))
    else:
        arrangement += cl(sub["arrangement_extra"][track])
    sending = cl(sub["sending"], deadline=deadline)
    if a.deadline is not None and a.deadline_passed:
        sending.insert(0, claim("sub.deadline_passed", {"deadline": long_date(a.deadline, lang)}, lang))
    sections = [
        DraftSection(heading=h["sending"], key="sending", claims=sending),
        DraftSection(
            heading=h["parties"],
            key="parties",
            claims=cl(sub["parties"], employer=clean(case.employer.name, 120) or fill),
        ),
        DraftSection(
            heading=h["employment"],
            key="employment",
            claims=cl(sub["employment"], role=clean(case.employee.role, 120) or fill),
        ),
        DraftSection(heading=h["dispute"], key="dispute", claims=dispute),
        DraftSection(heading=h["arrangement"], key="arrangement", claims=arrangement),
    ]
    if entry:
        sections.append(DraftSection(heading=h["entry"], key="entry", claims=entry))
    sections += [
        DraftSection(heading=h["reasons"], key="reasons", claims=reasons),
        DraftSection(heading=h["attachments"], key="attachments", claims=attachments),
        DraftSection(heading=h["fullmakt"], key="fullmakt", claims=cl(sub["fullmakt"])),
        DraftSection(heading=h["signature"], key="signature", claims=cl(sub["signature"])),
    ]
    sections = [s.model_copy(update={"claims": mark_norwegian_quotes(s.claims, lang)}) for s in sections]
    title = _heading(sub["title"], lang).format(subject=label("subject", track or "other", lang))
    draft = _render("tln_submission", title, sections, settings)
    return TlnSubmission(
        track=track,
        period=str(period) if period else None,
        placement=str(placement) if placement else None,
        reduction_percent=percent if isinstance(percent, int) else None,
        grounds=sorted({str(f.value) for f in a.reading.facts if f.field == "ground"}),
        employer_reasons=[r.text for r in a.reasons],
        deadline=a.deadline.isoformat() if a.deadline else None,
        deadline_passed=a.deadline_passed,
        documents=[d for d in case.employee.documentation if d.strip()],
        draft=draft,
    )
