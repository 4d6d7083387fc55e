"""The nemnd's method: pure steps, and the monotonicity a representative relies on.

Adding a documented, concrete disadvantage can only move a case towards «justified»; adding a
documented, weighty need can only move it towards «unjustified» (property-based, with hypothesis).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.tasks.refusal.method import Reason, run
from advisor.tasks.refusal.reasons import CRITERIA
from advisor.tasks.refusal.tokens import Fact, Reading

ORDER = {"refusal_likely_unjustified": 0, "unclear": 1, "refusal_likely_justified": 2}
TRACKS = ("flexible_time", "reduced_time", "night_work")

employee_facts = st.lists(
    st.sampled_from(
        [
            ("ground", "children_under_10"),
            ("child_age", 4),
            ("ground", "age_62"),
            ("age", 64),
            ("ground", "health"),
            ("documentation", "health:present"),
            ("documentation", "health:absent"),
            ("ground", "social"),
            ("documentation", "care:present"),
            ("need", "childcare"),
            ("need", "commute"),
            ("past_practice", "positive"),
            ("timing", "before_plan"),
            ("size", 250),
            ("size", 12),
            ("alternatives", True),
            ("entry_undisputed", True),
            ("reduction_granted", True),
            ("need", "single_parent"),
        ]
    ),
    max_size=6,
    unique=True,
)
reason = st.tuples(st.sampled_from(CRITERIA), st.sampled_from(["general", "concrete", "documented"]))
reasons = st.lists(reason, max_size=5)


def reading(pairs) -> Reading:
    r = Reading()
    for name, value in pairs:
        r.add(Fact(name, value, str(value), 0, 1))
    return r


def make_reasons(items) -> list[Reason]:
    return [
        Reason(Fact("employer_reason", f"{c} {s} {i}", f"{c} {s} {i}", strength=s), (c,), s)
        for i, (c, s) in enumerate(items)
    ]


def assess(pairs, items, track) -> str:
    return run(reading(pairs), make_reasons(items), track, track, []).assessment


@settings(max_examples=300, deadline=None)
@given(
    employee_facts,
    reasons,
    st.sampled_from(TRACKS),
    st.sampled_from(["substitute", "key_role", "presence", "rota", "cost", "workload", "logistics"]),
)
def test_a_documented_concrete_disadvantage_never_moves_towards_unjustified(pairs, items, track, criterion) -> None:
    before = assess(pairs, items, track)
    after = assess(pairs, [*items, (criterion, "documented")], track)
    assert ORDER[after] >= ORDER[before], (before, after)


@settings(max_examples=300, deadline=None)
@given(
    employee_facts,
    reasons,
    st.sampled_from(TRACKS),
    st.sampled_from(
        [
            [("need", "childcare")],
            [("ground", "health"), ("documentation", "health:present")],
            [("ground", "social"), ("documentation", "care:present")],
        ]
    ),
)
def test_a_documented_weighty_need_never_moves_towards_justified(pairs, items, track, need) -> None:
    before = assess(pairs, items, track)
    if ("documentation", "health:absent") in pairs:
        pairs = [p for p in pairs if p != ("documentation", "health:absent")]
        before = assess(pairs, items, track)
    after = assess(list(dict.fromkeys([*pairs, *need])), items, track)
    assert ORDER[after] <= ORDER[before], (before, after)


def test_general_reasons_alone_are_weak_and_a_missing_entry_condition_decides() -> None:
    assert (
        assess([("ground", "children_under_10")], [("logistics", "general")], "reduced_time")
        == "refusal_likely_unjustified"
    )
    assert (
        assess([("ground", "health"), ("documentation", "health:absent")], [("logistics", "general")], "reduced_time")
        == "refusal_likely_justified"
    )
    assert assess([("need", "commute")], [], "reduced_time") == "refusal_likely_justified"


def test_unclear_names_the_fact_that_would_settle_it() -> None:
    out = run(
        reading([("ground", "health")]), make_reasons([("logistics", "general")]), "reduced_time", "reduced_time", []
    )
    assert out.assessment == "unclear" and out.settle == "certificate"
    out = run(reading([]), make_reasons([("presence", "concrete")]), "flexible_time", "flexible_time", [])
    assert out.assessment == "unclear" and out.settle == "document"


def test_concrete_composite_documented_reasons_with_an_alternative_hold() -> None:
    out = run(
        reading([("alternatives", True)]),
        make_reasons([("substitute", "documented"), ("rota", "concrete")]),
        "flexible_time",
        "flexible_time",
        [],
    )
    assert out.assessment == "refusal_likely_justified"
    assert {s.key for s in out.steps} >= {"track", "entry", "burden", "need", "post", "alternatives", "practice"}
    assert out.deciding and all(f.source for f in out.deciding)
    assert any(k == "change.cannot_document" for k, _ in out.change)


def test_outside_the_nemnd() -> None:
    for subject in ("home_office", "sick_leave"):
        out = run(reading([]), [], "home_office" if subject == "home_office" else "other", subject, [])
        assert out.assessment == "outside_tln"
