"""The load-test harness itself, at the smallest size: one real page and one widget client.

The 20-participant load test belongs to `make bench`, not to the tests; this keeps the harness
that runs it honest (both kinds of participant get through every step against a real Voilà
server, and the figures it reports come from what they did).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flexwork_bench.loadtest import chromium_path, run_workshop

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed (make browser)"),
]

STEPS = {"intake_interactive", "intake_saved", "arguments_interactive", "arguments_drafted"}


def test_a_page_and_a_widget_client_get_through_the_workshop(real_settings, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "index").symlink_to(real_settings.data_dir / "index", target_is_directory=True)
    settings = real_settings.model_copy(update={"data_dir": data})
    log = tmp_path / "voila.log"

    result = run_workshop(
        settings, participants=2, browsers=1, ramp_s=1.0, step_timeout=120, deadline_s=400, log_path=log
    )

    assert result.errors == 0, result.error_messages
    assert result.real_pages == 1 and result.participants == 2
    assert set(result.step_p95_s) == STEPS and all(v > 0 for v in result.step_p95_s.values())
    assert 0 < result.p50_s <= result.p95_s <= result.max_s < 120
    assert result.iopub_timeouts == 0
    assert result.peak_kernels >= 1 and 20 < result.peak_kernel_rss_mb < 700
    # The participants' typing reached the shared profile's saved state through the kernels.
    from advisor.app.context import current_user
    from advisor.app.state import StateStore

    saved = StateStore.from_settings(settings).load(current_user())
    assert "Rådgiver i kundeservice" in str(saved)
