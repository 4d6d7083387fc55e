"""The workshop hub's plain parts (no hub started): names, secrets, cgroup limits, the plan file."""

from __future__ import annotations

import json
import os

import pytest

from advisor.app.hub import limits
from advisor.app.hub.names import hash_secret, new_secret, normalise_code, normalise_name, verify_secret


def test_names_are_normalised_and_odd_ones_refused() -> None:
    assert normalise_name("  Kari Nordmann ") == "kari-nordmann"
    assert normalise_name("Åse") == "åse"
    for bad in ("", "a", "../kari", "kari/ola", "x" * 33, "-kari", "<script>"):
        assert normalise_name(bad) == "", bad
    assert normalise_code(" ab-c 12 3 ") == "ABC123"


def test_secrets_are_stored_hashed_and_verified() -> None:
    secret = new_secret()
    stored = hash_secret(secret)
    assert secret not in stored and stored.startswith("pbkdf2:")
    assert verify_secret(secret, stored)
    assert not verify_secret(secret + "x", stored)
    assert not verify_secret(secret, "garbage")
    assert hash_secret(secret) != stored  # salted


@pytest.mark.skipif(os.geteuid() != 0, reason="the limits are only written as root")
def test_cgroup_limits_v1_and_the_workshop_weighs_as_many_processes(tmp_path) -> None:
    (tmp_path / "memory").mkdir()
    (tmp_path / "cpu").mkdir()
    for user in ("kari", "ola", "nora"):
        got = limits.prepare(user, 512 * 2**20, 0.5, root=tmp_path)
        assert got.note.startswith("enforced (cgroup v1)")
    mem = tmp_path / "memory" / limits.GROUP / "kari"
    cpu = tmp_path / "cpu" / limits.GROUP / "kari"
    assert (mem / "memory.limit_in_bytes").read_text() == str(512 * 2**20)
    assert (cpu / "cpu.cfs_quota_us").read_text() == "50000"
    assert (tmp_path / "cpu" / limits.GROUP / "cpu.shares").read_text() == str(3 * 1024)
    assert limits.prepare("x", None, None, root=tmp_path / "none").note.startswith("not enforced")


def test_the_plan_creates_the_facilitators_workshop_and_keeps_its_code(tmp_path) -> None:
    from advisor.app.hub import launch
    from advisor.app.state import StateStore
    from advisor.core.settings import Settings

    settings = Settings(data_dir=tmp_path, embedding="fake")
    first = launch.prepare(settings, ip="127.0.0.1", port=18500, title="Verksted")
    again = launch.prepare(settings, ip="127.0.0.1", port=18500)
    assert first.code == again.code and first.secret != again.secret
    assert [w["code"] for w in StateStore.from_settings(settings).owned_workshops("fasilitator")] == [first.code]
    plan = json.loads(first.plan_file.read_text())
    assert first.secret not in first.plan_file.read_text()
    assert plan["env"]["FLEXWORK_WORKSHOP_CODE"] == first.code and plan["env"]["HF_HUB_OFFLINE"] == "1"
    assert oct(first.plan_file.stat().st_mode)[-3:] == "600"
    assert launch.prepare(settings, ip="127.0.0.1", port=18500, new=True).code != first.code
    with pytest.raises(ValueError):
        launch.prepare(settings, facilitator="../root")
