"""Which way a yes/no question points, so that a rule's "Ja"/"Nei" answers the question as asked.

A rule's direct answer opens with yes or no to one proposition: "Nei. Du har ingen lovfestet rett til
hjemmekontor" answers "har jeg rett til hjemmekontor?". Asked the other way round — "kan sjefen nekte
meg hjemmekontor?" — the same rule answers "Ja". Questions point one of two ways:

- "claim": whether the employee may have, demand or refuse something ("har jeg rett til", "kan jeg
  kreve", "kan jeg nekte overtid", "must my employer grant");
- "deny": whether the employer may refuse, take away or end it ("kan sjefen nekte meg", "arbeidsgiver
  avslo, er det lovlig", "can my employer refuse").

A rule whose direct answer opens with yes or no says which way its yes/no points (`way` in the rule
set, tools/legal_rules_src.py). When a question points the other way, the opening is turned ("Nei."
becomes "Ja.", "Ja, hvis …" becomes "Nei, ikke hvis …"); the rest of the answer is the same statement
of law. A question that points nowhere, or a rule without a way, leaves the answer as written.
"""

from __future__ import annotations

import re
from typing import Literal

Way = Literal["claim", "deny"]

_EMPLOYER = (
    r"(?:arbeidsgiver\w*|sjef\w*|leder(?:en|e|ne)?|nærmeste\s+leder|ledelse\w*|bedrift\w*|virksomhet\w*|firma\w*|"
    r"kommune\w*|etat\w*|hr|personalavdeling\w*|han|hun|de|dem|the\s+employer|employer|(?:my|our|the)\s+"
    r"(?:boss|manager|line\s+manager|company|employer|firm|organisation|organization)|boss|manager|they|he|she|it)"
)
# Refusing, removing or ending what the employee has or asks for (infinitive, present and past).
_DENY_NB = (
    r"(?:nekte\w*|avslå\w*|avslo|avvise\w*|avviste|si\s+nei|sier\s+nei|sa\s+nei|ta\s+(?:bort|fra)|tar\s+(?:bort|fra)|"
    r"tok\s+(?:bort|fra)|fjerne\w*|trekke\s+tilbake|trekker\s+tilbake|trakk\s+tilbake|stoppe\w*|avslutte\w*|"
    r"inndra\w*|si\s+opp|sier\s+opp|sa\s+opp|la\s+(?:være|vere)|vente\s+med|overse\w*)"
)
_DENY_EN = (
    r"(?:refus\w*|den(?:y|ies|ied|ying)|reject\w*|turn(?:s|ed|ing)?\s+down|say(?:s|ing)?\s+no|said\s+no|"
    r"take\s+away|tak(?:es|ing)\s+away|took\s+away|withdr[ae]w\w*|remov\w*|end(?:s|ed|ing)?|stop\w*|cancel\w*|"
    r"revok\w*|ignor\w*)"
)
# "kan de ansatte nekte …" is the employees refusing, not the employer
_NOT_STAFF = r"(?!\s+(?:ansatt\w*|arbeidstaker\w*|medarbeider\w*|kolleg\w*|tillitsvalgt\w*|employees?|staff|workers?))"
_MODAL_NB = r"(?:kan|får|har\s+(?:\w+\s+){0,2}lov\s+til\s+å|står\s+\w+\s+fritt\s+til\s+å|lov\s+å|skal|må)"
_MODAL_EN = (
    r"(?:can|could|may|might|is\s+\w+\s+allowed\s+to|(?:are|is)\s+(?:they|he|she|it)\s+allowed\s+to|entitled\s+to)"
)
_SELF = (
    r"(?:jeg|vi|meg|oss|man|du|i|we|me|us|you|(?:\w+\s+)?(?:ansatt\w*|arbeidstaker\w*|medarbeider\w*|"
    r"employees?|staff|workers?))"
)

_DENY = [
    # "kan sjefen nekte meg …", "har arbeidsgiver lov til å avslå …", "kan lederen min si nei"
    re.compile(
        rf"\b{_MODAL_NB}\s+(?:\w+\s+){{0,1}}{_EMPLOYER}{_NOT_STAFF}(?:\s+\w+){{0,3}}?\s+{_DENY_NB}\b", re.IGNORECASE
    ),
    # "har arbeidsgiver lov til å nekte", "står arbeidsgiver fritt til å avvise"
    re.compile(
        rf"\b(?:har|står)\s+(?:\w+\s+){{0,1}}{_EMPLOYER}\s+(?:\w+\s+){{0,2}}(?:lov|fritt|rett|adgang)\s+til\s+å\s+"
        rf"(?:\w+\s+){{0,2}}{_DENY_NB}\b",
        re.IGNORECASE,
    ),
    # "er det lov / lovlig å nekte …", "arbeidsgiver avslo …, er det lovlig"
    re.compile(
        rf"\ber\s+det\s+(?:lov|lovlig|tillatt|greit)\w*\s+(?:for\s+\w+\s+)?(?:å\s+)?{_DENY_NB}\b", re.IGNORECASE
    ),
    # "ny leder vil ta bort ordningen, kan han det?", "sjefen avslo, er det lovlig?"
    re.compile(
        rf"\b{_EMPLOYER}\s+(?:\w+\s+){{0,3}}{_DENY_NB}\b.{{0,120}}\b(?:er\s+det\s+(?:lov|lovlig|tillatt)\w*|"
        r"(?:kan|får)\s+(?:han|hun|de|dem|sjefen|lederen|arbeidsgiver\w*|bedriften|ledelsen)(?:\s+det)?\s*\?|"
        r"har\s+(?:han|hun|de|sjefen|lederen|arbeidsgiver\w*|bedriften)\s+lov)",
        re.IGNORECASE,
    ),
    # the employer deciding it: "ny sjef vil ha alle på kontoret, kan hun bare bestemme det?", "har lederen lov til å
    # bestemme hvor vi jobber?" (whether the employer may decide against the employee's wish)
    re.compile(
        rf"\b(?:kan|får|har)\s+(?:\w+\s+){{0,1}}{_EMPLOYER}{_NOT_STAFF}\s+(?:\w+\s+){{0,3}}?(?:bestemme|avgjøre|beslutte)\s+"
        r"(?:det|dette|slikt|sånn|hvor|at)\b",
        re.IGNORECASE,
    ),
    # "kan jeg bli nektet", "kan den tas bort", "kan ordningen avsluttes"
    re.compile(
        r"\b(?:kan|får)\s+(?:\w+\s+){0,3}(?:bli|blir)\s+(?:nektet|avslått|avvist|fratatt|sagt\s+opp)\b", re.IGNORECASE
    ),
    re.compile(
        r"\bkan\s+(?:\w+\s+){0,3}(?:tas\s+(?:bort|fra\s+meg)|fjernes|avsluttes|stoppes|trekkes\s+tilbake|inndras|sies\s+opp|nektes|avslås|avvises)\b",
        re.IGNORECASE,
    ),
    # a refusal told in the passive, then "er det lov?": "jeg ble nektet fleksitid ..., er det lov?"
    re.compile(
        r"\b(?:ble|blir|er\s+blitt|har\s+blitt)\s+(?:\w+\s+){0,2}?(?:nektet|avslått|avvist|fratatt)\b.{0,120}\b"
        r"(?:er\s+det\s+(?:lov|lovlig|tillatt|greit)\w*|har\s+(?:de|han|hun|sjefen|lederen|arbeidsgiver\w*|bedriften)\s+lov)",
        re.IGNORECASE,
    ),
    # English: "can my employer refuse", "is the employer allowed to deny"
    re.compile(
        rf"\b{_MODAL_EN}\s+(?:\w+\s+){{0,1}}{_EMPLOYER}{_NOT_STAFF}(?:\s+\w+){{0,3}}?\s+{_DENY_EN}\b", re.IGNORECASE
    ),
    re.compile(
        rf"\bis\s+(?:\w+\s+){{0,2}}{_EMPLOYER}\s+(?:\w+\s+){{0,1}}(?:allowed|entitled|free|permitted)\s+to\s+(?:\w+\s+){{0,1}}{_DENY_EN}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:is\s+it\s+(?:legal|lawful|allowed|ok)|is\s+that\s+(?:legal|lawful|allowed))\b.{{0,40}}\b(?:to\s+)?{_DENY_EN}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_EMPLOYER}\s+(?:\w+\s+){{0,3}}{_DENY_EN}\b.{{0,120}}\b(?:is\s+(?:that|this|it)\s+(?:legal|lawful|allowed)|"
        r"(?:can|may)\s+(?:he|she|they|it|the\s+employer|my\s+(?:boss|manager|employer))\s+(?:do\s+(?:that|this)|legally)|"
        r"(?:is|are)\s+(?:he|she|they|it)\s+allowed)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:can|could|may)\s+(?:\w+\s+){0,3}be\s+(?:refused|denied|rejected|taken\s+away|withdrawn|removed|ended|stopped|cancelled|canceled)\b",
        re.IGNORECASE,
    ),
    # whether the employer's refusal holds: «holder et sånt avslag?», «står avslaget seg?», "does the refusal hold?"
    re.compile(
        r"\b(?:holder|står)\s+(?:et\s+|det\s+)?(?:sånt\s+|slikt\s+|dette\s+|dette\s+|hennes\s+|hans\s+)?avslag(?:et)?\b|"
        r"\bavslag(?:et)?\s+(?:\w+\s+)?(?:holde|holder|stå\s+seg|står\s+seg)\b|"
        r"\b(?:does|will|would)\s+(?:the|that|this|such\s+a|her|his|my)\s+refusal\s+(?:\w+\s+)?(?:hold|stand)\b|"
        # whether a reason is good enough to refuse: «er det en gyldig grunn til å avslå?», "a valid reason to refuse?"
        r"\b(?:gyldig|god|saklig|lovlig|holdbar|tilstrekkelig)\w*\s+(?:grunn|begrunnelse|årsak)\w*\s+(?:til\s+å|for\s+å)\s+"
        rf"{_DENY_NB}|\b(?:valid|good|legitimate|lawful|sufficient|proper)\s+(?:reason|ground)s?\s+(?:to|for)\s+{_DENY_EN}",
        re.IGNORECASE,
    ),
    # having to give up what one has: "do I have to go back to my old hours?", «må jeg gå tilbake til gamle tider?»
    # (the employer taking it away, asked from the employee's side)
    re.compile(
        r"\b(?:do|does|must|will)\s+(?:i|we|she|he|they)\s+(?:\w+\s+)?(?:have\s+to\s+|need\s+to\s+)?"
        r"(?:go\s+back|give\s+up|switch\s+back|revert|lose)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bmå\s+(?:jeg|vi|hun|han)\s+(?:\w+\s+)?(?:gå\s+tilbake|gi\s+opp|gi\s+slipp\s+på|miste)\b", re.IGNORECASE
    ),
]
_CLAIM = [
    re.compile(r"\b(?:rett\s+(?:til|på)|krav\s+på|rettskrav|kreve\w*|krever)\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:kan|får|må|skal|slipper)\s+{_SELF}\s+(?:\w+\s+){{0,1}}(?:få|ha|slippe|nekte|avslå|si\s+nei|gå\s+ned|jobbe|velge|fritas)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bmå\s+(?:\w+\s+){{0,1}}{_EMPLOYER}\s+(?:\w+\s+){{0,2}}(?:gi|innvilge|godta|akseptere|la|gå\s+med\s+på|tilrettelegge|følge|rette\s+seg\s+etter)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:right\s+to|entitled|entitlement|claim|demand|insist)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:can|may|could)\s+(?:i|we)\s+(?:\w+\s+){0,1}(?:get|have|refuse|decline|say\s+no|demand|ask|work|choose|opt)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:must|does|do|has|have)\s+(?:\w+\s+){{0,1}}{_EMPLOYER}\s+(?:\w+\s+){{0,2}}(?:to\s+)?(?:grant|give|accept|allow|let|agree|follow|comply)\b",
        re.IGNORECASE,
    ),
]

# The openings a rule's answer uses, each with its opposite ("yes, if X" turns into "no, not if X").
_TURNS = [
    ("Nei, ikke hvis ", "Ja, hvis "),
    ("No, not if ", "Yes, if "),
    ("Som hovedregel nei", "Som hovedregel ja"),
    ("As a rule no", "As a rule yes"),
    ("Nei", "Ja"),
    ("No", "Yes"),
]
# The one pattern of an answer that opens with yes or no ("Ja.", "Nei,", "Som hovedregel nei", "No."); the
# hedge, if any, is kept when the yes/no is dropped.
_LEAD = re.compile(r"^(?P<hedge>(?:Som hovedregel|As a rule)\s+)?(?:ja|nei|yes|no)\b", re.IGNORECASE)
_AFTER_LEAD = re.compile(r"[.,:;]?\s*")


# The employer demanding something ("hvis arbeidsgiver krever det", "sjefen krever at jeg ...") is not the
# employee's claim: such spans are left out before the claim patterns are tried.
_EMPLOYER_DEMANDS = re.compile(
    rf"\b{_EMPLOYER}\s+(?:\w+\s+){{0,2}}?(?:krever|kreve|krevde|forlanger|demands?|requires?)\b", re.IGNORECASE
)


# Someone asked or told to work more, then "kan hun si nei?": the refusal is the employee's (to work), not
# the employer's ("Et medlem jobber redusert og blir bedt om å jobbe ekstra vakter. Kan hun si nei?")
_ASKED_TO_WORK = re.compile(
    r"\b(?:bedt\s+om|blir\s+bedt|ble\s+bedt|pålagt|beordret|asked\s+to|told\s+to|ordered\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:jobbe|ta|arbeide|work|do|take)\b.{0,80}\b(?:si\s+nei|nekte\w*|say\s+no|refuse\w*)\b",
    re.IGNORECASE,
)


# The asker answering a request from the staff they lead («som seksjonssjef har jeg fått en søknad fra en i gruppa mi»,
# "I'm a store manager and one of my staff wants ...", «en av mine ansatte krever»): the asker is the employer, so
# «kan jeg avslå?» is the employer refusing, not the employee refusing to work
_STAFF_ASKS = re.compile(
    r"\b(?:mine|våre)\s+(?:\w+\s+)?(?:ansatte|medarbeidere|underordnede|folk)\b|\ben\s+(?:av\s+)?(?:mine|våre)\b|"
    r"\b(?:en|ei|noen)\s+(?:\w+\s+)?i\s+(?:gruppa|gruppen|teamet|avdelingen|seksjonen)\s+(?:mi|min|mitt|vår|vårt)\b|"
    r"\b(?:one|some|several|two|three)\s+of\s+my\s+(?:staff|employees|team|reports|people|workers)\b|"
    r"\bmy\s+(?:staff|employees|team\s+members?|direct\s+reports?|reports)\b|\bsomeone\s+(?:in|on|from)\s+my\s+team\b",
    re.IGNORECASE,
)
_SELF_REFUSES = re.compile(
    r"\b(?:kan|får|bør|har)\s+(?:jeg|vi)\s+(?:\w+\s+){0,2}?(?:lov\s+til\s+å\s+)?(?:avslå\w*|nekte\w*|si\s+nei|avvise\w*)\b|"
    r"\b(?:can|may|should|could)\s+(?:i|we)\s+(?:just\s+|simply\s+|legally\s+)?(?:refuse|reject|deny|decline|turn\s+(?:it|her|him|them)?\s*down|say\s+no)\b",
    re.IGNORECASE,
)


def way(text: str) -> Way | None:
    """Which way a question points: "deny" (may the employer refuse or end it), "claim" (may I have or
    demand it), or None when it does not tell. Denial is tested first: "kan sjefen nekte meg rett til …"
    asks about the employer's refusal even though it names a right."""
    if any(p.search(text) for p in _DENY) and not _ASKED_TO_WORK.search(text):
        return "deny"
    if _STAFF_ASKS.search(text) and _SELF_REFUSES.search(text):
        return "deny"  # a manager asked by the staff: «kan jeg avslå?» is the employer's refusal
    claim_text = _EMPLOYER_DEMANDS.sub(" ", text)
    if any(p.search(claim_text) for p in _CLAIM):
        return "claim"
    return None


def turned(answer: str) -> str:
    """The answer with its opening yes/no turned the other way (unchanged if it opens with neither)."""
    for a, b in _TURNS:
        for this, that in ((a, b), (b, a)):
            if answer.startswith(this) and (this.endswith(" ") or not answer[len(this) : len(this) + 1].isalpha()):
                return that + answer[len(this) :]
    return answer


_AFFIRM = re.compile(r"^(?:Det kan det|It can|Ja|Yes)\b\s*[.,:;]?\s*(?=\S)")


def without_affirmation(answer: str) -> str:
    """The answer without an affirmative opening («Det kan det: stillingens art teller …» -> «Stillingens art teller …»)."""
    m = _AFFIRM.match(answer)
    if not m:
        return answer
    rest = answer[m.end() :]
    return rest[:1].upper() + rest[1:]


_CONDITIONAL = re.compile(r"^(?:nei,\s+ikke\s+hvis|ja,\s+hvis|no,\s+not\s+if|yes,\s+if)\b", re.IGNORECASE)


def conditional(answer: str) -> bool:
    """Whether an answer's yes/no hangs on a condition ("Nei, ikke hvis …", "Yes, if …")."""
    return _CONDITIONAL.match(answer.strip()) is not None


def answers_yes_no(answer: str) -> bool:
    """Whether a rule's direct answer opens with yes or no ("Ja.", "Nei,", "Som hovedregel nei", "No.")."""
    return bool(_LEAD.match(answer.strip()))


def without_yes_no(answer: str) -> str:
    """The answer without its opening yes or no, for a question that did not ask yes or no
    ("Nei. Fleksibel arbeidstid ..." -> "Fleksibel arbeidstid ...", "Som hovedregel nei: ingen lov ..." ->
    "Som hovedregel: ingen lov ...")."""
    m = _LEAD.match(answer)
    if not m:
        return answer
    end = _AFTER_LEAD.match(answer, m.end())
    rest = answer[end.end() if end else m.end() :]
    if not rest:
        return answer
    if m.group("hedge"):
        return m.group("hedge").rstrip() + ": " + rest
    return rest[:1].upper() + rest[1:]


# A question asked in the negative ("slipper arbeidsgiver å ...", "trenger vi ikke ...", "doesn't the employer
# have to ..."): a rule's "Ja."/"Nei." answers the positive question, so it would say the opposite.
_NEGATIVE = re.compile(
    r"\b(?:slipper|slippe|trenger\s+(?:\w+\s+)?ikke|må\s+(?:\w+\s+)?ikke|ikke\s+(?:lov|nødvendig|påkrevd|krav|plikt)|"
    r"unødvendig|unntatt|fritatt|doesn'?t|don'?t|does\s+not|do\s+not|isn'?t|aren'?t|is\s+not|are\s+not|"
    r"not\s+(?:required|necessary|needed|obliged|allowed)|exempt\w*|no\s+need)\b",
    re.IGNORECASE,
)


def oriented(answer: str, question: str, rule_way: str | None) -> str:
    """The rule's answer as an answer to this question: turned when the question points the other way; a
    rule without a way (its yes/no answers one positive question) opens without it when asked in the negative."""
    if not _LEAD.match(answer):
        return answer
    if rule_way is None:
        return without_yes_no(answer) if _NEGATIVE.search(question) else answer
    asked = way(question)
    return turned(answer) if asked is not None and asked != rule_way else answer


# A rule's answer that says the matter is not for the forum (the nemnd, a court) it names
_NOT_FOR_FORUM = re.compile(
    r"\bikke\s+(?:en\s+)?sak\s+for\b|\bhører\s+ikke\s+under\b|\bavgjør\s+ikke\b|\bkan\s+ikke\s+(?:bringes|klages|tas)\s+inn\b|"
    r"\bnot\s+a\s+(?:case|matter)\s+for\b|\bdoes\s+not\s+(?:decide|hear)\b|\bcannot\s+be\s+(?:brought|taken)\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^(?:(?:Som hovedregel|As a rule)\s+)?(?:ja|yes)\b", re.IGNORECASE)


def yes_to_a_closed_route(answer: str) -> bool:
    """Whether a rule's answer opens with yes but says the matter is not for the forum: asked "can we bring
    this to the nemnd?", its «Ja:» (to the rule's own question, "must working time be safe?") would say
    the opposite of the rest of the line, so the answer opens without it."""
    return bool(_YES.match(answer.strip()) and _NOT_FOR_FORUM.search(answer))
