"""Reading a refusal: the reasons the employer gave, what the request is about, and what is set aside.\n\nThe refusal text is untrusted data. It is only matched against patterns, never followed: a\nsentence that reads like an instruction to a machine, or cites a source the corpus does not\ncontain, is set aside together with the rest of its paragraph, and no citation ever comes from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from advisor.answering.grounding import corpus_passages
from advisor.core.models import Track
from advisor.tasks.refusal.rules import _rule, _rx, clean

if TYPE_CHECKING:
    pass


MAX_REASONS = 12


@dataclass(frozen=True)
class Reason:
    """One reason the employer gave: the sentence, the criteria it touches, how concrete it is."""

    text: str
    criteria: tuple[str, ...]
    strength: str  # general | concrete | documented


_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«\"'A-ZÆØÅ0-9(§\[<#`*-])")


_ABBREV = re.compile(
    r"\b(?:f\.eks|jf|jfr|nr|bl\.a|ca|evt|osv|mv|dvs|mht|pkt|kl|stk|ift|tlf|pr|ref|avd|mvh|hhv|iflg|ev|aml)\.$",
    re.IGNORECASE,
)


_BULLET = re.compile(r"^(?:[-*•–]|\d+[.)])\s+")


def _paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs, each a list of sentences; lines wrapped mid-sentence are rejoined."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        parts: list[list[str]] = []  # each line as its wrapped pieces; joined once (linear on long letters)
        for raw in block.split("\n"):
            line = _BULLET.sub("", raw.strip())
            if not line:
                continue
            if parts and parts[-1][-1][-1:] not in '.!?:;»"' and line[:1].islower():
                parts[-1].append(line)
            else:
                parts.append([line])
        sentences = []
        for line in (" ".join(p) for p in parts):
            start = 0
            for m in _SENTENCE_END.finditer(line):
                # Only the end of the piece can be an abbreviation; searching the whole piece again
                # after each abbreviation was quadratic («jf. … jf. … jf. …»).
                if _ABBREV.search(line[max(start, m.start() - 24) : m.start()]):
                    continue
                sentences.append(line[start : m.start()].strip())
                start = m.end()
            sentences.append(line[start:].strip())
        paragraphs.append([s for s in sentences if s])
    return paragraphs


def _norm_ref(ref: str) -> str:
    return re.sub(r"\s+", "", ref.lower())


@cache
def _known_references() -> frozenset[str]:
    """§ numbers, TLN decisions and court cases the bundled corpus mentions."""

    refs: set[str] = set()
    for p in corpus_passages().values():
        text = f"{p.ref}\n{p.text}"
        for kind in ("section", "section_ledd", "tln", "court"):
            refs.update(f"{kind}:{_norm_ref(m.group(1))}" for m in _rx("legal_reference", kind).finditer(text))
    return frozenset(refs)


def is_instruction(sentence: str) -> bool:
    """True when a sentence reads like an instruction to a machine (the «injection» patterns)."""
    return bool(_rx("injection").search(sentence))


def _set_aside(sentence: str) -> str | None:
    """Why a sentence of the refusal is not used: 'instruction', 'reference', or None."""
    if is_instruction(sentence):
        return "instruction"
    if _rx("legal_reference", "bracket").search(sentence) or _rx("legal_reference", "rt_page").search(sentence):
        return "reference"
    known = _known_references()
    for kind in ("section", "section_ledd", "tln", "court"):
        for m in _rx("legal_reference", kind).finditer(sentence):
            if f"{kind}:{_norm_ref(m.group(1))}" not in known:
                return "reference"
    return None


def screen_refusal(refusal: str) -> tuple[list[str], list[str]]:
    """(sentences to use, fragments set aside) of an untrusted refusal text."""
    kept, ignored = _screen(refusal)
    return list(kept), list(ignored)


@lru_cache(maxsize=4)  # one check screens the same letter up to three times
def _screen(refusal: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # An instruction sets aside everything after it, because appended instructions often span
    # paragraphs; an unverifiable reference sets aside only the rest of its paragraph.
    kept: list[str] = []
    seen: set[str] = set()  # a list lookup here was quadratic in the number of sentences
    ignored: list[str] = []
    stop = False
    for paragraph in _paragraphs(refusal):
        dropping = stop
        for sentence in paragraph:
            why = None if dropping else _set_aside(sentence)
            if why == "instruction":
                stop = True
            if dropping or why:
                dropping = True
                ignored.append(sentence)
            elif sentence not in seen:
                seen.add(sentence)
                kept.append(sentence)
    return tuple(kept), tuple(ignored)


def _without_references(text: str) -> str:
    for kind in ("section", "tln", "court", "rt_page"):
        text = _rx("legal_reference", kind).sub(" ", text)
    return text


def _documents(text: str) -> bool:
    return bool(_rx("documentation").search(_rx("negated_documentation").sub(" ", text)))


def _mechanisms(clause: str, criteria: list[str]) -> set[str]:
    """The distinct words in `clause` that name a disadvantage (vikar, logistikken, kostnader, ...)."""
    words = set()
    for key in criteria:
        for m in _rx("criteria", key).finditer(clause):
            start = m.start()
            while start > 0 and clause[start - 1].isalnum():
                start -= 1
            word = re.match(r"\w+", clause[start:])
            if word:
                words.add(word.group(0))
    return words


def _is_fragment(sentence: str) -> bool:
    """Headings, greetings and signatures: short lines that do not end like a sentence."""
    return not re.search(r"[.!?»]$", sentence) and len(sentence.split()) < 6


def _classify(sentence: str, documented_elsewhere: bool) -> list[Reason]:
    """The reasons in one sentence: assertive general clauses and concrete clauses are kept apart."""
    low = _without_references(sentence.lower())
    criteria_rules = _rule("criteria")
    dims = set(_rule("disadvantage_criteria"))
    for_specificity = _without_references(_rx("strip_for_specificity").sub(" ", sentence.lower()))
    specific = bool(_rx("specificity").search(for_specificity))
    if specific and _rx("speculative").search(low) and not re.search(r"\d", for_specificity):
        specific = False
    if specific and (_documents(low) or documented_elsewhere):
        strength = "documented"
    elif specific:
        strength = "concrete"
    else:
        strength = "general"

    general: list[str] = []
    other: list[str] = []
    mechanisms: set[str] = set()
    for clause in re.split(_rule("clause_split"), low):
        matched = [k for k in criteria_rules if _rx("criteria", k).search(clause)]
        if not matched:
            continue
        if _rx("hard_general").search(clause):
            # «Alle må være til stede kl. 8» is an assertion about everyone, not an argument about this post.
            kept = [k for k in matched if k not in dims and k != "general"]
            general += kept if "precedent" in kept else ["general", *kept]
        else:
            other += [k for k in matched if k != "general"] or ["general"]
            mechanisms |= _mechanisms(clause, [k for k in matched if k in dims])
    # Naming several operational mechanisms («planlegging, logistikk og mannskapssammensetning») is a
    # description, not a bare assertion, even without numbers.
    if (
        strength == "general"
        and len(mechanisms) >= _rule("thresholds", "mechanisms_for_concrete")
        and not _rx("speculative").search(low)
    ):
        strength = "documented" if (_documents(low) or documented_elsewhere) else "concrete"
    text = clean(sentence, 400)
    out = []
    if other:
        out.append(Reason(text=text, criteria=tuple(dict.fromkeys(other)), strength=strength))
    rest = [k for k in dict.fromkeys(general) if k not in other]
    if rest:
        out.append(Reason(text=text, criteria=tuple(rest), strength="general"))
    return out


def extract_reasons(refusal: str, employer_facts: str = "") -> tuple[list[Reason], list[str]]:
    """The employer's reasons in `refusal`, each classified, and the fragments set aside as untrustworthy."""
    kept, ignored = screen_refusal(refusal)
    documented = any(_documents(s.lower()) for s in kept) or _documents((employer_facts or "").lower())
    reasons: list[Reason] = []
    for s in kept:
        if len(reasons) >= MAX_REASONS:
            break
        if not _is_fragment(s):
            reasons += _classify(s, documented)
    return reasons[:MAX_REASONS], ignored


def _track_of(text: str) -> tuple[Track, str, list[Track]] | None:
    low = (text or "").lower()
    if not low.strip():
        return None
    sick = _rx("track", "sick").search(low)
    if _rx("track", "sick_leave_strong").search(low) or (sick and _rx("track", "adaptation").search(low)):
        return "other", "sick_leave", []
    if _rx("track", "overtime").search(low):
        return "other", "overtime", []
    low = _without_references(low)
    night = bool(_rx("track", "night_work").search(low))
    reduced = bool(_rx("track", "reduced_time").search(low))
    if _rx("track", "home_office").search(low):
        split: list[Track] = []
        if night:
            split.append("night_work")
        if reduced:
            split.append("reduced_time")
        if _rx("track", "time_of_day").search(low):
            split.append("flexible_time")
        return "home_office", "home_office", split
    if night:
        return "night_work", "night_work", []
    if reduced:
        return "reduced_time", "reduced_time", []
    if _rx("track", "flexible_time").search(low):
        return "flexible_time", "flexible_time", []
    if sick:
        return "other", "sick_leave", []
    return None


def classify_track(request: str, refusal: str = "") -> tuple[Track, str, list[Track]]:
    """(track, subject, split tracks): from the request, or from the screened refusal if the request says nothing."""
    found = _track_of(request)
    if found is None:
        kept, _ = screen_refusal(refusal)
        found = _track_of(" ".join(kept))
    return found or ("other", "unknown", [])
