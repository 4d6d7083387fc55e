"""The bench waits until a preheated kernel has really run its notebook (the 41 s "preheated" page).

A real Voilà server with one preheated kernel whose notebook sleeps before `wait_for_request`:
while it sleeps the kernel is idle, so a CPU-based check calls it settled, but it is not ready.
"""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from advisor.cli.serve import voila_command
from advisor.core.settings import Settings
from flexwork_bench.loadtest import VoilaServer

pytestmark = pytest.mark.slow


class OneNotebookServer(VoilaServer):
    def __init__(self, settings: Settings, folder: Path) -> None:
        super().__init__(settings, preheat=True, log_path=folder.parent / "voila.log")
        self.folder = folder

    def command(self) -> list[str]:
        return voila_command(self.port, workbooks=self.folder, preheat=True)


def test_idle_is_not_preheated(tmp_path: Path) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import time\ntime.sleep(8)"),  # idle, but its page is not ready
        nbformat.v4.new_code_cell("from voila.utils import wait_for_request\nwait_for_request()"),
        nbformat.v4.new_code_cell("print('page-built')"),
    ]
    nbformat.write(nb, folder / "a.ipynb")
    settings = Settings(data_dir=tmp_path / "data", embedding="fake")
    with OneNotebookServer(settings, folder) as server:
        deadline = time.monotonic() + 60
        while not server.kernels() and time.monotonic() < deadline:
            time.sleep(0.2)
        started = time.monotonic()
        # The old check: quiet CPU for a second. It passes while the notebook still sleeps.
        assert server.wait_kernels_settled(1, timeout=60)
        if time.monotonic() - started < 6:  # still inside the sleep (on a very slow machine it may not be)
            assert server.kernels_preheated() == 0
        assert server.wait_kernels_preheated(1, timeout=120)
        assert server.kernels_preheated() == 1
        with urllib.request.urlopen(server.url("a.ipynb"), timeout=120) as reply:
            assert "page-built" in reply.read().decode("utf-8")
