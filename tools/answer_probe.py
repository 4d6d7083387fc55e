"""Score the answer probe: which rule an answer is first given from, for questions written outside every set.

    FLEXWORK_DATA_DIR=/tmp/x python tools/answer_probe.py [tests/data/answer_probe_dev.jsonl] [-v]

Each line of the probe names the rule(s) that may lead (`expect`), or "none" where no rule should
(the answer should quote, or abstain). Reports: right rule leads / wrong rule leads / quoting
(or abstaining). A wrong rule stated first as the answer is the failure that matters most; a
quoting answer where a rule was expected is a miss, not a harm. This is a development set: it was
written before the rules were tuned against it, then used to tune them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from advisor.answering.ask import ask
from advisor.core.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "answer_probe_dev.jsonl"


def score(path: Path = DEFAULT, verbose: bool = False) -> dict[str, int]:
    """Counts of right / wrong / quote over the probe (quote includes abstaining)."""
    counts = {"right": 0, "wrong": 0, "quote": 0, "none_ok": 0, "total": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        answer = ask(q["question"], Settings(language=q.get("lang", "nb")))
        got = getattr(answer, "rule", None)
        expect = q["expect"]
        counts["total"] += 1
        if got is None:
            kind = "quote"
            if expect == ["none"]:
                counts["none_ok"] += 1
        elif got in expect:
            kind = "right"
        else:
            kind = "wrong"
        counts[kind] += 1
        if verbose and kind != "right" and not (kind == "quote" and expect == ["none"]):
            print(f"  {kind:5} {got or '-':24} want {'/'.join(expect):28} {q['question']}")
    return counts


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    c = score(Path(args[0]) if args else DEFAULT, verbose="-v" in sys.argv)
    print(
        f"right rule leads {c['right']} / wrong rule leads {c['wrong']} / quoting or abstaining {c['quote']}"
        f" (of which 'none' expected and given: {c['none_ok']}) — {c['total']} questions"
    )
