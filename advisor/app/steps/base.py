"""What every step model shares: raw form values autosaved as typed, and parsing with field problems."""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from advisor.app.doc import SavedDoc


@dataclass(frozen=True)
class Problem:
    """Why a field's value cannot be used; `key` is a UI text, `values` fill it in."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


Problems = dict[str, Problem]


class NeedsInput(ValueError):
    """The step cannot run before the user fixes these problems (field -> Problem)."""

    def __init__(self, problems: Problems, where: str = "") -> None:
        super().__init__(", ".join(sorted(problems)))
        self.problems = problems
        self.where = where


def plain(obj: Any) -> Any:
    """Pydantic models, dataclasses, lists and dicts as JSON-ready values."""
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return plain(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set):
        return [plain(v) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    if hasattr(obj, "__dict__"):
        return {k: plain(v) for k, v in vars(obj).items() if not k.startswith("_")}
    return str(obj)


# -- parsing typed text ---------------------------------------------------------------------------


def lines(text: str | None) -> list[str]:
    """Non-empty lines of a text area, stripped."""
    stripped = (ln.strip().lstrip("-•*").strip() for ln in (text or "").splitlines())
    return [ln for ln in stripped if ln]


def parse_int(text: str | int | None, lo: int, hi: int, required: bool = False) -> tuple[int | None, Problem | None]:
    """An integer in [lo, hi] from what the user typed ('1 200' and '80 %' are fine)."""
    s = re.sub(r"[\s%]", "", str(text if text is not None else ""))
    if not s:
        return None, Problem("err.required") if required else None
    if not re.fullmatch(r"-?\d+", s):
        return None, Problem("err.int", {"lo": lo, "hi": hi})
    n = int(s)
    if not lo <= n <= hi:
        return None, Problem("err.int", {"lo": lo, "hi": hi})
    return n, None


def parse_float(
    text: str | float | None, lo: float, hi: float, required: bool = False
) -> tuple[float | None, Problem | None]:
    """A number in (lo, hi] ('37,5' is fine)."""
    s = str(text if text is not None else "").strip().replace(",", ".").replace(" ", "")
    if not s:
        return None, Problem("err.required") if required else None
    try:
        x = float(s)
    except ValueError:
        return None, Problem("err.number", {"lo": lo, "hi": hi})
    if not lo < x <= hi:
        return None, Problem("err.number", {"lo": lo, "hi": hi})
    return x, None


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NO = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(text: str | None, required: bool = False) -> tuple[date | None, Problem | None]:
    """A date typed as YYYY-MM-DD or DD.MM.YYYY; impossible dates (30 February) are problems."""
    s = (text or "").strip()
    if not s:
        return None, Problem("err.required") if required else None
    if m := _ISO.fullmatch(s):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _NO.fullmatch(s):
        d, mo, y = (int(g) for g in m.groups())
    else:
        return None, Problem("err.date_format")
    try:
        return date(y, mo, d), None
    except ValueError:
        return None, Problem("err.date_impossible")


_SPAN = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?")


def parse_span(text: str | None, required: bool = False) -> tuple[tuple[int, int] | None, Problem | None]:
    """A time span like '09:00-14:30' (or '9-14.30') as minutes after midnight."""
    s = (text or "").strip()
    if not s:
        return None, Problem("err.required") if required else None
    m = _SPAN.fullmatch(s)
    if not m:
        return None, Problem("err.span")
    h1, m1, h2, m2 = (int(g or 0) for g in m.groups())
    if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59 or h1 * 60 + m1 > 1440 or h2 * 60 + m2 > 1440:
        return None, Problem("err.span")
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if end <= start:
        return None, Problem("err.span_order")
    return (start, end), None


def fmt_span(span: tuple[int, int]) -> str:
    """Minutes since midnight as «HH:MM-HH:MM»."""
    return "-".join(f"{m // 60:02d}:{m % 60:02d}" for m in span)


# -- the form model -------------------------------------------------------------------------------


class FormModel(SavedDoc):
    """Raw values as the user typed them, saved on every change, so nothing typed is ever lost.

    Only what changed is saved, field by field (advisor.app.doc), so two tabs of the same page
    never undo each other. Parsing into domain types happens on demand (`problems()`, and the
    step's builder), never on save: a half-typed date is kept as typed and shown with a problem
    next to its field.
    """

    def set(self, name: str, value: Any) -> None:
        """Change one field and save."""
        if name not in self.defaults:
            raise KeyError(name)
        self.values[name] = value
        self.save()

    def update(self, **values: Any) -> None:
        """Change several fields and save once."""
        for name in values:
            if name not in self.defaults:
                raise KeyError(name)
        self.values.update(values)
        self.save()

    # list fields (tasks, results, KPIs): rows of small dicts, each with an id

    def add_item(self, list_name: str, **values: Any) -> int:
        """Append an item and save; returns its place in this page's list (its id is in `ids`)."""
        self.append_item(list_name, {**copy.deepcopy(self.item_defaults[list_name]), **values})
        self.save()
        return len(self.values[list_name]) - 1

    def remove_item(self, list_name: str, ref: int | str) -> None:
        """Delete an item, given by id (or its place in this page's list), and save."""
        i = self.index_of(list_name, ref)
        del self.values[list_name][i]
        del self.ids[list_name][i]
        self.save()

    def set_item(self, list_name: str, ref: int | str, name: str, value: Any) -> None:
        """Change one field of one item (by id, or its place in this page's list) and save."""
        if name not in self.item_defaults[list_name]:
            raise KeyError(name)
        self.values[list_name][self.index_of(list_name, ref)][name] = value
        self.save()

    def problems(self) -> Problems:
        """Every field whose value cannot be used, with why."""
        return {}

    def reset(self) -> None:
        """Back to the defaults with empty lists, and saved."""
        self.values = copy.deepcopy(self.defaults)
        self.ids = {name: [] for name in self.lists}
        self.save()
