"""What a question asks, read from its own words: who wants what, which subject, and whether it asks yes or no.

Three facts a rule's meaning must agree with, each read with the span it came from (a lawyer checks
these first, and a wrong reading is cheap to see):

- **who wants the change** ("employee" asks for something the employer may refuse; "employer" imposes
  something the employee may resist). "Kan arbeidsgiver nekte meg hjemmekontor?" and "Can my employer
  refuse me working from home?" ask whether a *request* may be refused; "kan de tvinge meg til å jobbe
  hjemme?" and "Can I refuse to work from home?" ask whether it may be *imposed*. The same words
  (home office, refuse) mean opposite questions; the actor of the verb decides.
- **the subject**: the place of work (home office) or working time (flexible, reduced, night work,
  overtime). A rule about the one does not answer a question only about the other.
- **yes or no**: a question that opens with a question word and has no clause that opens with a modal
  verb ("hva er forskjellen på ...", "what is the difference ...", "hvem ...") is not answered by
  "Ja." or "Nei.".

Each reader returns None (unknown) when the words do not settle it, or when they point both ways;
an unknown fact never changes a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from advisor.answering.topics import topic_id, topic_terms

Wants = Literal["employee", "employer"]
Topic = Literal["place", "time"]


@dataclass(frozen=True)
class Fact:
    """A fact read from the question: its value and the words it was read from."""

    value: str
    span: str
    start: int
    end: int


_EMPLOYER = (
    r"(?:arbeidsgiver\w*|sjef\w*|leder\w*|ledelsen|bedrift\w*|firma\w*|selskap\w*|virksomhet\w*|kommunen|hr|de|han|hun|"
    r"employer\w*|boss\w*|manager\w*|company|firm|organi[sz]ation|management|they|he|she)"
)
_ME = r"(?:jeg|vi|man|i|we|(?:de\s+)?ansatte|arbeidstaker\w*|medarbeider\w*|employees|staff)"
_REFUSE = (
    r"(?:nekte\w*|avslå\w*|avslo|avvise\w*|avviste|si\s+nei|sier\s+nei|sa\s+nei|stoppe|"
    r"refuse\w*|deny|denie[sd]|say\s+no|says\s+no|said\s+no|turn\w*\s+down|reject\w*|decline\w*|block\w*)"
)
_OFFICE = r"(?:på|til|inne\s+på|at|in|to|into)\s+(?:the\s+)?(?:kontoret|jobben|arbeidsplassen|office|workplace)"
_IMPOSE_VERB = (
    r"(?:pålegg\w*|pålagt|pålegge|tvinge\w*|tvang|tvunget|beordre\w*|kommandere\w*|flytte\s+arbeids\w+|"
    r"(?:bestemme\w*|bestemt|vil|ville|krever|kreve|forlanger|insisterer\s+på)\s+at\s+(?:jeg|vi|alle|hele|folk|de\s+ansatte|noen|teamet|avdelingen)|"
    r"(?:vil|ville|ønsker)\s+ha\s+(?:alle|hele|oss|meg|folk|de\s+ansatte|teamet|avdelingen|staben)\b|"
    r"force[sd]?|forcing|impose\w*|compel\w*|insist\w*\s+that|"
    r"(?:make|makes|making)\s+(?:me|us|everyone|everybody|staff|people|employees|the\s+team)|"
    r"(?:order|ordered|require|requires|required|want|wants|tell|tells)\s+(?:me|us|everyone|everybody|staff|people|employees|the\s+team)\s+to)"
)

# The employer imposes (or the employee resists): "tvinge meg til", "må jeg godta", "kan jeg nekte å".
_IMPOSE = [
    re.compile(rf"\b{_IMPOSE_VERB}\b(?!.{{0,40}}\b{_OFFICE})"),
    re.compile(r"\b(?:må|skal)\s+(?:jeg|vi)\s+(?:godta|akseptere|finne\s+(?:meg|oss)\s+i|gå\s+med\s+på)\b"),
    re.compile(r"\b(?:have|need)\s+to\s+(?:accept|agree|go\s+along)\b"),
    re.compile(r"\bmot\s+(?:min|vår)\s+vilje\b|\bagainst\s+(?:my|our)\s+(?:will|wish\w*)\b"),
    re.compile(rf"\b{_ME}\s+(?:\w+\s+)?{_REFUSE}\s+(?:å|to)\b"),
    # the employer changing the hours or the shifts, or doing it without asking ("can the employer change my working
    # hours without asking me?", «kan sjefen endre arbeidstiden min uten å spørre?»)
    re.compile(
        rf"\b{_EMPLOYER}\s+(?:\w+\s+){{0,2}}(?:chang\w*|mov\w*|alter\w*|cut\w*|endre\w*|endret|flytte\w*|kutte\w*)\s+"
        r"(?:my|our|her|his|the|min|mine|vår|våre|hennes|hans)?\s*(?:\w+\s+)?(?:hours|shifts?|schedule|rota|arbeidstid\w*|vakt\w*|turnus\w*)\b"
        r".*\b(?:without|uten\s+å)\s+(?:asking|consulting|agreement|spørre|høre|avtale|drøfte)"
    ),
]
# The employee asks (and the employer may refuse): "arbeidsgiver nekter meg", "fikk nei", "kan jeg kreve".
_REQUEST = [
    re.compile(rf"\b{_EMPLOYER}\s+(?:\w+\s+){{0,3}}?{_REFUSE}\b"),
    re.compile(
        r"\b(?:fikk|fått|har\s+fått)\s+(?:et\s+)?(?:muntlig\s+|skriftlig\s+|bare\s+)?nei\b|\bble\s+(?:avslått|nektet|avvist)\b|"
        r"\bavslag\w*\b|\bgot\s+a\s+no\b|\b(?:was|were|been|got)\s+(?:refused|denied|turned\s+down|rejected|declined)\b"
    ),
    re.compile(
        r"\b(?:kreve\w*|krav\s+på|rett\s+(?:til|på)|rettskrav|insistere\w*|be\s+om|ba\s+om|bedt\s+om|søk\w*\s+om|søknad\w*|"
        r"entitled|right\s+to|request\w*|ask\w*\s+(?:for|to)|appl(?:y|ied)\s+(?:for|to)|insist\w*\s+on)\b"
    ),
    re.compile(rf"\b(?:holde|beholde|keep)\s+(?:meg|oss|me|us)\s+{_OFFICE}"),
    re.compile(rf"\b{_IMPOSE_VERB}\b.{{0,40}}\b{_OFFICE}"),  # requiring the office is refusing home office
]


def _first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def _norm(question: str) -> str:
    return " ".join(question.lower().split())


def who_wants(question: str) -> Fact | None:
    """Who wants the change the question is about: "employee" (a request the employer may refuse) or
    "employer" (something imposed); None when the words do not say, or say both."""
    text = _norm(question)
    impose = _first(_IMPOSE, text)
    request = _first(_REQUEST, text)
    if impose and request:
        # "kan arbeidsgiver nekte meg ... eller tvinge meg ..." asks both ways; a request word inside the
        # imposing phrase ("krever at jeg ...") is part of it, so only a separate one counts.
        if not (request.start() >= impose.start() and request.end() <= impose.end() + 12):
            return None
        request = None
    m, value = (impose, "employer") if impose else (request, "employee")
    if m is None:
        return None
    return Fact(value=value, span=m.group(0), start=m.start(), end=m.end())


_PLACE = re.compile(  # (a child or a parent at home is not home office: «en treåring hjemme», «hjemme med syke barn»)
    r"\b(?:hjemmekontor\w*|(?<!åring\s)(?<!barn\s)(?<!barna\s)(?<!unger\s)(?<!ungen\s)(?<!ungene\s)(?<!mor\s)(?<!far\s)"
    r"hjemme(?!\s+med\s+(?:\w+\s+)?(?:barn\w*|unge\w*|\w*åring\w*|syk\w*))\w*|hjemmefra|hjemmearbeid\w*|fjernarbeid\w*|arbeidssted\w*|"
    r"home\w*|remote\w*|remotely|telework\w*|wfh|hytt\w*|cabin\w*|utlandet|abroad)\b"
)
# The law's name as the asker's premise («jeg trodde retten til fleksibel arbeidstid også gjaldt hvor jeg jobber», "since
# the law gives a right to flexible working time"): no request about working time, so it does not make the subject time
_PREMISE = re.compile(
    r"\b(?:trodde|tenkte|mente|siden|ettersom|fordi|thought|since|because|as)\b[^.?!—–]{0,60}?"
    r"\b(?:rett(?:en)?\s+til|right\s+to)\s+(?:fleksib\w*|flexib\w*)\s+(?:arbeidstid\w*|working\s+(?:time|hours)|work\w*|hours)"
)
# Working hours told as a bare clock range: «07–15 i stedet for 08–16», «fra 8 til 16», "10 to 6 instead of 8 to 4"
# (not a count of days, weeks, people or per cent: «2-3 dager», "2-3 days a week", «uke 3-4», nor a span of dates)
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?"
_NOT_A_COUNT = (
    r"(?!\s*(?:%|prosent|percent|dag\w*|uke\w*|måned\w*|år\b|gang\w*|timer?\b|days?\b|weeks?\b|months?\b|years?\b|"
    r"times\b|hours?\b|ansatte|employees|people|personer|barn\w*|children|kids|kr\b|kroner|nok\b|"
    r"\.?\s*(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)\w*))"
)
CLOCK_RANGE = (
    rf"(?<!uke\s)(?<!week\s)(?<![\d.:/-])\b{_CLOCK}\s*[-–—]\s*{_CLOCK}\b(?![.:/-]?\d){_NOT_A_COUNT}|"
    rf"\b(?:fra|from|mellom|between)\s+(?:kl\.?\s*|klokka\s+)?{_CLOCK}\s+(?:til|to|og|and)\s+{_CLOCK}\b{_NOT_A_COUNT}|"
    rf"\b{_CLOCK}\s+(?:til|to)\s+{_CLOCK}\s+(?:i\s+stedet\s+for|istedenfor|instead\s+of|rather\s+than)\b"
)
_TIME = re.compile(
    CLOCK_RANGE + r"|"
    r"\b(?:fleksitid\w*|arbeidstid\w*|redus\w*|kortere\s+(?:dag\w*|arbeidsdag\w*|uke\w*)|deltid\w*|stillingsprosent\w*|"
    r"\d+\s*(?:%|prosent)|natt\w*|overtid\w*|turnus\w*|\w*vakt\w*|merarbeid\w*|plusstim\w*|kjernetid\w*|"
    r"flexi\w*|hours|part[\s-]time|shifts?|night\w*|overtime|rota\w*)"
)


# A fuller or permanent post asked for (§ 14-8 a): the percentage or part time named is the post held, not working time
_POST_FORM = re.compile(
    r"\b(?:fast\w*\s+(?:\w+\s+)?(?:stilling|ansett\w*|jobb)|full\s+stilling|større\s+stilling|høyere\s+stilling(?:sprosent)?|"
    r"mer\s+forutsigbar\w*|permanent\s+(?:post|position|job|contract)|full[\s-]time\s+(?:post|position|job)|bigger\s+(?:post|position))"
)
_POST_HELD = re.compile(r"\d+\s*(?:%|prosent)|deltid\w*|stillingsprosent\w*|part[\s-]time")


def topic(question: str) -> Fact | None:
    """The subject the question is about: "place" (working from home) or "time" (working time), or None
    when it names neither or both (flexible hours at home is both)."""
    text = _norm(question)
    place, time = _PLACE.search(text), _TIME.search(_PREMISE.sub(" ", text))
    if time and _POST_FORM.search(text) and all(_POST_HELD.fullmatch(m.group(0)) for m in _TIME.finditer(text)):
        time = None  # "jobber 50 prosent og har bedt om fast full stilling": the form of employment, not working time
    if bool(place) == bool(time):
        return None
    m, value = (place, "place") if place else (time, "time")
    assert m is not None
    return Fact(value=value, span=m.group(0), start=m.start(), end=m.end())


_ROUTE = re.compile(
    r"\b(?:ta|tar|tatt|bringe|bringer|sende|sender|klage|klager|gå|går|anke|anker|reise|reiser|prøve|prøvd)\s+"
    r"(?:\w+\s+){0,4}?(?:til|inn\s+for|for|i)\s+(?:\w+\s+)?(?:\w*nemnd\w*|retten|tingrett\w*|domstol\w*|rettssak)\b|"
    r"\bsaksøk\w*|\bsøksmål\w*|"
    r"\b(?:take|took|taken|bring|brought|send|sent|appeal|complain|go|went|escalate)\s+(?:\w+\s+){0,4}?(?:to|before|with)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}?(?:board|tribunal|court|ombud)\b|\bsue\b"
)
_FORUM = re.compile(r"nemnd|board|tribunal|domstol|tingrett|court|søksmål|saksøk|\bsue\b|ombud", re.IGNORECASE)


def asks_route(question: str) -> Fact | None:
    """Whether the question asks about taking the matter to a forum (the nemnd, a court, an ombud):
    "kan jeg ta det til nemnda", "can I take that to the dispute board", "saksøke"."""
    m = _ROUTE.search(_norm(question))
    return Fact(value="forum", span=m.group(0), start=m.start(), end=m.end()) if m else None


def speaks_of_forum(text: str) -> bool:
    """Whether a rule's own words name a forum (the nemnd, a court, an ombud)."""
    return bool(_FORUM.search(text))


_NEMND = r"(?:tvisteløsningsnemnda|nemnda)"
_DECIDED = re.compile(
    # (the case named between: "vant saken om fleksitid i nemnda", "tapte tvisten om nattfritaket for en sykepleier i ...")
    rf"\b(?:vant|tapte|fikk\s+(?:ikke\s+)?medhold)\s+(?:(?!(?:og|men|vil|skal|kan|må)\b)[\w-]+\s+){{0,7}}?(?:i|hos|for|fra)\s+{_NEMND}|"
    rf"\bfikk\s+(?:ja|nei)\s+(?:\w+\s+){{0,2}}?(?:i|hos|for|fra)\s+{_NEMND}|"
    rf"\b{_NEMND}\s+(?:har\s+)?(?:\w+\s+)?(?:avgjort|avgjorde|besluttet|bestemte|kom\s+til|ga\s+(?:\w+\s+){{1,3}}?(?:medhold|rett)|"
    r"fattet\s+vedtak|har\s+fattet|sa\s+(?:ja|nei))|"
    rf"\b(?:etter|når)\s+(?:at\s+)?{_NEMND}\s+har\s+(?:avgjort|behandlet|fattet|besluttet)|"
    r"\b(?:nemndas|tvisteløsningsnemndas)\s+(?:vedtak|avgjørelse|konklusjon)|\bvedtaket\s+fra\s+(?:tvisteløsnings)?nemnda|"
    r"\b(?:won|lost|win|wins|lose|loses)\s+(?:\w+\s+){0,2}?(?:at|before|in)\s+the\s+(?:\w+\s+){0,2}?(?:board|tribunal)|"
    r"\b(?:board|tribunal)\s+(?:has\s+)?(?:decided|ruled|found|sided)|\b(?:board|tribunal)'s\s+(?:decision|ruling)|"
    # a decision supposed ("if the board rules for the employer, can I still go to court?", «hvis nemnda gir arbeidsgiver medhold»)
    r"\b(?:if|when|once|after)\s+the\s+(?:\w+\s+){0,2}?(?:board|tribunal)\s+(?:rules|decides|finds|sides|says\s+(?:yes|no))|"
    rf"\b(?:hvis|om|når)\s+{_NEMND}\s+(?:avgjør|kommer\s+til|gir\s+\w+\s+(?:medhold|rett)|sier\s+(?:ja|nei))"
)


_IN_COURT = re.compile(
    r"\b(?:stevnet|stevner|saksøkt|anket|anker|brakt|bragt|tatt|gått|gikk)\s+(?:\w+\s+){0,3}?(?:inn\s+for|til|for|i)\s+"
    r"(?:tingretten|retten|domstolen\w*|lagmannsretten)|\b(?:saken|tvisten)\s+(?:går|er|ligger|står)\s+(?:nå\s+)?(?:i|for)\s+"
    r"(?:tingretten|retten|domstolen\w*)|\b(?:has|have|had)\s+(?:sued|taken\s+(?:it|the\s+case|us|me|her|him)\s+to\s+court)|"
    r"\b(?:case|dispute)\s+is\s+(?:now\s+)?(?:in|before)\s+(?:the\s+)?court"
)


def stage(question: str) -> Fact | None:
    """Where the case stands, when the question says: "in_court" once a party has brought the nemnd's
    decision before the courts ("bedriften har stevnet saken inn for tingretten"), "decided" once the
    nemnd has decided ("vant i nemnda", "nemndas vedtak"); None otherwise. Rules on getting a case to the
    nemnd do not answer what happens after its decision, nor rules on what happens if nobody sues what
    happens when someone has."""
    text = _norm(question)
    for value, pattern in (("in_court", _IN_COURT), ("decided", _DECIDED)):
        m = pattern.search(text)
        if (
            m
            and value == "in_court"
            and (_NOT_BEFORE.search(text[: m.start()]) or _IF_BEFORE.search(text[: m.start()]))
        ):
            m = None  # "har heller ikke gått til retten": no court case (then whether the nemnd has decided)
            if (d := _DECIDED.search(text)) is not None:
                return Fact(value="decided", span=d.group(0), start=d.start(), end=d.end())
        if m:
            return Fact(value=value, span=m.group(0), start=m.start(), end=m.end())
    return None


_NOT_BEFORE = re.compile(r"\bikke\s+(?:\w+\s+)?$")  # a negation just before the court: "har ikke gått til retten"
# a modal or a condition just before it: "innen hvilken frist må vi ha stevnet saken", "hvis de har saksøkt" (not yet in court)
_IF_BEFORE = re.compile(
    r"\b(?:må|skal|kan|bør|vil|ville|hvis|om|dersom|før|innen|must|can|will|would|if|before)\s+(?:\w+\s+){0,2}$"
)


# Which right of working time a question names (a finer subject than "time"): each is its own rule set.
_KINDS = {
    # (a percentage or "deltid" describes the position held, not a reduction asked for: part-timers ask about extra shifts)
    "reduced": r"redus\w*|redusert\w*|gå\s+ned\s+(?:i\s+stilling|til\s+\d+)|"
    r"kortere\s+(?:dag\w*|arbeidsdag\w*|uke\w*)|reduc\w*|part[\s-]time|fewer\s+hours|shorter\s+(?:days|hours|week)",
    "flex": r"fleksitid\w*|fleksibel\s+arbeidstid|kjernetid\w*|glidende|flexi\w*|flexible\s+(?:hours|working|time)",
    "night": r"natt\w*|night\w*",
    "overtime": r"overtid\w*|merarbeid\w*|ekstravakt\w*|ekstra\s+(?:vakt\w*|timer)|overtime|extra\s+(?:shifts?|hours)",
    "rest": r"hvile\w*|hviletid\w*|arbeidsfri\s+(?:periode|tid)|11\s+timer|35\s+timer|\brest\b|rest\s+period",
}
_KIND_RE = {name: re.compile(rf"\b(?:{p})") for name, p in _KINDS.items()}


def time_kind(question: str) -> Fact | None:
    """The one right of working time the question names (reduced hours, flexible hours, night work,
    overtime, rest), or None when it names none or several."""
    text = _norm(question)
    found = {name: m for name, p in _KIND_RE.items() if (m := p.search(text))}
    if len(found) != 1:
        return None
    ((name, m),) = found.items()
    return Fact(value=name, span=m.group(0), start=m.start(), end=m.end())


_WH = re.compile(
    r"^(?:hva|hvem|hvor|hvordan|hvilke[nt]?|hvorfor|når|what|who|whom|whose|where|how|which|why|when)\b"
    r"|\b(?:forskjell\w*|skiller|difference|differ)\b"
)
_YES_NO = re.compile(
    r"(?:^|[.?!,;:«»\"]\s*|\b(?:og|eller|and|or)\s+)(?:kan|må|får|har|skal|gjelder|er|trenger|holder|kreves|teller|"
    r"omfatter|regnes|dekker|finnes|stemmer|blir|bør|vil|"
    r"can|must|may|do|does|did|is|are|am|have|has|should|will|would|could)\s+\w"
)
_MODALS = (
    r"(?:kan|må|får|har|skal|gjelder|er|trenger|holder|kreves|teller|omfatter|regnes|dekker|finnes|stemmer|blir|bør|"
    r"can|must|may|do|does|is|are|have|has|should|will|would|could)"
)
# "må den være et eget dokument, eller kan den stå i arbeidsavtalen?": two alternatives, not yes or no
_ALTERNATIVES = re.compile(rf"(?:^|[.?!;:]\s*){_MODALS}\s+[^?]*?,?\s+\b(?:eller|or)\s+{_MODALS}\s+\w")


def asks_yes_no(question: str) -> bool | None:
    """Whether the question asks yes or no: True when a clause opens with a modal verb, False when it opens
    with a question word (or asks for a difference) and no clause asks yes or no, or when it asks which of
    two alternatives ("... eller kan det stå i arbeidsavtalen?"), None otherwise."""
    text = _norm(question)
    if _ALTERNATIVES.search(text):
        return False
    if _YES_NO.search(text):
        return True
    if _WH.search(text):
        return False
    return None


def asks_no_yes_no(question: str) -> bool:
    """Whether no yes or no is asked: `asks_yes_no` is False, or, with the facts told first, every sentence that asks
    opens with a question word («Nemnda ga meg medhold … Hvor lang tid har jeg på meg, og hva gjelder …?», "… How
    strong is his case?"). Only the answer's first word reads this; the rule is matched as before."""
    answer = asks_yes_no(question)
    if answer is not None:
        return not answer
    asked = [p for p in re.split(r"(?<=[.?!])\s+", _norm(question)) if p.rstrip().endswith("?")]
    return bool(asked) and all(_WH.match(p) for p in asked)


def uncovered_subject(question: str, texts: list[str]) -> Fact | None:
    """A subject the question asks about (tax, holidays, insurance, pay ...) that none of the texts names:
    the sources found for it speak of something else, so they do not answer it."""
    for index, pattern in topic_terms():  # the words that name a topic the corpus does not cover
        m = pattern.search(question)
        if m and not any(pattern.search(text) for text in texts):
            return Fact(value=topic_id(index), span=m.group(0), start=m.start(), end=m.end())
    return None


_EXPLAIN = re.compile(
    r"^(?:hva\s+(?:er|betyr|menes\s+med|innebærer)|what\s+(?:is|are|does|do)|what's)\b|"
    r"\b(?:forskjell\w*|skiller|difference\w*|differ|definisjon\w*|definition\w*|mean(?:s|ing)?)\b"
)


def asks_explanation(question: str) -> bool:
    """Whether the question asks what something is, means, or how two things differ ("hva er kjernetid?",
    "what is the difference between ..."): it is answered by what the sources say it is, not by advice."""
    return bool(_EXPLAIN.search(_norm(question)))


# Who asks: an employee about their own arrangement ("jeg", "lederen min", "med sjefen") or HR and managers
# about the workplace's ("våre ansatte", "hos oss", "policy"). A guide written for the other reader does
# not lead (its title says whom it is for: "Ni punkter for HR").
_HR_ASKS = re.compile(
    r"\b(?:vi|våre|vår|oss|our|we|us)\b.{0,40}\b(?:ansatte|medarbeidere|mellomledere|ledere|team|avdeling\w*|"
    r"virksomhet\w*|employees|staff|managers|teams?)\b|\b(?:policy|retningslinje\w*|hr)\b|"
    r"\b(?:ansatte|medarbeiderne|mellomlederne|lederne|teamet|avdelingen)\s+(?:våre|vår|vårt|hos\s+oss)\b"
)
_EMPLOYEE_ASKS = re.compile(
    r"\b(?:jeg|meg|min|mitt|mine|me|my)\b|^i\b|[,.;]\s*i\b|\b(?:med|til)\s+(?:lederen|sjefen)\b|\b(?:lederen|sjefen)\s+(?:min|mitt)\b"
)
_FOR_HR = re.compile(r"\bfor\s+HR\b|\bHR[- ](?:rådgiver|advisers?)", re.IGNORECASE)


def asker(question: str) -> str | None:
    """Who asks: "employee" (their own arrangement) or "hr" (the workplace's), or None when unclear."""
    text = _norm(question)
    hr, employee = _HR_ASKS.search(text), _EMPLOYEE_ASKS.search(text)
    if bool(hr) == bool(employee):
        return None
    return "hr" if hr else "employee"


def written_for_hr(title: str) -> bool:
    """Whether a guide's title says it is written for HR ("Ni punkter for HR: ...")."""
    return bool(_FOR_HR.search(title))


_REASON_NEEDED = re.compile(
    r"\b(?:trenger|må|skal|bør)\s+(?:jeg|vi|man|hun|han|du|de|den\s+ansatte|arbeidstaker\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:begrunn\w*|grunn\w*|oppgi\s+(?:hvorfor|grunn\w*)|forklare\s+hvorfor|dokumentere\w*)|"
    r"\b(?:kreves|trengs)\s+(?:det\s+)?(?:\w+\s+){0,2}?(?:begrunnelse|grunn)\w*|"
    r"\b(?:do|does|must|should)\s+(?:i|we|you|one|she|he|they)\s+(?:\w+\s+){0,2}?(?:need|have)\s+(?:to\s+)?(?:give\s+|state\s+)?"
    r"(?:a\s+|any\s+)?(?:reasons?|justif\w*|explain\w*)|\bneed\s+(?:a|any)\s+(?:special\s+)?reason"
)


def asks_if_reason_needed(question: str) -> bool:
    """Whether the question asks if the employee must give a reason ("må jeg oppgi hvorfor?", "trenger jeg
    noen spesiell begrunnelse?", "do I need a reason?"): a rule granting a right without one answers no."""
    return bool(_REASON_NEEDED.search(_norm(question)))


# Another country's law: the sources are Norwegian law and the Norwegian nemnd's practice only, so a question
# about what Danish, Swedish or German law says is outside them, whatever Norwegian rule it resembles ("Does
# Danish law give them a right to flexible hours like the Norwegian act does?" is not answered "Yes").
_COUNTRY_ADJ = (
    r"dansk|svensk|finsk|islandsk|færøysk|tysk|britisk|skotsk|irsk|fransk|nederlandsk|belgisk|polsk|spansk|"
    r"portugisisk|italiensk|litauisk|latvisk|estisk|amerikansk|kanadisk|australsk|utenlandsk"
)
_COUNTRY_ADJ_EN = (
    r"danish|swedish|finnish|icelandic|faroese|german|british|scottish|irish|french|dutch|belgian|polish|"
    r"spanish|portuguese|italian|lithuanian|latvian|estonian|american|canadian|australian|foreign"
)
_COUNTRY = (
    r"danmark|sverige|finland|island|færøyene|tyskland|storbritannia|england|skottland|irland|frankrike|nederland|"
    r"belgia|polen|spania|portugal|italia|litauen|latvia|estland|usa|canada|australia|denmark|sweden|iceland|"
    r"germany|britain|the\s+uk|scotland|ireland|france|the\s+netherlands|belgium|poland|spain|italy|lithuania|"
    r"estonia|the\s+us|the\s+usa|the\s+united\s+states|australia"
)
_LAW_NB = r"(?:lov\w*|rett(?:en)?|arbeidsrett\w*|arbeidsmiljølov\w*|regler|reglene|regelverk\w*|lovgivning\w*)"
_LAW_EN = r"(?:law|laws|legislation|rules|regulations|labou?r\s+law|employment\s+law|working\s+time\s+act)"
_FOREIGN = re.compile(
    rf"\b(?:{_COUNTRY_ADJ})e?\s+{_LAW_NB}\b|\b(?:{_COUNTRY_ADJ_EN})\s+{_LAW_EN}\b|"
    rf"\b{_LAW_NB}\s+i\s+(?:{_COUNTRY})\b|\b{_LAW_EN}\s+in\s+(?:{_COUNTRY})\b|"
    rf"\bunder\s+(?:{_COUNTRY_ADJ_EN})\s+law\b",
    re.IGNORECASE,
)


def foreign_law(question: str) -> Fact | None:
    """Whether the question asks about another country's law ("etter dansk lov", "German employment law",
    "the rules in Sweden"); None for Norwegian law, and for working from abroad (an outside topic of its own)."""
    m = _FOREIGN.search(question)
    return Fact(value="foreign", span=m.group(0), start=m.start(), end=m.end()) if m else None


# How a case would go (its merits), not how to bring it: «hvor godt står vi?», «hvor store sjanser har jeg?», «vil
# nemnda gi oss medhold?», "what are my chances?", "would we win?". The rules on getting a case to the nemnd (its
# deadline, how it is sent) do not answer that.
_MERITS = re.compile(
    r"\bhvor\s+(?:godt|sterkt|dårlig|svakt)\s+står\b|\bhvor\s+(?:sterk|god|svak)\s+(?:er\s+)?(?:saken|sak\w*)|"
    r"\b(?:sjanse\w*|utsikt\w*)\s+(?:til|for|har|i)\b|\bhvor\s+store\s+sjanse\w*|\b(?:vinne|tape)\s+(?:saken|frem|fram)\b|"
    r"\b(?:vil|ville|kommer)\s+(?:nemnda|tvisteløsningsnemnda)\s+(?:\w+\s+){0,2}?(?:gi|gitt)\s+\w+\s+(?:medhold|rett)\b|"
    r"\b(?:få|fått)\s+medhold\b|\bnå\s+(?:frem|fram)\b|"
    r"\bhow\s+(?:strong|good|weak)\s+(?:is\s+)?(?:our|my|the|their|her|his)\s+(?:case|position)|\bchances?\s+(?:of|are|before|at|in)\b|"
    r"\bmy\s+chances\b|\bour\s+chances\b|\blikely\s+to\s+(?:win|succeed|lose)\b|\b(?:would|will|could)\s+(?:we|i|she|he|they)\s+win\b|"
    r"\bprospects\b|\bwin\s+(?:the|my|our|her|his|this)\s+case\b|"
    # what makes a refusal hold, asked by the employer about to give it («for at avslaget skal holde», "so the refusal holds up")
    r"\bfor\s+at\s+(?:det|avslaget|den)\s+skal\s+(?:holde|stå\s+seg)\b|\b(?:skal|vil)\s+(?:avslaget|det)\s+(?:holde|stå\s+seg)\b|"
    r"\bso\s+(?:that\s+)?(?:the|our|my)\s+refusal\s+(?:holds|will\s+hold|stands)\b",
    re.IGNORECASE,
)


def asks_merits(question: str) -> Fact | None:
    """Whether the question asks how a case would go before the nemnd (its chances), not how to bring it."""
    m = _MERITS.search(question)
    return Fact(value="merits", span=m.group(0), start=m.start(), end=m.end()) if m else None


# Whether what someone else said is true («lederen sier … Stemmer det?», "My director says … True?"): a rule whose
# answer opens with a condition ("Nei, ikke hvis …", "Ja, hvis …") answers its own yes/no, which would read as
# "no, that is not true"; the condition alone answers such a question
_IS_IT_TRUE = re.compile(
    r"\b(?:stemmer\s+(?:det|dette)|er\s+(?:det|dette)\s+(?:riktig|rett|sant|korrekt)|har\s+(?:han|hun|de|sjefen|lederen)\s+rett)\b|"
    r"\b(?:true|correct|right)\s*\?|\bis\s+(?:that|this|it|he|she|they)\s+(?:true|right|correct)\b",
    re.IGNORECASE,
)


def asks_if_true(question: str) -> bool:
    """Whether the question asks if something someone said is true."""
    return _IS_IT_TRUE.search(question) is not None


# Whether one reason alone is enough («kan de si nei bare fordi det er turnus?», "just because we work in shifts?"): a
# rule that says the reason can count does not answer it with "Det kan det"
_ALONE = re.compile(
    r"\b(?:bare|kun|utelukkende)\s+(?:\w+\s+){0,3}?(?:fordi|på\s+grunn\s+av|pga)\b|"
    r"\b(?:just|only|simply|solely|merely)\s+(?:\w+\s+){0,3}?because\b",
    re.IGNORECASE,
)


def asks_if_reason_alone(question: str) -> bool:
    """Whether the question asks if one reason alone is enough."""
    return _ALONE.search(question) is not None
