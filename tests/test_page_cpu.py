"""Less CPU per arriving participant: templates compiled once per server, the lean workbook kernel.

docs/scaling.md, "CPU per arriving participant". The real server and pages run in the e2e and
load tests; here each piece is checked on its own.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from advisor.app import voila_server
from advisor.cli.serve import KERNELS_ROOT, TEMPLATES_ROOT, serve_env, voila_command
from advisor.core.settings import Settings
from flexwork_bench.loadtest import is_kernel_command


def _exporter(tmp_path: Path, text: str):  # noqa: ANN202
    from nbconvert.exporters.templateexporter import TemplateExporter

    folder = tmp_path / "templates" / "t"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html.j2").write_text(text)
    (folder / "conf.json").write_text("{}")
    exporter = TemplateExporter(template_paths=[str(folder)], template_name="t")  # as Voilà passes them
    exporter.template_file = "index.html.j2"
    return exporter


def test_a_template_is_compiled_once_and_again_when_edited(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    cache = voila_server.share_template_bytecode()
    cache.clear()
    compiled: list[str] = []
    from jinja2 import Environment

    original = Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        compiled.append(name)
        return original(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counting)
    text = "{% set n = nb | length %}<p>{{ n }} {{ nb | upper }}</p>"
    first = _exporter(tmp_path, text)
    assert first.environment.bytecode_cache is cache
    assert first.template.render(nb="abc") == "<p>3 ABC</p>"
    assert compiled == ["index.html.j2"]
    second = _exporter(tmp_path, text)  # a new exporter and environment, as Voilà makes per page
    assert second.environment is not first.environment
    assert second.template.render(nb="de") == "<p>2 DE</p>"
    assert compiled == ["index.html.j2"]  # not compiled again
    edited = _exporter(tmp_path, "<b>{{ nb }}</b>")  # the same file, edited: its checksum differs
    assert edited.template.render(nb="x") == "<b>x</b>"
    assert compiled == ["index.html.j2", "index.html.j2"]


def test_only_identical_compilations_are_shared(tmp_path: Path) -> None:
    from jinja2 import DictLoader, Environment

    cache = voila_server.share_template_bytecode()
    cache.clear()
    source = {"t": "{% do items.append(1) %}{{ items | length }}"}
    with_do = Environment(loader=DictLoader(source), extensions=["jinja2.ext.do"], bytecode_cache=cache)
    assert with_do.get_template("t").render(items=[]) == "1"
    plain = Environment(loader=DictLoader(source), bytecode_cache=cache)  # cannot parse `do`
    from jinja2 import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        plain.get_template("t")
    async_env = Environment(loader=DictLoader({"u": "{{ 1 + 1 }}"}), enable_async=True, bytecode_cache=cache)
    sync_env = Environment(loader=DictLoader({"u": "{{ 1 + 1 }}"}), bytecode_cache=cache)
    assert sync_env.get_template("u").render() == "2"
    assert async_env.get_template("u").render() == "2"  # its own async compilation, not the sync one
    assert len(cache.codes) == 3


def test_serve_runs_voila_through_the_lean_launcher(tmp_path: Path) -> None:
    cmd = voila_command(8866)
    assert cmd[1:3] == ["-m", "advisor.app.voila_server"]
    env = serve_env(Settings(data_dir=tmp_path), base={"JUPYTER_PATH": "/x"})
    assert env["JUPYTER_PATH"].split(os.pathsep) == [str(TEMPLATES_ROOT), "/x", str(KERNELS_ROOT)]
    spec = json.loads((KERNELS_ROOT / "kernels" / "python3" / "kernel.json").read_text())
    assert spec["argv"] == ["python", "-m", "advisor.app.kernel", "-f", "{connection_file}"]
    assert is_kernel_command(" ".join(["/venv/bin/python", *spec["argv"][1:]]))
    assert is_kernel_command("/venv/bin/python -m ipykernel_launcher -f k.json")
    assert not is_kernel_command("/venv/bin/python -m advisor.app.voila_server workbooks")


def test_the_kernel_spec_voila_finds_is_the_lean_one(monkeypatch) -> None:  # noqa: ANN001
    from jupyter_client.kernelspec import KernelSpecManager

    monkeypatch.setenv("JUPYTER_PATH", os.pathsep.join([str(TEMPLATES_ROOT), str(KERNELS_ROOT)]))
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert spec.argv[1:3] == ["-m", "advisor.app.kernel"]


def test_compile_package_writes_current_byte_code() -> None:
    import advisor

    assert voila_server.compile_package()
    for py in Path(advisor.__file__).parent.rglob("*.py"):
        pyc = Path(importlib.util.cache_from_source(str(py)))
        assert pyc.is_file() and pyc.stat().st_mtime >= int(py.stat().st_mtime), py


@pytest.mark.slow
def test_the_lean_kernel_runs_cells_and_widgets_without_debugger_or_history(monkeypatch) -> None:  # noqa: ANN001
    from jupyter_client import KernelManager

    monkeypatch.setenv("JUPYTER_PATH", str(KERNELS_ROOT))
    km = KernelManager(kernel_name="python3")
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        info = kc.kernel_info(reply=True, timeout=30)["content"]
        assert info["status"] == "ok" and "debugger" not in info.get("supported_features", [])
        code = (
            "import sys, ipywidgets\n"
            "w = ipywidgets.Text(value='Rådgiver')\n"
            "print(w.value, sys.modules.get('debugpy'), get_ipython().history_manager.enabled)"
        )
        outputs: list[dict] = []
        reply = kc.execute_interactive(code, timeout=60, output_hook=outputs.append)
        assert reply["content"]["status"] == "ok"
        text = "".join(m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream")
        assert text.strip() == "Rådgiver None False"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def test_the_hubs_servers_load_the_template_cache_as_a_server_extension() -> None:
    from jupyter_server.extension.manager import ExtensionPackage

    from advisor.app.hub import launch

    config = json.loads((launch.HERE / "jupyter_config" / "jupyter_server_config.json").read_text())
    assert config["ServerApp"]["jpserver_extensions"]["advisor.app.voila_server"] is True
    package = ExtensionPackage(name="advisor.app.voila_server", enabled=True)
    assert package.validate()
    point = next(iter(package.extension_points.values()))
    point.load(None)
    from nbconvert.exporters.templateexporter import TemplateExporter

    assert TemplateExporter().environment.bytecode_cache is voila_server.share_template_bytecode()
