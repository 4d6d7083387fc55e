"""Every workbook runs top to bottom in a real kernel without errors, and holds no logic or outputs."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from advisor.app.workbooks import WORKBOOKS

WORKBOOKS_DIR = Path(__file__).resolve().parent.parent / "workbooks"
NOTEBOOKS = sorted(WORKBOOKS_DIR.glob("*.ipynb"))


def test_every_workbook_has_a_notebook_and_no_stray_ones() -> None:
    assert {p.name for p in NOTEBOOKS} == {wb.notebook for wb in WORKBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_only_glue(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert 2 <= len(nb.cells) <= 3
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, "outputs saved"
        tree = ast.parse(cell.source)
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef | ast.Lambda)]
    assert "from advisor.app import build" in code[0].source
    assert f'build("{path.name}", Settings())' in code[-1].source


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes_without_errors(path: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FLEXWORK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FLEXWORK_EMBEDDING", "fake")
    monkeypatch.setenv("JUPYTERHUB_USER", "notebook-test")
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=120,
        startup_timeout=120,
        resources={"metadata": {"path": str(WORKBOOKS_DIR)}},
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert not errors, errors
    stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert not stderr, stderr
    views = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert len(views) == 1, "the last cell displays the app"
    # the page saved nothing it should not have, and logged no failure
    log = tmp_path / "logs" / "app.log"
    assert not log.exists() or "failed" not in log.read_text(encoding="utf-8")
