"""The house rules of docs/architecture.md: imports only go down the layers, no import by name,
no module over 500 lines. (An import cycle needs an upward import, so none can exist either,
except inside one layer: those are checked separately.)"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "advisor"

# Bottom layer first. A module may import its own layer and the layers below it.
LAYERS = ["core", "backends", "corpus", "retrieval", "answering", "tasks", "app", "cli"]


def _modules() -> dict[str, Path]:
    out = {}
    for f in PACKAGE.rglob("*.py"):
        rel = f.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        out[".".join(parts)] = f
    return out


@functools.cache  # the package's files do not change while the tests run; two tests read them all
def _imports(f: Path) -> frozenset[str]:
    found = set()
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return frozenset(name for name in found if name.startswith("advisor."))


def _layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else None


def test_every_module_is_in_a_layer() -> None:
    loose = [
        m
        for m in _modules()
        if m != "advisor" and _layer(m) is None and m.split(".")[1] not in {"messages", "prompts", "data", "bundled"}
    ]
    assert loose == [], f"modules outside the layers of docs/architecture.md: {loose}"


def test_imports_only_go_down() -> None:
    modules = _modules()
    upward = []
    for mod, f in modules.items():
        mine = _layer(mod)
        for target in _imports(f):
            theirs = _layer(target)
            if mine is not None and theirs is not None and theirs > mine:
                upward.append(f"{mod} -> {target}")
    assert upward == [], "imports that go up a layer:\n" + "\n".join(sorted(upward))


def test_no_cycle_inside_a_layer() -> None:
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for mod, f in modules.items():
        for target in _imports(f):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != mod and not target.startswith(mod + ".") and not mod.startswith(target + "."):
                graph[mod].add(target)

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            m = todo.pop()
            if m == goal:
                return True
            if m not in seen:
                seen.add(m)
                todo.extend(graph[m])
        return False

    cycles = sorted({f"{a} <-> {b}" for a in graph for b in graph[a] if reaches(b, a)})
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


@pytest.mark.parametrize("needle", ["import_module(", "__import__("])
def test_no_import_by_name(needle: str) -> None:
    assert [str(f) for f in _modules().values() if needle in f.read_text(encoding="utf-8")] == []


def test_no_module_over_500_lines() -> None:
    big = {
        str(f.relative_to(PACKAGE.parent)): n
        for f in _modules().values()
        if (n := f.read_text(encoding="utf-8").count("\n") + 1) > 500
    }
    assert big == {}
