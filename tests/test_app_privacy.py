"""Privacy and isolation in the app, without a browser.

Two profiles on one data folder never see each other's data, in any workbook page, export or file;
crafted user names and keys ('../anna', "anna' OR '1'='1", 'Anna' …) reach nothing of anna's and
delete nothing of hers; "delete my data" on the start page leaves no trace in the database files;
and the app's log never holds what was typed, even when saving or an action fails.
(The same, through Voilà and Chromium, is in test_e2e_reliability.py.)
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import ipywidgets as w
import pytest
import sqlalchemy as sa
from helpers import find, walk

from advisor.app import build
from advisor.app.context import AppContext, current_user, user_slug
from advisor.app.state import StateStore, sqlite_url
from advisor.app.steps.proposal import ProposalModel
from advisor.app.steps.refusal import RefusalModel
from advisor.app.steps.situation import SituationModel
from advisor.app.texts import catalogue
from advisor.app.workbooks import WORKBOOKS
from advisor.core.settings import Settings

# Distinctive things anna typed; none may ever reach another profile, a log or a deleted database.
ANNA = {
    "role": "Lønnsansvarlig ANNA-ROLLE-q7Zt",
    "health": "Jeg har ANNA-DIAGNOSE-k81x og trenger hvile.",
    "care": "Henter ANNA-BARN-Tindra i barnehagen kl. 15.",
    "refusal": "Søknaden avslås fordi ANNA-AVSLAG-w3Jp må bemanne resepsjonen.",
    "deliverables": "ANNA-LEVERANSE-5mQ hver fredag",
    "file": "ANNA-FIL-9vR",
}
MARKERS = [m for v in ANNA.values() for m in v.split() if m.startswith("ANNA-")]

CRAFTED = [
    "../anna",
    "../../anna",
    "./anna",
    "anna/",
    "anna/.",
    "users/anna",
    "anna\\",
    "_anna",
    "anna.",
    ".anna",
    "Anna",
    "ANNA",
    " anna",
    "anna ",
    "anna\n",
    "anna\x00",
    "anna' OR '1'='1",
    "' OR 1=1 --",
    "anna%",
    "ann_",
    "%",
    "*",
    "anna;DROP TABLE app_state;--",
    "anna@x.no",
]


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, embedding="fake")


def fill_anna(settings: Settings) -> AppContext:
    """Anna's intake, proposal and refusal case, saved through the step models, plus an exported file."""
    ctx = AppContext.create(settings, user="anna")
    SituationModel(ctx).update(role=ANNA["role"], health=ANNA["health"], care_duties=ANNA["care"], employer_size="120")
    ProposalModel(ctx).update(deliverables=ANNA["deliverables"], model="faste_hjemmedager", home_days=["mandag"])
    RefusalModel(ctx, key="refusal_tv").update(refusal=ANNA["refusal"], request="Fleksitid")
    ctx.lang = "en"
    (ctx.user_dir / "exports").mkdir(parents=True)
    (ctx.user_dir / "exports" / "avtale.docx").write_text(ANNA["file"], encoding="utf-8")
    return ctx


def page_text(root: w.Widget) -> str:
    """Everything a page shows or holds: HTML, field values, labels, placeholders and options."""
    parts = []
    for x in walk(root):
        for attr in ("value", "description", "placeholder", "tooltip"):
            v = getattr(x, attr, None)
            if isinstance(v, str):
                parts.append(v)
            elif isinstance(v, tuple | list):
                parts.append(json.dumps(v, default=str, ensure_ascii=False))
        parts.extend(str(o) for o in getattr(x, "options", ()) or ())
    return "\n".join(parts)


def leaks(text: str) -> list[str]:
    return [m for m in MARKERS if m in text]


def files_with_markers(folder: Path) -> dict[str, list[str]]:
    """Every file under `folder` (database, WAL, shared memory, logs, user files) holding a marker's bytes."""
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = [m for m in MARKERS if m.encode() in data]
            if hits:
                found[str(path.relative_to(folder))] = hits
    return found


def test_two_profiles_on_one_data_folder_never_see_each_other(settings: Settings, monkeypatch) -> None:
    anna = fill_anna(settings)
    # A JupyterHub user is who the hub says, whatever profile variable is left in the environment.
    monkeypatch.setenv("FLEXWORK_PROFILE", "anna")
    monkeypatch.setenv("JUPYTERHUB_USER", "bjorn")
    assert current_user() == "bjorn"
    for wb in WORKBOOKS:
        root = build(wb.notebook, settings)
        text = page_text(root)
        assert leaks(text) == [], (wb.notebook, leaks(text))
        # not anna's English (the union page has its own, speaking to the representative: issue 10)
        disclaimer = catalogue("nb")["rf.disclaimer.page" if wb.slug == "tillitsvalgt" else "disclaimer"]
        assert disclaimer in text.replace("&#x27;", "'"), wb.notebook
        assert "«bjorn»" in text, wb.notebook
    bjorn = AppContext.create(settings)
    assert bjorn.user == "bjorn" and bjorn.lang == "nb"
    assert leaks(json.dumps(bjorn.store.export("bjorn"), ensure_ascii=False)) == []
    # bjorn typing in his intake changes nothing of anna's
    root = build("01-situasjon.ipynb", settings)
    find(root, "fw-in-role").value = "bjorns rolle"
    assert SituationModel(anna).values["role"] == ANNA["role"]
    assert SituationModel(bjorn).values["role"] == "bjorns rolle"
    # separate folders; bjorn deleting everything removes nothing of anna's
    assert bjorn.user_dir != anna.user_dir and not anna.user_dir.is_relative_to(bjorn.user_dir)
    bjorn.delete_everything()
    assert anna.store.load("anna")["situation"]["role"] == ANNA["role"]
    assert (anna.user_dir / "exports" / "avtale.docx").is_file()


@pytest.mark.parametrize("crafted", CRAFTED, ids=repr)
def test_a_crafted_user_name_reaches_nothing_of_anna(settings: Settings, crafted: str) -> None:
    anna = fill_anna(settings)
    store = anna.store
    assert store.load(crafted) == {}
    assert store.get(crafted, "situation") is None
    assert leaks(json.dumps(store.export(crafted), ensure_ascii=False)) == []
    ctx = AppContext.create(settings, user=crafted)
    # the crafted user's folder is inside users/, and is neither anna's folder nor one above it
    users = (Path(settings.data_dir) / "users").resolve()
    mine = ctx.user_dir.resolve()
    assert mine.parent == users and mine != anna.user_dir.resolve()
    for notebook in ("01-situasjon.ipynb", "02-forslag.ipynb", "20-tillitsvalgt.ipynb", "00-start.ipynb"):
        assert leaks(page_text(build(notebook, settings, user=crafted))) == [], notebook
    ctx.save("situation", {"role": "overwrite?"})
    ctx.delete_everything()
    assert store.load("anna")["situation"]["role"] == ANNA["role"]
    assert store.load("anna")["refusal_tv"]["refusal"] == ANNA["refusal"]
    assert (anna.user_dir / "exports" / "avtale.docx").read_text(encoding="utf-8") == ANNA["file"]


@pytest.mark.parametrize("crafted", [c for c in CRAFTED if c == c.strip() and "\x00" not in c], ids=repr)
def test_a_crafted_profile_variable_is_just_another_profile(settings: Settings, monkeypatch, crafted: str) -> None:
    fill_anna(settings)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.setenv("FLEXWORK_PROFILE", crafted)
    assert current_user() == crafted
    assert leaks(page_text(build("01-situasjon.ipynb", settings))) == []


def test_user_folders_are_distinct_for_distinct_names() -> None:
    names = ["anna", *CRAFTED, "anna_x.no", "user", "_user", "..", "", "a" * 61, "a" * 62]
    slugs = [user_slug(n) for n in names]
    assert len(set(slugs)) == len(names), [(n, s) for n, s in zip(names, slugs, strict=True) if slugs.count(s) > 1]
    for slug in slugs:
        assert slug and "/" not in slug and "\\" not in slug and slug not in (".", "..") and len(slug) <= 80
    assert user_slug("kari") == "kari" and user_slug("ola.nordmann") == "ola.nordmann"


def test_blank_profile_variables_fall_back(monkeypatch) -> None:
    monkeypatch.setenv("JUPYTERHUB_USER", "  ")
    monkeypatch.setenv("FLEXWORK_PROFILE", "kari")
    assert current_user() == "kari"
    monkeypatch.setenv("FLEXWORK_PROFILE", "")
    assert current_user() == "lokal"


def test_crafted_keys_stay_in_the_callers_rows(settings: Settings) -> None:
    anna = fill_anna(settings)
    store = anna.store
    for key in ("situation' OR user='anna", "../situation", "situation%", "*", "situation\x00"):
        assert store.get("bjorn", key) is None
        store.save("bjorn", key, "bjorn's")
    assert store.get("bjorn", "situation") is None
    assert store.load("anna")["situation"]["role"] == ANNA["role"]
    assert leaks(json.dumps(store.load("bjorn"), ensure_ascii=False)) == []
    # an import names no user: whatever it says, it lands in the importer's rows
    store.import_(
        "bjorn", {"format": "flexwork-state", "version": 1, "user": "anna", "data": {"situation": {"role": "imported"}}}
    )
    assert store.get("anna", "situation")["role"] == ANNA["role"]
    with store.engine.connect() as conn:
        users = {
            r[0]
            for table in ("app_state", "app_fields", "app_docs")
            for r in conn.execute(sa.text(f"select distinct user from {table}"))
        }
    assert users == {"anna", "bjorn"}


def test_delete_on_the_start_page_leaves_nothing_behind(settings: Settings) -> None:
    fill_anna(settings)
    bjorn = AppContext.create(settings, user="bjorn")
    bjorn.save("situation", {"role": "bjorns rolle"})
    root = build("00-start.ipynb", settings, user="anna")
    delete = next(x for x in walk(root) if isinstance(x, w.Button) and x.description == catalogue("en")["data.delete"])
    delete.click()  # not confirmed: nothing happens
    assert "ANNA-ROLLE-q7Zt" in json.dumps(StateStore(sqlite_url(settings.data_dir)).load("anna"), ensure_ascii=False)
    confirm = next(x for x in walk(root) if isinstance(x, w.Checkbox))
    confirm.value = True
    delete.click()
    assert catalogue("en")["data.delete.done"] in page_text(root)
    store = StateStore(sqlite_url(settings.data_dir))
    assert store.load("anna") == {} and store.export("anna")["data"] == {}
    assert files_with_markers(Path(settings.data_dir)) == {}
    assert not (Path(settings.data_dir) / "users" / "anna").exists()
    assert store.load("bjorn") == {"situation": {"role": "bjorns rolle"}}


def test_failures_are_logged_without_what_was_typed(settings: Settings, monkeypatch, caplog, capfd) -> None:
    typed = "ANNA-DIAGNOSE-k81x"
    root = build("01-situasjon.ipynb", settings, user="anna")

    def refuse(self, user, key, value, *rest):  # noqa: ANN001, ARG001 - the driver's message quotes the row
        raise sa.exc.OperationalError(
            f"INSERT … VALUES ({json.dumps(value, ensure_ascii=False)})", {}, Exception("disk I/O error")
        )

    log = logging.getLogger("flexwork.app")
    log.addHandler(caplog.handler)
    try:
        monkeypatch.setattr(StateStore, "save", refuse)
        monkeypatch.setattr(StateStore, "patch", refuse)  # forms save field by field
        find(root, "fw-in-health").value = f"Jeg har {typed}"
        assert catalogue("nb")["error.storage"] in page_text(root)
        monkeypatch.undo()
        # an action that fails with the user's text in its exception
        ctx = AppContext.create(settings, user="anna")
        RefusalModel(ctx, key="refusal_tv").update(
            refusal=ANNA["refusal"], request="Fleksitid", refusal_received="2025-01-02", written_refusal=True
        )
        root = build("20-tillitsvalgt.ipynb", settings, user="anna")

        def boom(self, analysis=None):  # noqa: ANN001, ARG001 - check's signature: the page reads the case once
            raise ValueError(f"could not read {self.values['refusal']}")

        monkeypatch.setattr(RefusalModel, "check", boom)
        find(root, "fw-check-refusal").click()
        assert catalogue("nb")["error.generic"].split(".")[0] in page_text(root)
    finally:
        log.removeHandler(caplog.handler)
    app_log = (Path(settings.data_dir) / "logs" / "app.log").read_text(encoding="utf-8")
    assert "save situation failed: OperationalError" in app_log and "refusal check failed: ValueError" in app_log
    err = capfd.readouterr().err
    for text in (app_log, caplog.text, err):
        assert leaks(text) == [] and typed not in text
