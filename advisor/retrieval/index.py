"""The hybrid index: Chroma holds our vectors, bm25s the lexical index, passages.jsonl the texts.

Re-indexing skips files whose content hash is unchanged; switching embedding model rebuilds.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor.core.jsonio import read_json, write_atomic, write_json
from advisor.core.models import IndexReport, Passage
from advisor.core.settings import BUNDLED_CORPUS, Settings
from advisor.corpus.chunk import passages_for
from advisor.corpus.limits import Limits
from advisor.corpus.load import load_corpus
from advisor.retrieval import dense
from advisor.retrieval.bundled_vectors import BundledVectors, embed_with

STATE_VERSION = 3  # bump when chunking, index text or its tokens change (3: English stop words)
# progress(stage, fraction, **counts): stage is load | model | embed | bm25 | done; counts are
# files/files_total while loading and passages/passages_total while embedding (advisor.cli.progress).
Progress = Callable[..., None]


def chroma_client(settings: Settings) -> Any:
    """A Chroma client for the configured store, always with telemetry off."""
    from advisor.backends.chroma_import import import_chromadb

    chromadb = import_chromadb()
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    match settings.vector_store:
        case "embedded":
            path = settings.index_dir / "chroma"
            path.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        case "server":
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        case "memory":
            return chromadb.EphemeralClient(settings=chroma_settings)
        case other:
            raise ValueError(f"unknown vector store: {other}")


def collection_name(settings: Settings) -> str:
    return f"{settings.collection}-{settings.embedding}".replace("_", "-")[:60]


def get_collection(client: Any, settings: Settings) -> Any:
    """The index's Chroma collection, created if missing, with embedding_function=None so Chroma never embeds."""
    # embedding_function=None: Chroma must never embed (its default downloads a model).
    return client.get_or_create_collection(
        collection_name(settings), embedding_function=None, metadata={"hnsw:space": "cosine"}
    )


class IndexFiles:
    """Paths of the files that make up one index."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.state = root / "state.json"
        self.passages = root / "passages.jsonl"
        self.bm25 = root / "bm25"


def read_passages(path: Path) -> list[Passage]:
    """All passages of an index, in index order."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [Passage.model_validate_json(line) for line in fh if line.strip()]


def _write_passages(path: Path, passages: list[Passage]) -> None:
    write_atomic(path, "".join(p.model_dump_json() + "\n" for p in passages))


def build_bm25(passages: list[Passage], folder: Path | None) -> Any:
    """Index passages with BM25 (title and section count as text too) and save it."""
    import bm25s

    from advisor.core.text import tokens

    corpus = [tokens(index_text(p)) for p in passages]
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    if folder is not None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        retriever.save(str(tmp), show_progress=False)
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    return retriever


def build_index(
    settings: Settings,
    corpus_dirs: list[Path] | None = None,
    rebuild: bool = False,
    progress: Progress | None = None,
    use_bundled: bool = True,
) -> IndexReport:
    """Bring the index up to date with the corpus folders; unchanged files are skipped by hash.

    Passages whose vector ships with the package (advisor/retrieval/bundled_vectors.py) are not
    embedded again unless `use_bundled` is False.
    """
    from advisor.backends.embeddings import make_embedder

    started = time.perf_counter()
    say = progress or (lambda _stage, _frac, **_counts: None)
    files = IndexFiles(settings.index_dir)
    files.root.mkdir(parents=True, exist_ok=True)
    dirs = corpus_dirs if corpus_dirs is not None else [*settings.corpus_dirs, *remembered_dirs(settings)]
    dirs = list(dict.fromkeys(Path(d).expanduser().resolve() for d in dirs))
    state = read_json(files.state, None) or {}

    embedder_name = _embedder_name(settings)
    stale = (
        rebuild
        or state.get("version") != STATE_VERSION
        or state.get("embedder") != embedder_name
        or state.get("vector_store") != _store_key(settings)
        or not files.passages.is_file()
        or (settings.vector_store == "embedded" and not (files.root / "chroma").is_dir())
    )
    if stale:
        state = {}
    known_files: dict[str, dict] = state.get("files", {})
    known = {path: info["sha256"] for path, info in known_files.items()}
    report = IndexReport()
    say("load", 0.05)
    docs = []
    limits = Limits.from_settings(settings)
    for folder in dirs:
        loaded, problems = load_corpus(
            Path(folder),
            settings.language,
            known=known,
            limits=limits,
            on_file=lambda done, total: say("load", 0.05, files=done, files_total=total),
        )
        docs.extend(loaded)
        report.problems.extend(problems)

    present = {str(d.path) for d in docs}
    new_files: dict[str, dict] = {}
    to_embed: list[Passage] = []
    removed_ids: list[str] = []
    for doc in docs:
        key = str(doc.path)
        if not doc.sections and known.get(key) == doc.sha256:
            new_files[key] = known_files[key]
            report.files_skipped += 1
            continue
        old_ids = known_files.get(key, {}).get("passage_ids", [])
        removed_ids.extend(old_ids)
        fresh = passages_for(doc)
        fresh = _unique_ids(fresh, taken={pid for f, info in new_files.items() for pid in info["passage_ids"]})
        new_files[key] = {"sha256": doc.sha256, "source_id": doc.source.id, "passage_ids": [p.id for p in fresh]}
        to_embed.extend(fresh)
        report.files_indexed += 1
    for key, info in known_files.items():
        if key not in present:
            removed_ids.extend(info.get("passage_ids", []))
            report.files_removed += 1

    keep_ids = {pid for info in new_files.values() for pid in info["passage_ids"]}
    fresh_ids = {p.id for p in to_embed}
    stale_ids = [pid for pid in set(removed_ids) if pid not in fresh_ids]
    needs_store = stale or bool(to_embed) or bool(stale_ids) or settings.vector_store == "memory"
    changed = bool(to_embed) or bool(removed_ids) or stale
    snapshot = settings.vector_store == "embedded"
    old_dense = state.get("dense") if snapshot else None
    if snapshot and (needs_store or not _dense_is_current(files, old_dense)):
        # The snapshot must never outlive the collection it copies: gone before Chroma changes.
        dense.remove(files.root)
        old_dense = None
    open_store = needs_store or (snapshot and old_dense is None)
    passages = read_passages(files.passages) if (changed or open_store) and not stale else []
    by_id = {p.id: p for p in passages}
    if open_store:
        # Opening Chroma costs seconds of imports: only when there is something to write.
        say("store", 0.08)
        client = chroma_client(settings)
        if stale:
            try:
                client.delete_collection(collection_name(settings))
            except Exception:  # no such collection yet
                pass
        collection = get_collection(client, settings)
        if not stale and collection.count() != len(passages):
            # The store lost rows behind our back: re-embed everything.
            return build_index(settings, corpus_dirs, rebuild=True, progress=progress, use_bundled=use_bundled)
    for start in range(0, len(stale_ids), 500):
        collection.delete(ids=stale_ids[start : start + 500])

    if to_embed:
        say("model", 0.1, passages=0, passages_total=len(to_embed))
        embedder = make_embedder(settings)
        # Vectors shipped with the package for the bundled corpus, where model and text match.
        bundled = BundledVectors.load(embedder) if use_bundled else None
        total = len(to_embed)
        batch = 64
        for start in range(0, total, batch):
            chunk = to_embed[start : start + batch]
            vectors, _embedded = embed_with(embedder, bundled, [index_text(p) for p in chunk])
            collection.upsert(
                ids=[p.id for p in chunk],
                embeddings=vectors.tolist(),
                documents=[p.text for p in chunk],
                metadatas=[{"source_id": p.source_id, "ref": p.ref, "kind": p.kind} for p in chunk],
            )
            say(
                "embed",
                0.1 + 0.85 * min(1.0, (start + len(chunk)) / total),
                passages=start + len(chunk),
                passages_total=total,
            )

    if changed:
        fresh_by_id = {p.id: p for p in to_embed}
        merged = {pid: by_id[pid] for pid in by_id if pid in keep_ids and pid not in fresh_by_id}
        merged.update(fresh_by_id)
        ordered = [merged[pid] for info in new_files.values() for pid in info["passage_ids"] if pid in merged]
        _write_passages(files.passages, ordered)
        say("bm25", 0.97)
        build_bm25(ordered, files.bm25)
        passages = ordered
    elif not files.bm25.is_dir():
        passages = read_passages(files.passages)
        build_bm25(passages, files.bm25)

    if snapshot and old_dense is None:
        old_dense = dense.write(files.root, collection, embedder_name)
    write_json(
        files.state,
        {
            "version": STATE_VERSION,
            "embedder": embedder_name,
            "vector_store": _store_key(settings),
            "files": new_files,
            "passages": sum(len(info["passage_ids"]) for info in new_files.values()),
            **({"dense": old_dense} if old_dense else {}),
        },
    )
    say("done", 1.0)
    report.passages = sum(len(info["passage_ids"]) for info in new_files.values())
    report.seconds = time.perf_counter() - started
    return report


def write_bundled_vectors(
    settings: Settings, corpus_dir: Path | None = None, folder: Path | None = None
) -> tuple[Path, int]:
    """Embed every passage of the bundled corpus with the model and ship the vectors (`make vectors`).

    Nothing is reused: the file is made from the model alone. `corpus_dir` and `folder` are for
    tests (default: the bundled corpus, advisor/data/vectors/). Returns (file, passages).
    """
    from advisor.backends.embeddings import make_embedder
    from advisor.retrieval import bundled_vectors

    docs, _problems = load_corpus(Path(corpus_dir or BUNDLED_CORPUS), settings.language, known={})
    texts = [index_text(p) for doc in docs for p in passages_for(doc)]
    embedder = make_embedder(settings)
    path = bundled_vectors.write(embedder, texts, folder)
    return path, len(set(texts))


def _dense_is_current(files: IndexFiles, facts: dict | None) -> bool:
    """The snapshot files are there and carry the hash the state recorded (cheap: no vectors read)."""
    if not facts:
        return False
    meta = read_json(files.root / dense.META, None) or {}
    return meta.get("sha256") == facts.get("sha256") and (files.root / dense.VECTORS).is_file()


def _remembered_file(settings: Settings) -> Path:
    return settings.data_dir / "user_corpus_dirs.json"


def remembered_dirs(settings: Settings) -> list[Path]:
    """Folders of the user's own documents that `flexwork index --corpus DIR` added earlier."""
    return [Path(p) for p in read_json(_remembered_file(settings), []) or []]


def remember_dirs(settings: Settings, dirs: list[Path], forget: bool = False) -> list[Path]:
    """Add (or with forget=True remove) user folders so that later re-indexing keeps them."""
    current = [str(p) for p in remembered_dirs(settings)]
    for d in dirs:
        key = str(Path(d).expanduser().resolve())
        if forget and key in current:
            current.remove(key)
        elif not forget and key not in current:
            current.append(key)
    write_json(_remembered_file(settings), current)
    return [Path(p) for p in current]


def index_is_current(settings: Settings) -> bool:
    """True when an index exists for these settings (it may still lag behind edited files)."""
    files = IndexFiles(settings.index_dir)
    state = read_json(files.state, None)
    return bool(state) and state.get("embedder") == _embedder_name(settings) and files.passages.is_file()


def _unique_ids(passages: list[Passage], taken: set[str]) -> list[Passage]:
    out = []
    for p in passages:
        pid, n = p.id, 1
        while pid in taken:
            n += 1
            pid = f"{p.id}-{n}"
        taken.add(pid)
        out.append(p if pid == p.id else p.model_copy(update={"id": pid}))
    return out


def index_text(p: Passage) -> str:
    """What the retrievers see: title, reference, summary and text give the passage its context."""
    head = p.ref if p.section in p.ref else f"{p.ref}: {p.section}"
    if p.title and p.title not in head:
        head = f"{p.title}. {head}"
    parts = [head, p.about, p.text]
    return "\n".join(x for x in parts if x)


def _embedder_name(settings: Settings) -> str:
    return f"{settings.embedding}:{settings.embedding_model_path or ''}"


def _store_key(settings: Settings) -> str:
    if settings.vector_store == "server":
        return f"server:{settings.chroma_host}:{settings.chroma_port}"
    return settings.vector_store


def describe(settings: Settings) -> dict:
    """Index facts for `flexwork index --status` and the benchmark."""
    files = IndexFiles(settings.index_dir)
    state = read_json(files.state, {}) or {}
    return {
        "index_dir": str(files.root),
        "passages": state.get("passages", 0),
        "files": len(state.get("files", {})),
        "embedder": state.get("embedder"),
    }


__all__ = ["build_index", "chroma_client", "get_collection", "index_is_current", "json", "read_passages"]
