"""`flexwork serve`: the Voilà command line, its environment, and the voila.json it reads."""

from __future__ import annotations

import argparse
import socket

from advisor.cli.serve import (
    HOST,
    TEMPLATE,
    TEMPLATES_ROOT,
    WORKBOOKS,
    port_free,
    register,
    serve_env,
    start_url,
    voila_command,
)
from advisor.core.settings import Settings


def test_command_serves_the_workbooks_on_loopback_only() -> None:
    cmd = voila_command(8866)
    assert str(WORKBOOKS) in cmd
    assert "--Voila.ip=127.0.0.1" in cmd and "--no-browser" in cmd and f"--template={TEMPLATE}" in cmd
    assert not any("preheat" in c for c in cmd)
    assert "--preheat_kernel=True" in voila_command(8866, preheat=True, pool_size=2)
    assert start_url(8866) == "http://127.0.0.1:8866/voila/render/00-start.ipynb"


def test_environment_is_offline_and_carries_the_settings(tmp_path) -> None:
    env = serve_env(Settings(data_dir=tmp_path, embedding="fake", language="en"), base={"JUPYTER_PATH": "/x"})
    assert env["HF_HUB_OFFLINE"] == "1" and env["TRANSFORMERS_OFFLINE"] == "1"
    assert env["ANONYMIZED_TELEMETRY"] == "False"
    assert env["FLEXWORK_DATA_DIR"] == str(tmp_path) and env["FLEXWORK_LANGUAGE"] == "en"
    assert env["JUPYTER_PATH"].split(":")[:2] == [str(TEMPLATES_ROOT), "/x"]
    assert (TEMPLATES_ROOT / "voila" / "templates" / TEMPLATE / "index.html.j2").is_file()


def test_template_fetches_nothing_from_a_cdn() -> None:
    text = (TEMPLATES_ROOT / "voila" / "templates" / TEMPLATE / "index.html.j2").read_text()
    assert "https://" not in text.split("-#}", 1)[1]


def test_voila_reads_the_workbooks_voila_json() -> None:
    from voila.app import Voila
    from voila.configuration import VoilaConfiguration

    app = Voila(config_file_paths=[str(WORKBOOKS)])
    app.load_config_file("voila", path=app.config_file_paths)
    conf = VoilaConfiguration(parent=app)
    assert conf.theme == "light" and conf.show_tracebacks is False and conf.preheat_kernel is False
    assert not app.tornado_settings.get("disable_check_xsrf")  # Tornado's XSRF check stays on


def test_voila_waits_for_late_widget_output() -> None:
    """Under load a page's widget messages reach Voilà seconds after the cell finished.

    nbclient's default IOPub timeout (4 s) then drops the cell's output and the page never shows
    its form: 4 of 12 and 17 of 20 simultaneous Chromium pages failed so in the load test; with
    60 s, none did (flexwork_bench/loadtest.py, docs/scaling.md). The wait only lasts while output is late.
    """
    from voila.app import Voila
    from voila.execute import VoilaExecutor

    app = Voila(config_file_paths=[str(WORKBOOKS)])
    app.load_config_file("voila", path=app.config_file_paths)
    import nbformat

    assert VoilaExecutor(nbformat.v4.new_notebook(), parent=app).iopub_timeout >= 60


def test_port_check() -> None:
    with socket.socket() as s:
        s.bind((HOST, 0))
        s.listen()
        assert not port_free(s.getsockname()[1])


def test_serve_subcommand_options() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["serve", "--port", "9999", "--no-browser"])
    assert (args.port, args.no_browser, args.preheat) == (9999, True, False)
