"""The refusal check for union representatives (tillitsvalgte).

Which right a refused request falls under, what each reason the employer gave is worth against
Tvisteløsningsnemnda's criteria, what is missing, and the deadline to bring the case
(forskrift om tvisteløsningsnemnd § 4 (1)). Patterns live in advisor/data/refusal_rules.json and
every sentence the check writes lives, with its citations, in advisor/data/refusal_texts.json.

The refusal text is untrusted data. It is only matched against patterns, never followed: a
sentence that reads like an instruction to a machine, or cites a source the corpus does not
contain, is set aside together with the rest of its paragraph, and no citation ever comes from it.
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from advisor.models import Claim, RefusalCase, Track

if TYPE_CHECKING:
    from advisor.models import Overall, RefusalCheck
    from advisor.settings import Settings

TLN_TRACKS: tuple[Track, ...] = ("flexible_time", "reduced_time", "night_work")
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MAX_REASONS = 12


# --- data files ------------------------------------------------------------------------------


@cache
def data(name: str) -> dict:
    """One of the JSON files in advisor/data (without .json), parsed."""
    text = resources.files("advisor.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _rx(*path: str) -> re.Pattern[str]:
    """The patterns at `path` in refusal_rules.json, joined into one regular expression."""
    node: Any = data("refusal_rules")
    for key in path:
        node = node[key]
    patterns = [node] if isinstance(node, str) else list(node)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


def _rule(*path: str) -> Any:
    node: Any = data("refusal_rules")
    for key in path:
        node = node[key]
    return node


def label(kind: str, key: str, lang: str = "nb") -> str:
    """A UI label from refusal_texts.json: kind is 'track', 'subject', 'assessment', 'criterion' or 'headings'."""
    entry = data("refusal_texts")["labels"][kind][key]
    return entry.get(lang) or entry["nb"]


def criterion_label(key: str, lang: str = "nb") -> str:
    """The label of a finding's criterion, e.g. 'substitute' → 'Vikar og bemanning'."""
    return label("criterion", key, lang)


def clean(text: str, limit: int = 300) -> str:
    """User or employer text made safe to show inside a cited line: one line, no [n] markers, bounded."""
    text = " ".join((text or "").split()).replace("[", "(").replace("]", ")")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claims_from(specs: Iterable[dict], **values: object) -> list[Claim]:
    """Claims from data-file specs {text, cite: [[alias, phrase], ...]}, with {placeholders} filled in."""
    from advisor.grounding import support

    aliases = data("refusal_passages")
    return [
        Claim(text=spec["text"].format(**values),
              support=[support(aliases[alias], contains=phrase) for alias, phrase in spec["cite"]])
        for spec in specs
    ]


# --- dates and the deadline ------------------------------------------------------------------


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def norwegian_public_holidays(year: int) -> dict[date, str]:
    """Norway's public holidays (helligdager and 1 and 17 May) in `year`, with their names."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "første nyttårsdag",
        easter - timedelta(days=3): "skjærtorsdag",
        easter - timedelta(days=2): "langfredag",
        easter: "første påskedag",
        easter + timedelta(days=1): "andre påskedag",
        date(year, 5, 1): "offentlig høytidsdag 1. mai",
        date(year, 5, 17): "offentlig høytidsdag 17. mai",
        easter + timedelta(days=39): "Kristi himmelfartsdag",
        easter + timedelta(days=49): "første pinsedag",
        easter + timedelta(days=50): "andre pinsedag",
        date(year, 12, 25): "første juledag",
        date(year, 12, 26): "andre juledag",
    }


def non_working_reason(d: date) -> str | None:
    """Why `d` is not a working day ('lørdag', 'langfredag', ...), or None for a working day."""
    holiday = norwegian_public_holidays(d.year).get(d)
    if holiday:
        return holiday
    if d.weekday() >= 5:
        return WEEKDAYS[d.weekday()]
    return None


def tln_deadline(received: date) -> date:
    """Last day to bring a case: four weeks after the written refusal arrived, then past weekends and holidays."""
    d = received + timedelta(weeks=4)
    while non_working_reason(d):
        d += timedelta(days=1)
    return d


def add_months(d: date, months: int) -> date:
    """The same day `months` later (the month's last day if it is shorter)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def format_date(d: date) -> str:
    """A date as Norwegians write it: '22. april 2025'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


# A date this late is a typo, and the deadline after it cannot be computed (it passes year 9999).
_LATEST_DATE = date(9998, 12, 31)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return d if d <= _LATEST_DATE else None


# --- reading the refusal ---------------------------------------------------------------------


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
    from advisor.grounding import corpus_passages

    refs = set()
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
    if (strength == "general" and len(mechanisms) >= _rule("thresholds", "mechanisms_for_concrete")
            and not _rx("speculative").search(low)):
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


# --- what the request is about -----------------------------------------------------------------


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


# --- the case analysis -----------------------------------------------------------------------


@dataclass
class Need:
    """What is known about why the employee needs the arrangement."""

    kinds: list[str] = field(default_factory=list)  # childcare, health, care, commute, leisure
    health_documented: bool = False
    serious_health: bool = False

    @property
    def weighty(self) -> bool:
        """A need the nemnd weighs heavily: childcare, family care, or documented health."""
        return ("childcare" in self.kinds or "care" in self.kinds
                or ("health" in self.kinds and self.health_documented))


@dataclass
class FindingDraft:
    """A finding before citations are numbered."""

    reason: str
    criterion: str
    claims: list[Claim]
    source: str = "refusal"
    strength: str | None = None
    key: str = ""  # the refusal_texts.json fact key, for case findings


@dataclass
class CaseAnalysis:
    """Everything the check, the next steps and the submission draft need, before rendering."""

    case: RefusalCase
    today: date
    track: Track
    subject: str
    split_tracks: list[Track]
    reasons: list[Reason]
    ignored: list[str]
    need: Need
    entry: str  # met | not_met | undocumented | uncertain | unknown | n/a
    entry_keys: list[str]
    history: str  # positive | negative | unknown
    discrimination: bool
    received: date | None
    deadline: date | None
    deadline_raw: date | None
    assessment: Overall = "unclear"
    basis: list[str] = field(default_factory=list)
    findings: list[FindingDraft] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def tln_competent(self) -> bool:
        """Whether the nemnd can decide the request (§ 10-13: § 10-2 (2)–(4) and § 10-6 (10))."""
        return self.subject in (*TLN_TRACKS, "overtime")

    @property
    def tln_track(self) -> Track | None:
        """The part of the request the nemnd can decide under § 10-2, if any."""
        if self.track in TLN_TRACKS:
            return self.track
        return self.split_tracks[0] if self.split_tracks else None

    @property
    def has_tln_route(self) -> bool:
        """Whether the request, or part of it, can be brought to the nemnd."""
        return self.tln_competent or bool(self.split_tracks)

    @property
    def deadline_passed(self) -> bool | None:
        """Whether the deadline is before `today`; None without a deadline."""
        return None if self.deadline is None else self.deadline < self.today

    def criteria_strengths(self) -> dict[str, set[str]]:
        """Criterion → strengths of the employer reasons that touch it."""
        out: dict[str, set[str]] = {}
        for r in self.reasons:
            for c in r.criteria:
                out.setdefault(c, set()).add(r.strength)
        return out


def _need(case: RefusalCase) -> Need:
    text = f"{case.employee.needs}\n{case.request}".lower()
    docs = " ".join(case.employee.documentation).lower()
    need = Need()
    for kind in ("childcare", "health", "care", "commute", "leisure"):
        if _rx("need", kind).search(text):
            need.kinds.append(kind)
    need.health_documented = "health" in need.kinds and bool(
        _rx("need", "medical_documentation").search(_rx("negated_documentation").sub(" ", f"{docs}\n{text}")))
    need.serious_health = "health" in need.kinds and bool(_rx("need", "serious_health").search(text))
    return need


def _entry(track: Track | None, case: RefusalCase, need: Need) -> tuple[str, list[str]]:
    """Whether the entry condition of § 10-2 (2) or (4) is met, with the facts that say so."""
    emp = case.employee
    text = f"{emp.needs}\n{case.request}".lower()
    has_docs = bool(emp.documentation)
    keys: list[str] = []
    if track == "reduced_time":
        if emp.age is not None and emp.age >= 62:
            keys.append("entry.age_62")
        if emp.children_under_10:
            keys.append("entry.children")
        elif emp.children_under_10 is None and ("childcare" in need.kinds or _rx("need", "children").search(text)):
            keys.append("entry.children_unconfirmed")
    elif track == "night_work":
        if emp.works_nights is False:
            return "not_met", ["entry.no_nights"]
        if emp.children_under_10 or "childcare" in need.kinds:
            keys.append("entry.children_night")
    else:
        return "n/a", []
    if "health" in need.kinds:
        keys.append("entry.health_documented" if need.health_documented else "entry.health_undocumented")
    if "care" in need.kinds:
        keys.append("entry.social_documented" if has_docs else "entry.social_undocumented")
    met = {"entry.age_62", "entry.children", "entry.health_documented", "entry.social_documented"}
    if met & set(keys):
        return "met", keys
    if {"entry.health_undocumented", "entry.social_undocumented"} & set(keys):
        return "undocumented", keys
    if {"entry.children_unconfirmed", "entry.children_night"} & set(keys):
        return "uncertain", keys
    if "commute" in need.kinds or "leisure" in need.kinds:
        return "not_met", ["entry.not_qualifying"]
    return "unknown", [f"entry.unknown.{track}"]


def _history(case: RefusalCase) -> str:
    text = case.employee.history.lower()
    if not text.strip():
        return "unknown"
    if _rx("need", "history_negative").search(text):
        return "negative"
    if _rx("need", "history_positive").search(text):
        return "positive"
    return "unknown"


def _assess(a: CaseAnalysis) -> tuple[Overall, list[str]]:
    """The overall assessment and the codes of the texts that explain it."""
    if a.subject == "home_office":
        return "outside_tln", ["home_office", *(["split"] if a.split_tracks else [])]
    if a.subject == "sick_leave":
        return "outside_tln", ["sick_leave"]
    if a.subject == "overtime":
        return "unclear", ["overtime"]
    if a.subject == "unknown":
        return "unclear", ["unknown_subject"]
    if a.entry == "not_met":
        return "refusal_likely_justified", ["entry_not_met"]
    if a.entry in ("undocumented", "unknown", "uncertain"):
        return "unclear", [f"entry_{a.entry}"]

    dims = set(_rule("disadvantage_criteria"))
    strengths = a.criteria_strengths()
    concrete = {c for c, s in strengths.items() if c in dims and s & {"concrete", "documented"}}
    documented = {c for c, s in strengths.items() if c in dims and "documented" in s}
    alternatives = bool(a.case.employer.alternatives_offered) or "alternatives" in strengths
    weighty = a.need.weighty
    past_ok = a.history == "positive"
    size = a.case.employer.size
    large = size is not None and size >= _rule("thresholds", "large_employer")
    entry_met = ["entry_met"] if a.entry == "met" else []
    support = ([*(["weighty_need"] if weighty else []), *(["past_practice"] if past_ok else []),
                *(["large_employer"] if large else [])])

    if a.track == "flexible_time" and "leadership" in strengths:
        return "unclear", ["leadership"]
    if not concrete:
        if not a.reasons and not a.case.written_refusal:
            return "unclear", ["no_written_no_reasons"]
        return "refusal_likely_unjustified", [*entry_met, "general_reasons" if a.reasons else "no_reasons", *support]
    composite = len(concrete) >= _rule("thresholds", "composite_dimensions")  # «konkrete og sammensatte»
    strong = (len(documented) >= 2 or (len(documented) >= 1 and len(concrete) >= 3)
              or (len(documented) >= 1 and alternatives and len(concrete) >= 2) or composite)
    if strong:
        kind = "documented" if documented else "composite"
        if not weighty and not past_ok:
            return "refusal_likely_justified", [*entry_met, "concrete_documented" if documented else "composite",
                                                *(["alternatives"] if alternatives else []), "need_not_weighty"]
        return "unclear", [f"weighty_vs_{kind}" if weighty else "past_vs_documented"]
    if (weighty or past_ok) and len(concrete) == 1 and not alternatives:
        # One concrete disadvantage against a weighty need: the pattern where the employee won (TLN 57/21).
        return "refusal_likely_unjustified", [*entry_met, "few_concrete", *support]
    return "unclear", [*entry_met, "mixed_reasons", *(["weighty_need"] if weighty else [])]


def _findings(a: CaseAnalysis) -> list[FindingDraft]:
    texts = data("refusal_texts")
    facts = texts["facts"]
    out: list[FindingDraft] = []

    def fact(key: str, criterion: str, **values: object) -> None:
        spec = facts[key]
        out.append(FindingDraft(reason=spec["reason"].format(**values), criterion=criterion,
                                claims=claims_from(spec["claims"], **values), source="case", key=key))

    parts = ", ".join(label("subject", t) for t in a.split_tracks)
    if a.subject == "home_office":
        fact("scope.home_office", "scope")
        if a.split_tracks:
            fact("scope.split", "scope", parts=parts)
    elif a.subject in ("sick_leave", "overtime", "unknown"):
        fact(f"scope.{a.subject}", "scope")
    if a.track == "reduced_time" and _rx("track", "sick").search(f"{a.case.request}\n{a.case.employee.needs}".lower()):
        fact("scope.sick_caveat", "scope")
    if a.discrimination:
        fact("scope.discrimination", "scope")

    age = a.case.employee.age
    kinds = ", ".join({"commute": "lang reisevei", "leisure": "fritidsaktiviteter"}[k]
                      for k in a.need.kinds if k in ("commute", "leisure")) or "ikke et inngangsvilkår"
    for key in a.entry_keys:
        fact(key, "entry_conditions", age=age, kinds=kinds)

    group = _group(a)
    for reason in a.reasons:
        for criterion in reason.criteria:
            out.append(FindingDraft(reason=reason.text, criterion=criterion,
                                    claims=_criterion_claims(criterion, reason.strength, group, a),
                                    source="refusal", strength=reason.strength))

    alternatives = "; ".join(clean(x, 120) for x in a.case.employer.alternatives_offered if x.strip())
    if alternatives:
        key = "alternatives.offered" if group == "tln" else "alternatives.offered.home_office"
        if group in ("tln", "home_office"):
            fact(key, "alternatives", alternatives=alternatives)

    if a.tln_track:
        needs = clean(a.case.employee.needs, 160) or "ikke oppgitt"
        if "childcare" in a.need.kinds:
            fact("need.childcare", "need_weight", needs=needs)
        if "health" in a.need.kinds:
            fact("need.health_documented" if a.need.health_documented else "need.health_undocumented",
                 "need_weight", needs=needs)
            if a.need.serious_health:
                fact("need.serious_health", "need_weight")
        if "care" in a.need.kinds:
            fact("need.care", "need_weight", needs=needs)
        if a.tln_track == "flexible_time" and not a.need.weighty:
            fact("need.none", "need_weight", needs=needs)
        history = clean(a.case.employee.history, 160)
        if a.history == "positive":
            fact("past.positive", "past_practice", history=history)
        elif a.history == "negative":
            fact("past.negative", "past_practice", history=history)
        size = a.case.employer.size
        if size is not None and size >= _rule("thresholds", "large_employer"):
            fact("size.large", "size", size=size)
        elif size is not None and size < _rule("thresholds", "small_employer"):
            fact("size.small", "size", size=size)
    return out


def _group(a: CaseAnalysis) -> str:
    """Which texts assess the employer's reasons: the nemnd's criteria, or negotiation advice."""
    if a.subject in TLN_TRACKS or (a.subject == "home_office" and a.split_tracks):
        return "tln"
    return a.subject  # home_office | sick_leave | overtime | unknown


def _criterion_claims(criterion: str, strength: str, group: str, a: CaseAnalysis) -> list[Claim]:
    texts = data("refusal_texts")
    spec = texts["criteria"].get(criterion, {})
    if group == "tln":
        node = spec.get(f"tln.{a.tln_track}") or spec.get("tln") or {}
        chosen = node.get(strength) or node.get("any") or node.get("general")
    else:
        chosen = spec.get(group)
    return claims_from(chosen or texts["other"][group])


def _missing(a: CaseAnalysis) -> list[str]:
    case = a.case
    out: list[str] = []
    if not case.written_refusal:
        out.append("no_written.tln" if a.has_tln_route else "no_written.negotiate")
    elif a.has_tln_route and a.received is None:
        out.append("no_receipt_date")
    if a.subject == "unknown":
        out.append("request_unclear")
    strengths = a.criteria_strengths()
    dims = set(_rule("disadvantage_criteria"))
    concrete = {c for c, s in strengths.items() if c in dims and s & {"concrete", "documented"}}
    if not a.reasons and case.written_refusal:
        out.append("no_reasons")
    elif a.reasons and not concrete and a.subject != "sick_leave":
        out.append("general_only")
    if a.tln_track:
        if concrete and not any("documented" in strengths[c] for c in concrete):
            out.append("undocumented_concrete")
        if any(r.strength == "documented" for r in a.reasons):
            out.append("documented_check")
        if case.employer.size is None:
            out.append("employer_size")
        if a.history == "unknown":
            out.append("history_unknown")
        if "entry.health_undocumented" in a.entry_keys:
            out.append("entry_doc_health")
        if "entry.social_undocumented" in a.entry_keys:
            out.append("entry_doc_social")
        if "entry.children_unconfirmed" in a.entry_keys:
            out.append("children_age")
        if a.entry == "unknown":
            out.append(f"entry_unknown.{a.tln_track}")
        if a.tln_track == "night_work" and case.employee.works_nights is None:
            out.append("works_nights_unknown")
        if a.tln_track == "flexible_time" and not case.employee.needs.strip():
            out.append("need_unknown")
    return out


def analyse_case(case: RefusalCase, today: date | None = None) -> CaseAnalysis:
    """Read the case: track, the employer's reasons, entry conditions, need, deadline and assessment."""
    today = today or date.today()
    track, subject, split = classify_track(case.request, case.refusal)
    reasons, ignored = extract_reasons(case.refusal, case.employer.facts)
    need = _need(case)
    tln_track = track if track in TLN_TRACKS else (split[0] if split else None)
    entry, entry_keys = _entry(tln_track, case, need)
    kept, _ = screen_refusal(case.refusal)
    discrimination = bool(_rx("need", "discrimination").search(
        f"{case.request}\n{case.employee.needs}\n{' '.join(kept)}".lower()))
    received = _parse_date(case.refusal_received)
    deadline = raw = None
    if (subject in (*TLN_TRACKS, "overtime") or split) and case.written_refusal and received:
        raw = received + timedelta(weeks=4)
        deadline = tln_deadline(received)
    a = CaseAnalysis(case=case, today=today, track=track, subject=subject, split_tracks=split,
                     reasons=reasons, ignored=ignored, need=need, entry=entry, entry_keys=entry_keys,
                     history=_history(case), discrimination=discrimination, received=received,
                     deadline=deadline, deadline_raw=raw)
    a.assessment, a.basis = _assess(a)
    a.findings = _findings(a)
    a.missing = _missing(a)
    return a


# --- texts built from the analysis ---------------------------------------------------------------


def deadline_claims(a: CaseAnalysis) -> list[Claim]:
    """What to say about the deadline to Tvisteløsningsnemnda, dated where the facts allow."""
    texts = data("refusal_texts")["deadline"]
    if not a.has_tln_route:
        key = {"home_office": "none.home_office", "sick_leave": "none.sick_leave"}.get(a.subject, "none.unknown")
        return claims_from(texts[key])
    out: list[Claim] = []
    if not a.case.written_refusal:
        out += claims_from(texts["no_written"])
    elif a.deadline is None or a.received is None:
        out += claims_from(texts["no_date"])
    else:
        out += claims_from(texts["computed"], deadline=format_date(a.deadline),
                           weekday=WEEKDAYS[a.deadline.weekday()], received=format_date(a.received))
        if a.deadline_raw and a.deadline_raw != a.deadline:
            out += claims_from(texts["shifted"], raw=format_date(a.deadline_raw),
                               raw_weekday=WEEKDAYS[a.deadline_raw.weekday()],
                               why=non_working_reason(a.deadline_raw))
        if a.deadline < a.today:
            out += claims_from(texts["passed"], deadline=format_date(a.deadline))
        elif a.deadline == a.today:
            out += claims_from(texts["last_day"], today=format_date(a.today))
        else:
            out += claims_from(texts["remaining"], today=format_date(a.today), days=(a.deadline - a.today).days)
    if a.split_tracks:
        out += claims_from(texts["split"], parts=", ".join(label("subject", t) for t in a.split_tracks))
    return out


def overall_claims(a: CaseAnalysis) -> list[Claim]:
    """The claims that explain the overall assessment."""
    texts = data("refusal_texts")["overall"]
    parts = ", ".join(label("subject", t) for t in a.split_tracks)
    out: list[Claim] = []
    for code in a.basis:
        key = f"{code}.{a.tln_track}" if f"{code}.{a.tln_track}" in texts else code
        out += claims_from(texts[key], parts=parts)
    return out


def uncertainty_claims(a: CaseAnalysis) -> list[Claim]:
    """How sure the assessment is."""
    texts = data("refusal_texts")["uncertainty"]
    if a.subject in (*TLN_TRACKS, "overtime"):
        key = "tln"
    else:
        key = a.subject if a.subject in texts else "unknown"
    return claims_from(texts[key])


def check_refusal(case: RefusalCase, today: date | None = None, settings: Settings | None = None) -> RefusalCheck:
    """Check a refusal against the nemnd's criteria: track, findings, missing facts, deadline, next steps."""
    from advisor.cite import render_draft
    from advisor.grounding import corpus_passages
    from advisor.i18n import t
    from advisor.llm import maybe_refine
    from advisor.models import Draft, DraftSection, RefusalCheck, RefusalDeadlines, RefusalFinding
    from advisor.next_steps import step_sections

    lang = settings.language if settings else "nb"
    a = analyse_case(case, today)
    texts = data("refusal_texts")
    subject_key = a.subject if a.subject in texts["track"] else a.track
    sections = [DraftSection(heading=label("headings", "track", lang), key="track",
                             claims=claims_from(texts["track"][subject_key]))]
    sections += [DraftSection(heading=criterion_label(f.criterion, lang), key=f"finding:{i}", claims=f.claims)
                 for i, f in enumerate(a.findings)]
    sections.append(DraftSection(heading=f"{label('headings', 'overall', lang)}: {label('assessment', a.assessment, lang)}",
                                 key="overall", claims=overall_claims(a)))
    sections += [DraftSection(heading=label("headings", "missing", lang), key=f"missing:{m}",
                              claims=claims_from(texts["missing"][m])) for m in a.missing]
    sections += step_sections(a, lang)
    sections.append(DraftSection(heading=label("headings", "uncertainty", lang), key="uncertainty",
                                 claims=uncertainty_claims(a)))
    title = f"{label('headings', 'title', lang)}: {label('track', a.track, lang)}"
    passages = corpus_passages()
    draft = maybe_refine(Draft(kind="refusal_check", title=title, sections=sections), passages, settings)
    cited = render_draft(draft, passages)

    by_key = {s.key: s.lines for s in cited.sections}
    by_n = {c.n: c for c in cited.citations}

    def cites(lines: list[str]):
        ns = sorted({int(n) for line in lines for n in re.findall(r"\[(\d+)\]", line)})
        return [by_n[n] for n in ns if n in by_n]

    findings = [
        RefusalFinding(reason=f.reason, criterion=f.criterion, assessment=" ".join(by_key.get(f"finding:{i}", [])),
                       citations=cites(by_key.get(f"finding:{i}", [])), source=f.source, strength=f.strength)
        for i, f in enumerate(a.findings)
    ]
    steps = [" ".join(s.lines) for s in cited.sections if s.key.startswith("step:") and s.lines]
    return RefusalCheck(
        track=a.track, subject=a.subject, tln_competent=a.tln_competent, assessment=a.assessment,
        findings=findings,
        missing_information=[" ".join(by_key[f"missing:{m}"]) for m in a.missing if by_key.get(f"missing:{m}")],
        deadlines=RefusalDeadlines(tvistelosningsnemnda=a.deadline.isoformat() if a.deadline else None),
        next_steps=steps, citations=cited.citations, uncertainty=" ".join(by_key.get("uncertainty", [])),
        disclaimer=t("disclaimer", lang), split_tracks=a.split_tracks, deadline_passed=a.deadline_passed,
        ignored_text=a.ignored, report=cited,
    )
