"""Reading a whole refusal case: the employee's texts and the form's fields, then the employer's reasons.

The refusal is screened first (reading.screen_refusal): instructions and unverifiable references are
set aside and never read. Each remaining sentence that gives a reason is classed (reasons.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advisor.tasks.refusal.facts import (
    Fact,
    Reading,
    apply_corrections,
    read_employee,
    read_employer_context,
    read_fields,
)
from advisor.tasks.refusal.method import Reason
from advisor.tasks.refusal.reading import screen_refusal
from advisor.tasks.refusal.reasons import is_reason, read_reason

if TYPE_CHECKING:
    from advisor.core.models import RefusalCase


def read_case(case: RefusalCase, settings: Any = None, similarity: bool = True):
    """All facts of a case: the employee's texts and fields, the employer's reasons; corrections win.

    Returns (reading, reasons, ignored): `reasons` are the method's Reason objects, one per sentence of
    the screened refusal that gives a reason; `ignored` the fragments set aside as instructions.
    """
    r = Reading()
    texts = {
        "request": case.request,
        "notes": getattr(case, "notes", "") or "",
        "needs": case.employee.needs,
        "history": case.employee.history,
        "employer_facts": case.employer.facts,
    }
    for where, text in texts.items():
        if text and text.strip():
            read_employee(r, text, "request" if where == "request" else where)
    kept, ignored = screen_refusal(case.refusal)
    reasons: list[Reason] = []
    offset = 0
    for sentence in kept:
        start = case.refusal.find(sentence, offset)
        part = Reading()
        read_employer_context(part, sentence, "refusal")
        shift = max(start, 0)
        for f in part.facts:
            r.add(
                Fact(
                    f.field,
                    f.value,
                    f.source,
                    f.start + shift if start >= 0 else -1,
                    f.end + shift if start >= 0 else -1,
                    f.how,
                    "refusal",
                    f.strength,
                )
            )
        if start >= 0:
            offset = start
        if len(reasons) < 12 and is_reason(sentence):
            rr = read_reason(sentence, settings, similarity=similarity)
            fact = Fact(
                "employer_reason",
                sentence,
                sentence,
                start,
                start + len(sentence) if start >= 0 else -1,
                rr.how if rr.criteria else "rule",
                "refusal",
                rr.strength,
            )
            reasons.append(Reason(fact, rr.criteria, rr.strength))
    for alt in case.employer.alternatives_offered:
        if alt.strip():
            read_employer_context(r, alt, "employer.alternatives_offered")
    read_fields(r, case)
    apply_corrections(r, [c if isinstance(c, dict) else c.model_dump() for c in getattr(case, "corrections", []) or []])
    removed = {
        (c.get("field"), c.get("value")) for c in (getattr(case, "corrections", []) or []) if isinstance(c, dict)
    }
    reasons = [x for x in reasons if ("employer_reason", x.fact.value) not in removed]
    return r, reasons, ignored
