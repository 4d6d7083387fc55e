"""Dump the gap check's reports on an agreement set's variants as the code of an older commit read them.

Used by `flexwork_bench/agreement_similar_cv.py` (the similarity assist's leave-one-set-out evaluation): for
each outsider set, the rules as they were at the set's last BLIND run (before its wordings were seen and
fixed) are the honest "before". Run with the old commit's `advisor/` first on PYTHONPATH and this worktree
after it (the variants are built from today's keys in `tests/agreement_heldout.py`):

    git archive <sha> advisor corpus | tar -x -C /tmp/old-<sha>
    PYTHONPATH=/tmp/old-<sha>:$PWD python flexwork_bench/agreement_blind_reports.py outsider5 out.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.agreement_heldout import HELDOUT, statuses, variants


def main(name: str, out: str) -> None:
    """Write {variant id: {item: [status, evidence]}} for every variant of the set `name`."""
    result = {v.id: {k: list(s) for k, s in statuses(v.text).items()} for v in variants(HELDOUT.parent / name)}
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
