"""Where the app's log goes: the server's console and <data_dir>/logs/app.log.

Log messages name the action, the exception type and where it happened (file, line, function);
never what the user typed: exception messages and source lines are left out, as they can quote input.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

log = logging.getLogger("flexwork.app")
_FORMAT = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
_stream: logging.Handler | None = None
_file: tuple[str, logging.Handler] | None = None


def setup_logging(data_dir: Path) -> None:
    """Log to the real stderr (not into the notebook's output) and to <data_dir>/logs/app.log."""
    global _stream, _file
    log.setLevel(logging.INFO)
    log.propagate = False
    if _stream is None:
        _stream = logging.StreamHandler(sys.__stderr__)
        _stream.setFormatter(_FORMAT)
        _stream.setLevel(logging.WARNING)
        log.addHandler(_stream)
    key = str(data_dir)
    if _file is not None and _file[0] == key:
        return
    if _file is not None:
        log.removeHandler(_file[1])
        _file[1].close()
        _file = None
    try:
        folder = Path(data_dir) / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "app.log", encoding="utf-8")
    except OSError:
        log.warning("could not open the log file in the data folder")
        return
    handler.setFormatter(_FORMAT)
    log.addHandler(handler)
    _file = (key, handler)


def log_failure(action: str, exc: BaseException) -> None:
    """Log that `action` failed: the exception type and the frames (file:line in function), nothing else."""
    frames = " <- ".join(
        f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(traceback.extract_tb(exc.__traceback__))
    )
    log.error("%s failed: %s at %s", action, type(exc).__name__, frames)
