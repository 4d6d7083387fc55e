"""The workbooks' kernel as Voilà starts it: ipykernel without what a workbook page never uses.

`flexwork serve` and the workshop hub put `advisor/app/voila_kernel` on their JUPYTER_PATH, whose
`kernels/python3/kernel.json` runs `python -m advisor.app.kernel -f CONNECTION_FILE` for the
workbooks' "python3" kernel (JupyterLab from `make lab` keeps the ordinary one). It is
`ipykernel_launcher` with two things left out, each paid by every page's kernel before the
page's first cell runs (docs/scaling.md, "CPU per arriving participant"):

- **the debugger**: ipykernel imports debugpy and pydevd at start whenever they are installed
  (0.1-0.2 s of CPU per kernel), for JupyterLab's debugger panel; Voilà's pages have none and
  never send a debug request. With debugpy marked absent, ipykernel starts without it, as it
  does where debugpy is not installed, and says so in its kernel_info ("debugger": false).
- **the input history**: IPython writes every executed cell to one SQLite file shared by all
  kernels (~/.ipython/profile_default/history.sqlite) from a thread of its own; a page runs the
  same two cells every time, and 20 kernels starting at once write it together.
"""

from __future__ import annotations

import sys
from pathlib import Path

OPTIONS = ["--HistoryManager.enabled=False"]


def main(argv: list[str] | None = None) -> None:
    """Start the kernel with ipykernel's own arguments (`-f CONNECTION_FILE`)."""
    # As ipykernel_launcher: the working folder (the workbooks') leaves sys.path while ipykernel
    # loads, and IPython puts it back for the notebook's cells.
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    if "debugpy" not in sys.modules:
        sys.modules["debugpy"] = None  # type: ignore[assignment]  # `import debugpy` -> ImportError
    from ipykernel import kernelapp

    kernelapp.launch_new_instance(argv=[*(sys.argv[1:] if argv is None else argv), *OPTIONS])


if __name__ == "__main__":
    main()
