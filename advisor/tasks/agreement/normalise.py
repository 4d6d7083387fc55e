"""Put an agreement clause in the form the gap check's rules read: one spelling, no stray dates.

Three general causes of misreading, each handled here rather than by more phrases per item:

- **Nynorsk and nynorsk-flavoured bokmål.** Many agreements in Western Norway write «heimekontor»,
  «kvar tysdag», «eig», «teieplikt», «seie opp». The rules are written in bokmål; a short lexicon of
  nynorsk forms of the vocabulary agreements use (advisor/data/agreement_reading.json, `nynorsk`)
  and three regular suffix rules (-ingar → -inger, -heit → -het, -leg → -lig) map them first.
- **Dates that are not the agreement's.** «forskrift 5. juli 2002 nr. 715», «lov 17. juni 2005
  nr. 62» and «arbeidsavtalen av 1. september 2019» (or «arbeidsavtalen mellom de samme partene av …») carry dates, but they name a law or another
  document; they say nothing about how long the agreement lasts. They are masked.
- **Notice periods.** «med tre måneders varsel», «with three months' notice», «en frist på tre
  måneder»: the length belongs to the notice, not to how long the agreement lasts. The length is
  masked and the notice word kept, so the clause still settles the notice and never the duration.
- **Lead times.** «minst én måned før en endring trer i kraft», «at least two weeks before»: the length is how
  early someone is told, a notice; it is masked to «‹frist›» and never read as how long the agreement lasts.
- **Section numbers.** «section 15-6 of the Working Environment Act», «§ 10-2», «pkt. 4»: a
  reference to a provision or clause is masked, so its numbers are never read as a time range.
- **Abbreviations.** «3 mnd.», «2 mndr.», «3 mos.», «2 d/uke», «tirs./tors.» are read in full, and so are English weekdays
  in a list («Mon, Thu», «Tue/Wed»; a lone «fri» stays a word).
- **Clock times in words.** «fra klokken åtte til halv fire» is read as «fra 08.00 til 15.30»
  (advisor/tasks/agreement/timewords.py).
- **Definitions.** «I denne avtale menes med «Virkedag» mandag til fredag» defines a word; it
  settles no item, even though it names weekdays or a home address. So does the introduction of the
  parties under the names the text will use («Partene i denne avtalen er X, heretter kalt …»).
- **Names.** A named project («prosjektet «Tareskog i endring»») is masked: its words are a name.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from advisor.tasks.agreement.timewords import clock_times

_MONTHS = (
    "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
    "january|february|march|may|june|july|october|december"
)
_DATE = (
    rf"(?:\d{{1,2}}\.\s*(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})"
)
_CITED_DATE = re.compile(
    rf"\b(?:lov(?:en)?|forskrift(?:en)?|regulations?|act|arbeidsavtal(?:e|en)|ansettelsesavtal(?:e|en)|"
    rf"employment\s+contract|contract|kontrakt(?:en)?)(?:\s+(?:av|datert|dated|of)|(?:\s+[\w-]+){{1,5}}?\s+(?:av|datert|dated))?"
    rf"\s*{_DATE}(?:\s+nr\.?\s*\d+)?"
)
# A named project or programme («prosjektet «Tareskog i endring»»): its name says nothing about the agreement.
_PROJECT_NAME = re.compile(r"\b(prosjekt\w*|program\w*|satsing\w*|studie\w*|project|programme|study)\s+«[^»]{1,60}»")
_DEFINITION = re.compile(
    r"\bmenes\s+med\b|\bmed\s+«[^»]+»\s+(?:menes|forstås)\b|\bforstås\b|\bdefineres\s+som\b|"
    r"\b(?:shall\s+mean|means|is\s+defined\s+as)\b\s|"
    # the parties introduced under the names the text will use («Partene i denne avtalen er X, heretter kalt …»)
    r"^(?:partene\s+(?:i|til)\s+denne\s+avtalen\s+er|denne\s+avtalen\s+er\s+inngått\s+mellom|avtalen\s+er\s+inngått\s+mellom|"
    r"the\s+parties\s+to\s+this\s+agreement\s+are|this\s+agreement\s+is\s+(?:made|entered\s+into)\s+between)\b"
    r"(?=.*\b(?:heretter|hereinafter|hereafter)\b)"
)
_PERIOD = (
    r"(?:\d+|one|two|three|four|six|eight|twelve|fourteen|thirty|en|én|ett|to|tre|fire|seks|åtte|tolv|fjorten|tretti)\s+"
    r"(?:days?|weeks?|months?|dager|dagers|uker|ukers|uke|ukes|måned|måneds|måneder|måneders)\b(?:'s|s'|')?"
)
_NOTICE_WORD = r"(?:notice|varsel|oppsigelsestid|oppsigelsesfrist|frist)"
_NOTICE = re.compile(
    rf"\b{_PERIOD}(?=(?:\s+(?:skriftlig|skriftlige|written|gjensidig|mutual))?\s+{_NOTICE_WORD})"
    rf"|(?P<word>\b{_NOTICE_WORD})\s+(?:på|of)\s+{_PERIOD}"
)
# A lead time («minst én måned før en endring trer i kraft», «at least two weeks before»): a notice, no duration.
_LEAD = re.compile(
    rf"\b(?P<lead>senest|minst|at\s+least|no\s+later\s+than|not\s+less\s+than)\s+{_PERIOD}"
    rf"(?=\s+(?:før|before|in\s+advance|prior\s+to)\b)"
)
# Abbreviations forms use: «3 mnd.», «2 mndr.», «3 mos.», «2 d/uke», «tirs./tors.» (a bare «man» is a pronoun).
_ABBREVIATIONS = (
    (re.compile(r"(?<=\d)\s*(?:mnd|mndr|mnder)\b\.?|(?<=\s)(?:mnd|mndr|mnder)\b\.?"), " måneder"),
    (re.compile(r"(?<=\d)\s*mos?\b\.?"), " months"),
    (re.compile(r"\b(\d)\s*(?:d|dg|dager)\s*/\s*(?:uke|uka|u)\b\.?"), r"\1 dager i uka"),
    (re.compile(r"\b(\d)\s*(?:d|days?)\s*/\s*(?:week|wk)\b\.?"), r"\1 days a week"),
    (re.compile(r"\btirs\b\.?"), "tirsdag"),
    (re.compile(r"\btors\b\.?"), "torsdag"),
    (re.compile(r"\bons\b\.?"), "onsdag"),
    (re.compile(r"\bfre\b\.?"), "fredag"),
    (re.compile(r"\bman\.(?=\s*(?:[/,–-]|og\b|$))"), "mandag"),
    (re.compile(r"\bjobbtid"), "arbeidstid"),  # chat words for the working time: «jobbtid 09–17», «jobbtida»
)

# A month shortened after a day's number («1. feb–31. des 2027», «15. jan. 2027», «3 Mar 2027»): read in full. After
# «1.» the month is Norwegian; after a bare number, English.
_MONTH_SHORT = {
    "jan": ("januar", "january"),
    "feb": ("februar", "february"),
    "mar": ("mars", "march"),
    "apr": ("april", "april"),
    "jun": ("juni", "june"),
    "jul": ("juli", "july"),
    "aug": ("august", "august"),
    "sep": ("september", "september"),
    "sept": ("september", "september"),
    "okt": ("oktober", "october"),
    "oct": ("oktober", "october"),
    "nov": ("november", "november"),
    "des": ("desember", "december"),
    "dec": ("desember", "december"),
}
_SHORT_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?P<dot>\.?)\s*(?P<m>jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|des|dec)\b\.?"
)


def _month(m: re.Match[str]) -> str:
    nb, en = _MONTH_SHORT[m.group("m")]
    return f"{m.group('day')}{m.group('dot')} {nb if m.group('dot') else en}"


# English weekdays abbreviated in a list («Mon, Thu», «Tue/Wed», «Mon & Fri»): only a run of two or more is read as
# days, so a lone «fri» (Norwegian: off, free) stays a word.
_EN_DAY = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
_EN_DAY_WORD = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_EN_DAY_RUN = re.compile(rf"\b{_EN_DAY_WORD}(?:\s*(?:,|/|&|\band\b|–|-)\s*{_EN_DAY_WORD})+(?![\w-])")


def _days(run: re.Match[str]) -> str:
    return re.sub(r"\b[a-z]+\b\.?", lambda m: _EN_DAY.get(m.group(0).rstrip("."), m.group(0)), run.group(0))


def _expand(text: str) -> str:
    for rx, full in _ABBREVIATIONS:
        text = rx.sub(full, text)
    text = _SHORT_MONTH.sub(_month, text)
    return _EN_DAY_RUN.sub(_days, text)


_WORD = re.compile(r"\w+")
# A reference to a provision or a numbered clause: its numbers are no time and no period.
_SECTION = re.compile(
    r"(?:§+|\bsections?\b|\bparagraph\b|\barticle\b|\bart\.|\bclause\b|\bpkt\.?|\bpunkt\b|\bkap\.?|\bkapittel\b|"
    r"\bchapter\b)\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:\(\d+\)|[a-h]\b))?"
)


@cache
def reading_spec() -> dict[str, Any]:
    """What settles each agreement item (advisor/data/agreement_reading.json)."""
    return json.loads(resources.files("advisor.data").joinpath("agreement_reading.json").read_text(encoding="utf-8"))


@cache
def _lexicon() -> dict[str, str]:
    return dict(reading_spec().get("nynorsk", {}))


# Nynorsk heads of compounds and their bokmål forms, by ending (a time word: «prøvemånad», «prøveveker»).
_HEADS = {
    "månad": {"": "måned", "en": "måneden", "ar": "måneder", "er": "måneder", "ane": "månedene", "s": "måneds"},
    "veke": {"": "uke", "r": "uker", "ne": "ukene", "s": "ukes", "a": "uka"},
}


@cache
def _stems() -> tuple[tuple[str, str], ...]:
    return tuple((nn, bm) for nn, bm in reading_spec().get("nynorsk_stems", {}).items())


# Nynorsk endings that only a nynorsk text gives (in English «regular», «year», «insane» end so too): the plural
# «-ar»/«-ane» of nouns and the present tense «-ar» of verbs (dagar, timar, kommunar, reglane; jobbar, driftar).
_NN_ONLY_ENDINGS = (("ane", "ene", 6), ("ar", "er", 5))
_NOT_NN_PLURAL = frozenset({
    "var", "har", "svar", "klar", "par", "bar", "januar", "februar", "vikar", "seminar", "kommentar", "formular",
    "inventar", "dykkar", "dokkar", "kvar",
})  # fmt: skip
# Feminine definite forms, nynorsk and radical bokmål alike: «ordninga», «arbeidstida», «teieplikta», «avtala».
_FEMININE = (
    ("inga", "ingen"),
    ("tida", "tiden"),
    ("plikta", "plikten"),
    ("avtala", "avtalen"),
    ("tjenesta", "tjenesten"),
)


def _bokmaal(word: str, nynorsk: bool = False) -> str:
    lex = _lexicon()
    if word in lex:
        return lex[word]
    for nn, bm in _stems():  # a nynorsk stem anywhere in a compound: oppseiingsfristen, teiepliktreglane, IKT-tenesta
        if nn in word:
            word = word.replace(nn, bm)
    if word.startswith("heime") and len(word) > 5:  # heimekontor, heimedagen, heimekontorordninga
        word = "hjemme" + word[5:]
    for old, new in (("ingar", "inger"), ("ingane", "ingene"), ("heita", "heten"), ("heit", "het"), ("lege", "lige")):
        if word.endswith(old) and len(word) > len(old) + 2:
            return word[: -len(old)] + new
    for old, new in _FEMININE:
        if word.endswith(old) and word != "inga":
            return word[: -len(old)] + new
    if word.endswith("leg") and len(word) > 6:  # tilgjengeleg, vanleg
        return word[:-3] + "lig"
    if word.endswith("ast") and len(word) > 6:  # the nynorsk passive: lagrast, oppbevarast, endrast
        return word[:-3] + "es"
    for head, forms in _HEADS.items():  # a compound's nynorsk head: prøvemånad, prøveveker
        i = word.rfind(head)
        if i > 2 and word[i + len(head) :] in forms:
            return word[:i] + forms[word[i + len(head) :]]
    if nynorsk and word not in _NOT_NN_PLURAL:
        for old, new, shortest in _NN_ONLY_ENDINGS:
            if word.endswith(old) and len(word) >= shortest:
                return word[: -len(old)] + new
    return word


# Words only nynorsk uses (no bokmål or English word is spelt so): a text with three of them is read as nynorsk.
_NN_MARKERS = frozenset({
    "ikkje", "eg", "ho", "dei", "ein", "eit", "berre", "kva", "korleis", "frå", "vere", "òg", "kvar", "mykje",
    "noko", "nokon", "dykk", "dykkar", "sjølv", "heime", "heimanfrå", "heimefrå", "kven", "kor", "vert", "vart",
    "eigen", "saman",
})  # fmt: skip


def is_nynorsk(text: str) -> bool:
    """Whether a text is written in nynorsk: at least three of its words are words only nynorsk uses."""
    return sum(1 for w in _WORD.findall(text.lower()) if w in _NN_MARKERS) >= 3


def normalise(low: str, nynorsk: bool = False) -> str:
    """A lower-cased clause: nynorsk forms in bokmål; notice lengths, the dates of cited laws and documents and
    section numbers masked; clock times in words written in digits."""
    text = clock_times(_SECTION.sub(" ‹ref› ", _expand(low)))  # before the nynorsk forms: «kvart over tre» is a time
    text = _WORD.sub(lambda m: _bokmaal(m.group(0), nynorsk), text)
    text = _NOTICE.sub(lambda m: f"{m.group('word') or ''} ‹periode› ", text)
    text = _LEAD.sub(lambda m: f"{m.group('lead')} ‹frist› ", text)
    text = _PROJECT_NAME.sub(lambda m: f"{m.group(1)} «‹navn›»", text)
    text = _COUNTED.sub(_count_filled, text)
    return _CITED_DATE.sub(" ‹ref› ", text)


# A field or question that counts days, answered by a number (a ticked box, «Antall hjemmekontordager per uke: 2»,
# «Number of home days a week: 2», «Hvor mange dager hjemme per uke? 2»): the number is of those days, as if written «2 hjemmekontordager per uke» / «2 days a week».
_COUNTED = re.compile(
    r"(?P<label>(?:\b(?:antall|number\s+of|hvor\s+mange|how\s+many)\s+(?:[\w-]+\s+){0,2}?|^(?:[\w-]+\s+)?)"
    r"(?P<noun>[\w-]*(?:dager|dagar|days))(?P<rest>(?:\s+(?!\d)[\w-]+){0,4}?))\s*[:?]\s*"
    r"(?P<n>\d{1,2}|en|én|ett|to|tre|fire|fem|one|two|three|four|five)\b(?![.,:]?\d|\s+\w*(?:dag|day))"
)


def _count_filled(m: re.Match[str]) -> str:
    noun = "days" if m.group("noun").endswith("days") else m.group("noun")
    return f"{m.group('label')}: {m.group('n')} {noun}{m.group('rest')}"


# Whom a framework (særavtale, policy, rammeavtale) covers, or what each agreement under it must say: «Særavtalen
# gjelder arbeidstakere som får innvilget hjemmekontor én eller flere faste dager», «This policy applies to employees
# who …». It says who may have an arrangement, not what this employee's arrangement is.
_FRAMEWORK = re.compile(
    r"\b(?:\w*avtalen|ordningen|retningslinjen\w*|reglementet|policyen|den)\s+(?:gjelder|omfatter)\s+(?:for\s+)?"
    r"(?:alle\s+)?(?:(?:arbeidstakere|ansatte|medarbeidere|tilsatte)(?:\s+\S+){0,4}?\s+som|de\s+som)\b|"
    r"\b(?:agreement|policy|framework|scheme|guideline)\s+(?:applies\s+to|covers)\s+(?:all\s+)?"
    r"(?:(?:employees|staff|workers)(?:\s+\S+){0,4}?\s+(?:who|that)|those\s+who)\b|"
    # what every agreement must say («Den enkelte avtalen skal si hvor mye …, oppsigelse, …»): a checklist, no term
    r"\b(?:den\s+enkelte\s+avtalen|avtalen|avtalene|hver\s+avtale|the\s+(?:individual\s+)?agreements?|each\s+agreement)\s+"
    r"(?:skal|må|bør|shall|must|should)\s+(?:si(?!\s+opp)|inneholde|regulere|angi|beskrive|state|contain|set\s+out|specify)\b"
)


def is_framework(low: str) -> bool:
    """Whether a (lower-cased) clause only says whom a framework agreement or policy covers."""
    return bool(_FRAMEWORK.search(low))


def is_definition(low: str) -> bool:
    """Whether a (lower-cased) clause only defines a word of the agreement («Med «Virkedag» menes …»)."""
    return bool(_DEFINITION.search(low))
