"""The method's outcome as cited sections, verdict first, in the user's language.

Texts and their citations come from advisor/data/refusal_method.json (bokmål and English); labels
from the refusal message catalogue. Every claim carries the corpus passages it relies on, so the
citation check verifies it like any other draft.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from advisor.answering.grounding import support
from advisor.core.dates import long_date
from advisor.core.i18n import catalogue
from advisor.core.models import Claim, DraftSection
from advisor.tasks.refusal.method import Outcome
from advisor.tasks.refusal.rules import data, said
from advisor.tasks.refusal.tokens import Fact

STEP_ORDER = ("track", "entry", "burden", "need", "post", "alternatives", "practice")


def msg(key: str, lang: str = "nb", **values: Any) -> str:
    """A text from the refusal catalogue (advisor/messages/refusal.<lang>.json), falling back to bokmål."""
    text = catalogue(lang).get(key) or catalogue("nb")[key]
    return text.format(**values) if values else text


def fact_label(f: Fact | dict, lang: str = "nb") -> str:
    """«Grunn: barn under 10 år», «Barnets alder: 3» …"""
    name = f.field if isinstance(f, Fact) else f["field"]
    value = f.value if isinstance(f, Fact) else f["value"]
    cat = catalogue(lang)
    head = cat.get(f"rf.field.{name}") or catalogue("nb").get(f"rf.field.{name}", name)
    if name == "employer_reason":
        strength = f.strength if isinstance(f, Fact) else f.get("strength")
        return f"{head} ({msg(f'rf.strength.{strength}', lang)})" if strength else head
    shown = cat.get(f"rf.value.{str(value).lower()}") or catalogue("nb").get(f"rf.value.{str(value).lower()}")
    return f"{head}: {shown or said(value, lang)}"


def _values(values: dict[str, Any], lang: str) -> dict[str, Any]:
    out = {}
    for k, v in values.items():
        if k == "criterion" and isinstance(v, str):
            v = msg(f"rf.criterion.{v}", lang)
        elif k == "criteria" and isinstance(v, (list, tuple)):
            v = ", ".join(msg(f"rf.criterion.{c}", lang) for c in v)
        elif k == "criteria" and isinstance(v, str):
            v = ", ".join(msg(f"rf.criterion.{c.strip()}", lang) for c in v.split(",") if c.strip())
        elif k == "parts" and isinstance(v, (list, tuple)):
            v = ", ".join(
                msg(
                    f"rf.value.{ {'night_work': 'night_exemption', 'reduced_time': 'fewer_hours', 'flexible_time': 'time_of_day'}[p] }",
                    lang,
                )
                for p in v
            )
        elif k in ("need", "children") and isinstance(v, str) and lang != "nb":
            # the method names needs in bokmål («barnepass, omsorg»): said in the page's language
            v = ", ".join(
                catalogue(lang).get(f"afterrefusal.need.{x.strip()}") or said(x.strip(), lang) for x in v.split(",")
            )
        elif k in ("reason", "what") and isinstance(v, str):
            v = " ".join(v.split()).replace("[", "(").replace("]", ")")
            v = v if len(v) <= 220 else v[:219].rstrip() + "…"
            v = v.rstrip(".")
        out[k] = v
    return out


def claim(key: str, values: dict[str, Any] | None = None, lang: str = "nb") -> Claim:
    """One cited claim from refusal_method.json."""
    spec = data("refusal_method")[key]
    aliases = data("refusal_passages")
    text = (spec.get(lang) or spec["nb"]).format(**_values(values or {}, lang))
    return Claim(text=text, support=[support(aliases[a], contains=p) for a, p in spec["cite"]])


def verdict_claim(out: Outcome, lang: str = "nb") -> Claim:
    """The assessment in one cited sentence (naming what would settle an unclear case)."""
    settle = None
    if out.settle:
        s = data("refusal_method")["settle"][out.settle]
        settle = s.get(lang) or s["nb"]
    return claim(out.verdict_key, {"settle": settle} if settle else {}, lang)


def sections(out: Outcome, lang: str = "nb") -> list[DraftSection]:
    """Verdict, the method's steps, what would change it, and what to get: cited draft sections."""
    secs = [DraftSection(heading=msg("rf.verdict.heading", lang), key="verdict", claims=[verdict_claim(out, lang)])]
    by = {s.key: s for s in out.steps}
    for key in STEP_ORDER:
        step = by.get(key)
        if step is None or not step.texts:
            continue
        secs.append(
            DraftSection(
                heading=msg(f"rf.step.{key}", lang),
                key=f"method:{key}",
                claims=[claim(k, v, lang) for k, v in step.texts],
            )
        )
    if out.change:
        secs.append(
            DraftSection(
                heading=msg("rf.change.heading", lang), key="change", claims=[claim(k, v, lang) for k, v in out.change]
            )
        )
    if out.get:
        secs.append(
            DraftSection(heading=msg("rf.verdict.get", lang), key="get", claims=[claim(k, v, lang) for k, v in out.get])
        )
    return secs


def deadline_line(
    subject: str,
    has_route: bool,
    written: bool,
    received: date | None,
    deadline: date | None,
    today: date,
    lang: str = "nb",
) -> str:
    """The deadline in one sentence, or why there is none."""
    if not has_route:
        why = msg(f"rf.why.{subject}" if subject in ("home_office", "sick_leave") else "rf.why.unknown", lang)
        return msg("rf.verdict.none_deadline", lang, why=why)
    if not written:
        return msg("rf.verdict.no_written", lang)
    if deadline is None or received is None:
        return msg("rf.verdict.deadline_unknown", lang)
    shown = long_date(deadline, lang)
    if deadline < today:
        return msg("rf.verdict.deadline_passed", lang, date=shown)
    if deadline == today:
        return msg("rf.verdict.deadline_today", lang, date=shown)
    return msg("rf.verdict.deadline_left", lang, date=shown, n=(deadline - today).days)
