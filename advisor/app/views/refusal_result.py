"""How a refusal check is shown: the verdict box first, «what I read» with one-click corrections,
then the method's findings, what would change it and the sources (grouped by source) folded out."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from advisor.app.views.citations import as_citations, citation_html, line_html
from advisor.app.views.common import Page, esc
from advisor.tasks.refusal.report import msg

CSS = """<style>
.fw-verdict { border: 2px solid #0b4f8a; border-radius: 8px; padding: 10px 14px; margin: 6px 0 10px 0; background: #f5f9fd; }
.fw-verdict.fw-v-refusal_likely_unjustified { border-color: #1b6e20; background: #f1f8f1; }
.fw-verdict.fw-v-refusal_likely_justified { border-color: #8a1c1c; background: #fdf3f3; }
.fw-verdict.fw-v-unclear { border-color: #b35900; background: #fff8ef; }
.fw-verdict h2 { margin: 0 0 4px 0; font-size: 1.2em; }
.fw-verdict .fw-verdict-sentence { font-size: 1.08em; font-weight: 600; margin: 2px 0 6px 0; }
.fw-verdict ul { margin: 2px 0 4px 1.2em; padding: 0; }
.fw-verdict h3 { font-size: 1em; margin: 6px 0 2px 0; }
.fw-read mark { background: #fff2a8; padding: 0 1px; border-radius: 2px; }
.fw-read .fw-read-text { border-left: 3px solid #ccc; padding: 2px 8px; margin: 4px 0; white-space: pre-wrap; }
.fw-fold > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
.fw-source-group { margin: 6px 0; }
.fw-source-group h5 { margin: 4px 0; font-size: 0.98em; }
</style>"""


def _lines(items: list[str], uid: str, known: set[int]) -> str:
    return "".join(f"<li>{line_html(x, uid, known)}</li>" for x in items if x)


def verdict_html(check: dict[str, Any], page: Page) -> str:
    """The one box a representative needs: assessment, deciding facts, deadline, what to get next."""
    lang = page.lang
    v = check.get("verdict") or {}
    if not v:
        return ""
    known = {c["n"] for c in check.get("citations", [])}
    uid = "verdict"
    deciding = "".join(
        f"<li>{esc(f.get('label', ''))}: «{esc(f.get('source', ''))}»</li>" for f in v.get("deciding", [])
    )
    get = v.get("get") or []
    parts = [
        CSS,
        f'<section class="fw-verdict fw-v-{esc(check.get("assessment"))}" role="status" aria-live="polite">',
        f"<h2>{esc(msg('rf.verdict.heading', lang))}</h2>",
        f'<p class="fw-verdict-sentence">{line_html(v.get("sentence", ""), uid, known)}</p>',
    ]
    if deciding:
        parts.append(f"<h3>{esc(msg('rf.verdict.deciding', lang))}</h3><ul>{deciding}</ul>")
    parts.append(f"<h3>{esc(msg('rf.verdict.deadline', lang))}</h3><p>{esc(v.get('deadline', ''))}</p>")
    if get:
        parts.append(f"<h3>{esc(msg('rf.verdict.get', lang))}</h3><ul>{_lines(get, uid, known)}</ul>")
    parts.append("</section>")
    return "".join(parts)


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` escaped, with each (start, end, title) span marked."""
    out, last = [], 0
    for start, end, title in sorted({s for s in spans if 0 <= s[0] < s[1] <= len(text)}):
        if start < last:
            continue
        out.append(esc(text[last:start]))
        out.append(f'<mark title="{esc(title)}">{esc(text[start:end])}</mark>')
        last = end
    out.append(esc(text[last:]))
    return "".join(out)


def read_html(check: dict[str, Any], texts: dict[str, str], page: Page) -> str:
    """The user's own texts with every fact the check read highlighted."""
    facts = check.get("facts") or []
    parts = ['<div class="fw-read">']
    for where, text in texts.items():
        spans = [
            (f["start"], f["end"], f.get("label", f["field"]))
            for f in facts
            if f.get("where") == where and f.get("start", -1) >= 0
        ]
        if text.strip() and spans:
            parts.append(f'<div class="fw-read-text" data-where="{esc(where)}">{highlighted(text, spans)}</div>')
    parts.append("</div>")
    return "".join(parts)


class FactsPanel:
    """«What I read»: each fact with a «wrong» box; ticking one re-runs the check with the correction."""

    def __init__(self, page: Page, on_correct: Callable[[dict], None]) -> None:
        self.page = page
        self.on_correct = on_correct
        self.text = w.HTML("", layout=w.Layout(width="100%"))
        self.boxes = w.VBox([], layout=w.Layout(width="100%"))
        self.widget = w.VBox([self.text, self.boxes], layout=w.Layout(width="100%"))
        self.widget.add_class("fw-facts")

    def show(self, check: dict[str, Any] | None, texts: dict[str, str], corrections: list[dict]) -> None:
        """Show what the check read (the highlighted texts and one box per fact to mark it wrong); empty without a check."""
        lang = self.page.lang
        if not check:
            self.text.value = ""
            self.boxes.children = ()
            return
        facts = [f for f in check.get("facts", []) if f.get("field") not in ("compensated",)]
        intro = (
            f"<h3>{esc(msg('rf.read.heading', lang))}</h3><p class='fw-note'>{esc(msg('rf.read.intro', lang))}</p>"
            if facts
            else f"<p>{esc(msg('rf.read.none', lang))}</p>"
        )
        self.text.value = intro + read_html(check, texts, self.page)
        boxes = []
        for f in facts:
            how = msg(f"rf.read.by.{f.get('how', 'rule')}", lang)
            where = f.get("where", "")
            src = f.get("source", "")
            desc = f"{f.get('label', f['field'])} — «{src[:90]}» ({how})"
            if where and f.get("start", -1) < 0 and where.startswith(("employee.", "employer.")):
                desc = f"{f.get('label', f['field'])} — {msg('rf.read.from_field', lang, field=where)}"
            box = w.Checkbox(value=False, description=desc, indent=False, layout=w.Layout(width="100%"))
            box.add_class("fw-fact")
            box.tooltip = msg("rf.read.wrong", lang)
            value = f.get("value")

            def toggle(change: dict, field: str = f["field"], value: Any = value) -> None:
                if change.get("name") == "value" and change.get("new"):
                    self.on_correct({"field": field, "value": value, "action": "remove"})

            box.observe(toggle, names="value")
            boxes.append(
                w.HBox(
                    [box, w.HTML(f"<span class='fw-note'>{esc(msg('rf.read.wrong', lang))}</span>")],
                    layout=w.Layout(width="100%"),
                )
            )
        for c in corrections:
            boxes.append(
                w.HTML(
                    f"<p class='fw-note'>{esc(msg('rf.read.corrected', lang))}: "
                    f"{esc(c.get('field'))} = {esc(c.get('value'))}</p>"
                )
            )
        self.boxes.children = tuple(boxes)


def grouped_citations_html(citations: list[dict], lang: str, uid: str) -> str:
    """The sources, each cited passage once, grouped under its source document."""
    cits = as_citations(citations)
    groups: dict[str, list] = {}
    for c in cits:
        groups.setdefault(c.title or c.ref, []).append(c)
    out = []
    for title, items in groups.items():
        # the one renderer for a source: quote, reference, in-force or decision date, link, checks
        rows = "".join(citation_html(c, uid, lang) for c in items)
        out.append(f'<div class="fw-source-group"><h5>{esc(title)}</h5>{rows}</div>')
    return "".join(out)


def details_html(check: dict[str, Any], page: Page) -> str:
    """Findings step by step, what would change it, next steps and sources — folded."""
    lang = page.lang
    uid = "verdict"  # one citation numbering for the whole result: the markers in the box link here too
    known = {c["n"] for c in check.get("citations", [])}
    by_step: dict[str, list[str]] = {}
    for f in check.get("findings", []):
        by_step.setdefault(f.get("criterion", ""), []).append(f.get("assessment", ""))
    steps = "".join(
        f"<h4>{esc(msg(f'rf.step.{k}', lang))}</h4><ul>{_lines(v, uid, known)}</ul>" for k, v in by_step.items() if k
    )
    parts = []
    if steps:
        parts.append(
            f'<details class="fw-fold" open><summary>{esc(msg("rf.steps.heading", lang))}</summary>{steps}</details>'
        )
    change = check.get("what_would_change") or []
    if change:
        parts.append(
            f'<details class="fw-fold"><summary>{esc(msg("rf.change.heading", lang))}</summary>'
            f"<ul>{_lines(change, uid, known)}</ul></details>"
        )
    nxt = check.get("next_steps") or []
    if nxt:
        parts.append(
            f'<details class="fw-fold"><summary>{esc(page.t("after.steps"))}</summary>'
            f"<ul>{_lines(nxt, uid, known)}</ul></details>"
        )
    cits = check.get("citations") or []
    if cits:
        parts.append(
            f'<details class="fw-fold"><summary>{esc(msg("rf.sources.heading", lang))} ({len(cits)})</summary>'
            f"{grouped_citations_html(cits, lang, uid)}</details>"
        )
    if check.get("disclaimer"):
        parts.append(f'<p class="fw-note">{esc(check["disclaimer"])}</p>')
    return "".join(parts)


def plain_markers(text: str) -> str:
    return re.sub(r"\s*\[\d+\]", "", text or "")
