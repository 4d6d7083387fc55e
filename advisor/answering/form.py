"""What kind of answer a question asks for: what the law is, or advice on what to do.

A legal rule should lead the answer only when the question asks what the law is — whether one may,
must, has a right, what the deadline is, what the nemnd or a court does. A question that asks how to
argue, what to propose or what is wise is answered from the guides, as advice. The form is read from
the question's own words (bokmål and English), not from its topic: "hvordan kan jeg få fleksitid"
asks for advice, "kan sjefen nekte meg fleksitid" asks for the law, although both are about flexitime.

- "law": the question asks about the law (it may also ask for advice: then the law leads).
- "advice": it asks only how to go about something, what is wise or what to answer.
- "open": neither (a statement, "sjefen er redd teamet faller fra hverandre"): a rule leads only when
  the question is very close to it or clearly ahead and confirmed; otherwise the guides' advice leads.
"""

from __future__ import annotations

import re
from typing import Literal

Form = Literal["law", "advice", "open"]

# A clause that opens with a modal verb asks whether one may, must or has something (a weak sign).
_MODAL_NB = re.compile(
    r"(?:^|[.?!,;:«»\"]\s*|\s[\u2013\u2014-]\s*|\bog\s+)(?:kan|må|får|har|skal|gjelder|er|trenger|holder|kreves|"
    r"teller|omfatter|regnes|dekker|finnes|betyr|stiller|gir)\s+\w"
)
# "Who must", "when may I", "how much can they", "where can I": a question word and a modal verb ask about the law too.
_ASKED_NB = re.compile(
    r"\b(?:hvem|når|hvor(?:\s+\w+)?)\s+(?:\w+\s+){0,3}?(?:kan|må|får|skal)\s+(?:jeg|vi|du|man|hun|han|de|"
    r"arbeidsgiver\w*|sjefen|lederen|bedriften|arbeidstaker\w*)\b|\bhvem\s+(?:avgjør|bestemmer|velger)\b"
)
# The same in English: "who decides which day ...", "when can they ...", "who gets to choose ...".
_ASKED_EN = re.compile(
    r"\b(?:who|when|which\s+\w+)\s+(?:\w+\s+){0,2}?(?:can|must|may|has\s+to|have\s+to)\s+(?:i|we|you|one|she|he|they|"
    r"my\s+\w+|the\s+\w+|an?\s+\w+)\b|\bwho\s+(?:decides|chooses|gets\s+to\s+(?:decide|choose|pick)|has\s+to|must|needs\s+to|bears|pays)\b"
)
_MODAL_EN = re.compile(
    r"(?:^|[.?!,;:]\s*|\s[\u2013\u2014-]\s*|\band\s+)(?:can|must|may|do|does|is|are|am|have|has|should)\s+\w"
)
# Words of the law itself (a strong sign).
_LAW = re.compile(
    r"\b(?:rett(?:en|igheter?)?\s+(?:til|på)|krav\s+på|kreve\w*|lov(?:lig\w*|festet|en|ens|verket)?|ulovlig\w*|"
    r"plikt\w*|forplikt\w*|\w*frist\w*|\w*nemnd\w*|tingrett\w*|"
    r"domstol\w*|søksmål\w*|saksøk\w*|vedtak\w*|rettskraft\w*|\w*forskrift\w*|arbeidsmiljølov\w*|paragraf\w*|"
    r"tillatt|forbudt|bindende|gyldig|ugyldig|vesentlig\s+ulempe|styringsrett\w*|bevis\w*|"
    r"pålegg\w*|pålag\w*|avskjed\w*|gjelder\s+(?:reglene|loven|forskriften)|klag\w*|anke\w*|regelverk\w*|reglene|"
    r"hvor\s+(?:lang\s+tid|lenge)|"
    # checking a claim someone made: "sjefen mener ... Stemmer det?"
    r"stemmer\s+det|er\s+det\s+(?:riktig|sant|korrekt)|har\s+(?:han|hun|sjefen|lederen|arbeidsgiver\w*)\s+rett|is\s+(?:that|it|this)\s+(?:right|true|correct)|"
    # after a refusal or a decision, "what now" asks first for one's rights and deadlines
    r"hva\s+(?:gjør|gjøre)\s+(?:jeg|vi|hun|han|de)\s+nå|hva\s+nå|what\s+now|"
    r"right\s+to|rights|entitled|legal\w*|lawful\w*|unlawful|illegal|allowed|permitted|law|laws|"
    r"regulation\w*|deadline\w*|time\s+limit|tribunal|(?:dispute(?:\s+resolution)?|the)\s+board|court\w*|sue|lawsuit|binding|obliged|obligation|"
    r"required|duty|significant\s+inconvenience|burden\s+of\s+proof)\b|§",
    re.IGNORECASE,
)
# Asking what is wise, what to say or propose (a strong sign of an advice question).
_ADVICE = re.compile(
    r"\b(?:bør|burde|lurt|lurest|lure|smartest|klokest|beste\s+(?:veien|måten|løsningen)|tips|råd|hva\s+(?:svarer|sier)\s+\w+|kompromiss\w*|lettere\s+for|"
    r"what\s+should|should\s+(?:i|we)|tips?|advice|advise|best\s+way|wise|compromise\w*|make\s+it\s+easier)\b|"
    # how to go about it at one's best: "hvordan forbereder jeg meg best", "how do I best present it"
    r"\b(?:hvordan|how)\b[^?.!]*?\bbest\b",
    re.IGNORECASE,
)
# How to go about something (a weak sign: "hvordan regner jeg ut fristen" still asks about the law).
_HOW = re.compile(
    r"\b(?:hvordan|foreslå\w*|forslag\w*|tilby\w*|argument\w*|argumentere|overbevis\w*|forhandl\w*|formuler\w*|"
    r"forbered\w*|legge\s+frem|ta\s+opp|hjelpe\w*|hjelper|how\s+(?:do|can|could|would|to)|convince|argue|"
    r"negotiat\w*|propos\w*|suggest\w*|prepare)\b",
    re.IGNORECASE,
)


# A refusal reported and the next step asked for: the deadline and the route to the nemnd come first.
_REFUSED = re.compile(
    r"\b(?:avsl[åo]\w*|avvis\w*|avviste|sa\s+nei|sagt\s+nei|(?:fikk|fått)\s+(?:et\s+)?nei|nekte[st]?|"
    r"refused|turned\s+down|rejected|declined|denied)\b"
)
_NEXT = re.compile(
    r"\b(?:hva\s+(?:gjør\s+(?:jeg|vi|hun|han|de)|kan\s+(?:jeg|vi|hun|han|de)\s+gjøre)|neste\s+(?:skritt|steg)|muligheter|veien\s+videre|"
    r"gå\s+videre|what\s+(?:now|can|next)|next\s+step\w*|options)\b"
)


# The legal route said to be closed ("vi vet at det ikke kan klages inn for nemnda", "nemnda tar ikke slike saker"):
# the law words are a premise the asker already knows, and what is asked is what else to do.
_ROUTE_CLOSED = re.compile(
    r"\b(?:ikke|aldri)\s+(?:\w+\s+){0,3}?(?:klage\w*|prøve\w*|tas|tatt|bringe\w*|sende\w*|ta\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:inn\s+for|til|for|i)\s+(?:\w+\s+)?(?:\w*nemnd\w*|retten|domstol\w*)|"
    r"\b\w*nemnd\w*\s+(?:tar|behandler|avgjør|prøver)\s+ikke\b|"
    r"\b(?:can(?:no|')t|cannot|can\s+not|won't|will\s+not)\s+(?:\w+\s+){0,3}?(?:board|tribunal|court)|"
    r"\b(?:board|tribunal)\s+(?:does\s+not|doesn't|won't|will\s+not)\s+(?:take|hear|handle|decide)\b"
)
_ELSE = re.compile(
    r"\b(?:veien\s+videre|gå\s+videre|smartest|klokest|lurest|beste\s+(?:veien|måten)|hva\s+(?:bør|kan|gjør)\s+(?:jeg|vi|hun|han|de|klubben)|"
    r"hvordan\s+(?:bør|kan)\s+(?:jeg|vi|hun|han|de|klubben)|what\s+(?:else|now|can|should)|best\s+way|way\s+forward|next\s+step\w*|options)\b"
)


def question_form(question: str) -> Form:
    """Whether the question asks what the law is ("law"), only for advice ("advice"), or neither ("open").

    Words of the law (a right, a deadline, the nemnd, a court ...) make it a legal question even when it
    also asks for advice; otherwise asking what is wise makes it an advice question; then a refusal with
    "what now", or a question that opens with a modal verb ("kan jeg ...", "må arbeidsgiver ..."), asks
    about the law, and one that asks how to go about something asks for advice.
    """
    text = " ".join(question.split()).lower()
    if _ROUTE_CLOSED.search(text) and _ELSE.search(text):
        return "advice"  # the route is known to be closed: what else to do
    if _LAW.search(text):
        return "law"
    if _ADVICE.search(text):
        return "advice"
    if _REFUSED.search(text) and _NEXT.search(text):
        return "law"
    if _MODAL_NB.search(text) or _MODAL_EN.search(text) or _ASKED_NB.search(text) or _ASKED_EN.search(text):
        return "law"
    return "advice" if _HOW.search(text) else "open"
