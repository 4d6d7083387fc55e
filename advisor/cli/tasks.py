"""CLI sub-commands for the advisor tasks: draft, rehearse, check-refusal, agreement-gaps."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from advisor.core.i18n import t
from advisor.core.models import CitedDraft, PolicyInput, Proposal, RefusalCase, Situation, public_citation
from advisor.core.settings import Settings

M = TypeVar("M", bound=BaseModel)


class InputError(ValueError):
    """A user's input file that cannot be used, with a message in their language."""


def _say(lang: str, key: str, **kw: object) -> str:
    return t(f"cli.{key}", lang, **kw)


def read_model(path: str | Path, model: type[M], lang: str = "nb") -> M:
    """Read and validate a JSON file as `model`; InputError with a clear message otherwise."""
    p = Path(path)
    if not p.is_file():
        raise InputError(_say(lang, "missing", path=p))
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise InputError(_say(lang, "json", path=p, line=exc.lineno, msg=exc.msg)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(_say(lang, "not_utf8", path=p)) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(str(x) for x in e['loc']) or '(rot)'}: {e['msg']}" for e in exc.errors()[:8])
        raise InputError(_say(lang, "invalid", path=p, fields=fields)) from exc


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(**({"language": args.lang} if getattr(args, "lang", None) else {}))


def draft_json(draft: CitedDraft) -> dict:
    """A cited draft as JSON, citations in the shape of `flexwork ask --json`."""
    return {
        "kind": draft.kind,
        "title": draft.title,
        "backend": draft.backend,
        "notice": draft.notice,
        "sections": [s.model_dump() for s in draft.sections],
        "citations": [public_citation(c) for c in draft.citations],
    }


def _emit(draft: CitedDraft, args: argparse.Namespace, lang: str, extra: dict | None = None) -> None:
    from advisor.answering.export import to_docx, to_markdown
    from advisor.core.jsonio import write_atomic

    if args.out:
        out = Path(args.out)
        if out.suffix.lower() == ".docx":
            to_docx(draft, out, lang=lang)
        else:
            write_atomic(out, to_markdown(draft, lang=lang))
        print(_say(lang, "written", path=out), file=sys.stderr)
    if args.json:
        print(json.dumps(draft_json(draft) | (extra or {}), ensure_ascii=False, indent=1))
    elif not args.out:
        print(to_markdown(draft, lang=lang))


def cmd_draft(args: argparse.Namespace) -> int:
    """`flexwork draft WHAT`: a cited draft (arguments, objections, next steps, agreement, policy)."""
    settings = _settings(args)
    lang = settings.language
    extra: dict = {}
    if args.what == "next-steps":
        from advisor.tasks.next_steps import next_steps

        case_file = args.case or args.situation
        if not case_file:
            raise InputError(_say(lang, "need_case"))
        draft = next_steps(read_model(case_file, RefusalCase, lang), settings=settings)
        _emit(draft, args, lang)
        return 0
    if args.what == "policy":
        from advisor.tasks.policy import draft_policy

        policy = read_model(args.policy, PolicyInput, lang) if args.policy else PolicyInput()
        if args.org:
            policy = policy.model_copy(update={"org": args.org})
        points = {str(i): p.model_dump() for i, p in policy.points.items()}
        names = {i: t(f"hr.point.{i}", lang) for i in range(1, 10)}
        _emit(draft_policy(policy.org, points, lang, names), args, lang)
        return 0
    if not args.situation:
        raise InputError(_say(lang, "missing", path="--situation"))
    situation = read_model(args.situation, Situation, lang)
    proposal = read_model(args.proposal, Proposal, lang) if args.proposal else Proposal()
    if args.what == "arguments":
        from advisor.tasks.arguments import draft_arguments

        result = draft_arguments(situation, proposal, settings=settings)
        draft = result.draft
        extra = {"reframes": [r.model_dump(include={"before", "after", "why"}) for r in result.reframes]}
    elif args.what == "objections":
        from advisor.tasks.objections import draft_objections

        draft = draft_objections(situation, proposal, settings=settings)
    else:
        from advisor.tasks.agreement.draft import draft_agreement

        draft = draft_agreement(situation, proposal, kind=args.kind, settings=settings)
    _emit(draft, args, lang, extra)
    return 0


def cmd_rehearse(args: argparse.Namespace) -> int:
    """`flexwork rehearse`: the role-play in the terminal, scored by the coach."""
    from advisor.tasks.rehearse.session import Session

    settings = _settings(args)
    lang = settings.language
    situation = read_model(args.situation, Situation, lang)
    proposal = read_model(args.proposal, Proposal, lang) if args.proposal else Proposal()
    session = Session(situation, proposal, seed=args.seed, settings=settings)
    print(_say(lang, "rehearse_intro"))
    turn = session.opening()
    print(f"\n{_say(lang, 'manager')}: {turn.text}")
    while not session.done:
        try:
            reply = input(f"\n{_say(lang, 'you')}: ")
        except EOFError:
            break
        if not reply.strip():
            break
        exchange = session.reply(reply)
        fb = exchange.feedback
        print(f"\n{_say(lang, 'coach')} ({_say(lang, 'score')} {fb.total}/{fb.max_total}):")
        for section in fb.cited.sections:
            for line in section.lines:
                print(f"  {line}")
        for c in fb.cited.citations:
            print(f"    [{c.n}] {c.ref}")
        print(f"\n{_say(lang, 'manager')}: {exchange.manager.text}")
    if session.scores:
        print(f"\n{_say(lang, 'score')}: " + " → ".join(str(s) for s in session.scores))
    return 0


def cmd_check_refusal(args: argparse.Namespace) -> int:
    """`flexwork check-refusal CASE.json`: whether an employer's refusal holds up, cited."""
    from advisor.tasks.refusal.check import check_refusal

    settings = _settings(args)
    lang = settings.language
    case = read_model(args.case, RefusalCase, lang)
    result = check_refusal(case, settings=settings)
    public = result.public()
    if args.json:
        print(json.dumps(public, ensure_ascii=False, indent=1))
        return 0
    print(render_refusal_text(public, lang))
    return 0


def render_refusal_text(public: dict, lang: str) -> str:
    """A readable report of a refusal check: the verdict box first, then what was read, the findings, the sources."""
    from advisor.answering.grounding import citation_facts

    v = public.get("verdict") or {}
    bar = "=" * 72
    out = [bar, f"{t('rf.verdict.heading', lang).upper()}: {v.get('sentence') or public['assessment']}"]
    if v.get("deciding"):
        out.append(f"{t('rf.verdict.deciding', lang)}:")
        out += [f"  • {f.get('label') or f['field']}: «{f['source']}»" for f in v["deciding"]]
    out.append(f"{t('rf.verdict.deadline', lang)}: {v.get('deadline', '')}")
    if v.get("get"):
        out.append(f"{t('rf.verdict.get', lang)}:")
        out += [f"  • {g}" for g in v["get"]]
    out += [bar, "", f"{t('rf.text.facts', lang)}:"]
    for f in public.get("facts", []):
        if f["field"] != "compensated":
            out.append(f"  - {f.get('label') or f['field']}: «{f['source']}» ({f.get('how', '')})")
    out += ["", f"{t('rf.text.findings', lang)}:"]
    step = None
    for f in public["findings"]:
        if f["criterion"] != step:
            step = f["criterion"]
            out.append(f"  {t('rf.step.' + step, lang)}")
        out.append(f"    - {f['assessment']}")
    if public.get("what_would_change"):
        out += ["", f"{t('rf.change.heading', lang)}:"] + [f"  - {c}" for c in public["what_would_change"]]
    out += ["", f"{t('cli.refusal.next_steps', lang)}:"] + [f"  - {s}" for s in public["next_steps"]]
    if public.get("notice"):
        out += ["", f"({public['notice']})"]
    out += ["", f"{t('rf.sources.heading', lang)}:"]
    groups: dict[str, list[dict]] = {}
    for c in public["citations"]:  # grouped by source, each cited passage once
        groups.setdefault(c.get("title") or c["ref"], []).append(c)
    for title, items in groups.items():
        out.append(f"  {title}")
        for c in items:
            quote, wording = citation_facts(c["passage_id"], bool(c.get("verified")), c.get("status", "verified"), lang)
            out.append(
                "    "
                + t(
                    "cite.line",
                    lang,
                    n=c["n"],
                    ref=c["ref"],
                    title=c["title"],
                    url=f" <{c['url']}>" if c.get("url") else "",
                    quote_check=quote,
                    wording=wording,
                ).rstrip(" ·")
            )
    out += ["", public.get("disclaimer") or t("advice.disclaimer", lang)]
    return "\n".join(out)


def cmd_agreement_gaps(args: argparse.Namespace) -> int:
    """`flexwork agreement-gaps FILE`: what an existing agreement lacks."""
    from advisor.answering.export import to_markdown
    from advisor.corpus.limits import DocumentRefused, Limits
    from advisor.corpus.load import check_document

    settings = _settings(args)
    lang = settings.language
    limits = Limits.from_settings(settings)
    try:
        if args.file != "-" and Path(args.file).is_file():
            check_document(Path(args.file), limits)  # before the gap check's imports (seconds): refused at once
        from advisor.tasks.agreement.gaps import AgreementReadError, agreement_gaps

        try:
            report = agreement_gaps(Path(args.file) if args.file != "-" else sys.stdin.read(), limits, lang=lang)
        except AgreementReadError as exc:
            raise InputError(exc.user_message(lang)) from exc
    except DocumentRefused as exc:
        raise InputError(exc.user_message(lang)) from exc
    if args.json:
        print(report.model_dump_json(indent=1, exclude={"cited"}))
    else:
        print(to_markdown(report.cited, lang=lang))
    return 1 if any(g.mandatory for g in report.missing) and args.strict else 0


def _guard(func):
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except InputError as exc:
            print(str(exc), file=sys.stderr)
            return 2

    return run


def register(sub: argparse._SubParsersAction) -> None:
    """Add the task commands to the `flexwork` parser."""
    p = sub.add_parser("draft", help="draft arguments, objections, next steps, the written agreement or an HR policy")
    p.add_argument("what", choices=["arguments", "objections", "next-steps", "agreement", "policy"])
    p.add_argument("--situation", metavar="FILE", help="Situation JSON (see examples/)")
    p.add_argument("--proposal", metavar="FILE", help="Proposal JSON (see examples/)")
    p.add_argument("--case", metavar="FILE", help="RefusalCase JSON, for next-steps")
    p.add_argument("--kind", choices=["hjemmekontor", "fleksitid", "begge"], default="begge", help="agreement kind")
    p.add_argument("--policy", metavar="FILE", help="PolicyInput JSON, for policy (see examples/policy.json)")
    p.add_argument("--org", metavar="NAME", help="the organisation's name, for policy")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", metavar="FILE", help="write .docx or .md")
    p.set_defaults(func=_guard(cmd_draft))

    p = sub.add_parser("rehearse", help="role-play the negotiation in the terminal")
    p.add_argument("--situation", metavar="FILE", required=True)
    p.add_argument("--proposal", metavar="FILE")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=_guard(cmd_rehearse))

    p = sub.add_parser("check-refusal", help="check whether an employer's refusal holds up")
    p.add_argument("case", metavar="CASE.json")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_guard(cmd_check_refusal))

    p = sub.add_parser("agreement-gaps", help="list what an existing agreement lacks")
    p.add_argument("file", metavar="FILE", help=".docx, .md or .txt (or - for standard input)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--strict", action="store_true", help="exit 1 if a mandatory item is missing")
    p.set_defaults(func=_guard(cmd_agreement_gaps))
