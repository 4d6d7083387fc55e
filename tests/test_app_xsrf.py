"""Tornado's XSRF check stays on, and pages still shut their kernels down when left.

Voilà's page sends its kernel shutdown (a POST) with the value of the `_xsrf` cookie, which
Voilà itself never sets (voila-dashboards/voila#1458): without our template's token every
shutdown was refused and kernels piled up until the idle culler. These tests drive a real
Voilà server: a browser page that is left frees its kernel, and a POST from elsewhere (no
token, or a token that does not match the cookie) is refused and the kernel lives on.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request

import pytest

from flexwork_bench.loadtest import CHROMIUM_FLAGS, VoilaServer, chromium_path

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed (make browser)"),
]

READY = ".fw-app :is(input, textarea, select, button)"


@pytest.fixture(scope="module")
def server(real_settings, tmp_path_factory):  # noqa: ANN001, ANN201
    data = tmp_path_factory.mktemp("xsrf-data")
    (data / "index").symlink_to(real_settings.data_dir / "index", target_is_directory=True)
    log = data / "voila.log"
    with VoilaServer(real_settings.model_copy(update={"data_dir": data}), log_path=log) as srv:
        srv.log_file = log
        yield srv


def _wait_kernels(server: VoilaServer, count: int, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(server.kernels()) == count:
            return count
        time.sleep(0.3)
    return len(server.kernels())


def _open_kernel(server: VoilaServer) -> str:
    """Request a page as a browser would (Voilà starts a kernel for it); its kernel id."""
    with urllib.request.urlopen(server.url("00-start.ipynb"), timeout=120) as resp:
        html = resp.read().decode("utf-8", "replace")
    return re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', html).group(1)


def _shutdown(server: VoilaServer, kernel_id: str, cookie: str | None, field: str | None) -> int:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if cookie is not None:
        headers["Cookie"] = f"_xsrf={cookie}"
    body = f"_xsrf={field}".encode() if field is not None else b""
    req = urllib.request.Request(
        f"http://127.0.0.1:{server.port}/voila/api/shutdown/{kernel_id}", data=body, method="POST", headers=headers
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_a_page_that_is_left_frees_its_kernel(server) -> None:
    from playwright.sync_api import sync_playwright

    assert _wait_kernels(server, 0) == 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(server.url("00-start.ipynb"), timeout=120_000)
            page.locator(READY).first.wait_for(state="visible", timeout=120_000)
            assert re.search(r"(^|;\s*)_xsrf=[0-9a-f]{32}", page.evaluate("document.cookie"))
            assert len(server.kernels()) == 1
            page.goto(server.url("01-situasjon.ipynb"), timeout=120_000)
            page.locator(".fw-in-role input").first.wait_for(state="visible", timeout=120_000)
            # The start page's kernel was shut down by its unload handler; only the intake's is left.
            assert _wait_kernels(server, 1) == 1
            page.goto("about:blank")  # leaving the app altogether fires the same unload handler
            assert _wait_kernels(server, 0) == 0
        finally:
            browser.close()
    assert "403 POST" not in server.log_file.read_text(errors="replace")


@pytest.mark.parametrize(
    ("cookie", "field"),
    [(None, None), (None, "a" * 32), ("a" * 32, "b" * 32)],
    ids=["no token", "field without cookie", "field does not match cookie"],
)
def test_a_shutdown_from_elsewhere_is_refused(server, cookie, field) -> None:
    kernel_id = _open_kernel(server)
    try:
        assert _shutdown(server, kernel_id, cookie, field) == 403
        time.sleep(1.0)
        assert kernel_id in _kernel_ids(server)
    finally:
        assert _shutdown(server, kernel_id, "c" * 32, "c" * 32) == 204  # the same token twice: accepted
    deadline = time.monotonic() + 30
    while kernel_id in _kernel_ids(server) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert kernel_id not in _kernel_ids(server)


def _kernel_ids(server: VoilaServer) -> set[str]:
    """Ids of the kernels the server runs, from their connection files' names."""
    ids = set()
    for proc in server.kernels():
        try:
            found = re.search(r"kernel-([0-9a-f-]{36})\.json", " ".join(proc.cmdline()))
        except Exception:  # the process ended meanwhile
            continue
        if found:
            ids.add(found.group(1))
    return ids
