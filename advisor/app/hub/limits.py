"""Memory and CPU limits per participant through Linux control groups (no jupyterhub import).

JupyterHub's local spawners only *pass* mem_limit/cpu_limit to the server as MEM_LIMIT/CPU_LIMIT;
they enforce nothing. When the hub runs as root on a machine with writable control groups (v1 or
v2), this module puts every participant's server, and so its kernels, into its own group with
the memory ceiling and CPU quota. Elsewhere `prepare` says why not, and the hub logs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
GROUP = "flexwork-workshop"
PERIOD_US = 100_000


@dataclass
class Limits:
    """The resource limits prepared for one participant's server."""

    procs_files: list[Path]  # write the server's pid into each
    note: str  # what is enforced, for the log


def _v2(root: Path) -> bool:
    return (root / "cgroup.controllers").is_file()


def prepare(user: str, mem_bytes: int | None, cpus: float | None, root: Path = ROOT) -> Limits:
    """Create (or reuse) the participant's control groups with the limits; never raises."""
    if os.geteuid() != 0:
        return Limits([], "not enforced: the hub does not run as root")
    slug = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in user)[:64] or "user"
    try:
        if _v2(root):
            return _prepare_v2(root, slug, mem_bytes, cpus)
        if (root / "memory").is_dir() or (root / "cpu").is_dir():
            return _prepare_v1(root, slug, mem_bytes, cpus)
    except OSError as exc:
        return Limits([], f"not enforced: control groups not writable ({exc.strerror or exc})")
    return Limits([], "not enforced: no control groups on this machine")


def _prepare_v1(root: Path, slug: str, mem_bytes: int | None, cpus: float | None) -> Limits:
    procs, done = [], []
    if mem_bytes and (root / "memory").is_dir():
        d = root / "memory" / GROUP / slug
        d.mkdir(parents=True, exist_ok=True)
        (d / "memory.limit_in_bytes").write_text(str(int(mem_bytes)))
        procs.append(d / "cgroup.procs")
        done.append(f"memory {int(mem_bytes) // 2**20} MiB")
    if cpus and (root / "cpu").is_dir():
        d = root / "cpu" / GROUP / slug
        d.mkdir(parents=True, exist_ok=True)
        (d / "cpu.cfs_period_us").write_text(str(PERIOD_US))
        (d / "cpu.cfs_quota_us").write_text(str(max(1000, int(cpus * PERIOD_US))))
        _weigh_parent(d.parent, "cpu.shares", 1024, 262144)
        procs.append(d / "cgroup.procs")
        done.append(f"CPU {cpus:g}")
    return Limits(procs, ("enforced (cgroup v1): " + ", ".join(done)) if done else "no limits set")


def _prepare_v2(root: Path, slug: str, mem_bytes: int | None, cpus: float | None) -> Limits:
    parent = root / GROUP
    parent.mkdir(exist_ok=True)
    wanted = [c for c, on in (("memory", mem_bytes), ("cpu", cpus)) if on]
    if wanted:
        (parent / "cgroup.subtree_control").write_text(" ".join(f"+{c}" for c in wanted))
    d = parent / slug
    d.mkdir(exist_ok=True)
    done = []
    if mem_bytes:
        (d / "memory.max").write_text(str(int(mem_bytes)))
        done.append(f"memory {int(mem_bytes) // 2**20} MiB")
    if cpus:
        (d / "cpu.max").write_text(f"{max(1000, int(cpus * PERIOD_US))} {PERIOD_US}")
        _weigh_parent(parent, "cpu.weight", 100, 10000)
        done.append(f"CPU {cpus:g}")
    return Limits([d / "cgroup.procs"], ("enforced (cgroup v2): " + ", ".join(done)) if done else "no limits set")


def _weigh_parent(parent: Path, name: str, per_child: int, most: int) -> None:
    """Give the workshop's group the CPU weight of as many processes as it has participants.

    The scheduler weighs a group as one process: without this, 20 participants' servers together
    got the share of a single process of anything else on the machine (their start took ~5 min on
    a busy machine instead of seconds).
    """
    children = sum(1 for p in parent.iterdir() if p.is_dir())
    (parent / name).write_text(str(min(most, per_child * max(1, children))))


def join(procs_files: list[Path]) -> None:
    """In the child process before exec: move this process into the groups (its children follow)."""
    for f in procs_files:
        try:
            with Path(f).open("w") as fh:
                fh.write(str(os.getpid()))
        except OSError:
            pass  # the server still starts; the hub logged whether limits were enforced
