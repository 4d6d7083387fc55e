"""English in a bokmål corpus: the English words BM25 must ignore, and English terms of working life
with the bokmål words the corpus uses for them (the one home for both; advisor.core.text applies them).

Why: the corpus is bokmål, but a few passages of law carry the official English translation. Without
English stop words an English question matched those passages on "the", "to", "is" and "can" (§ 10-8 (1)
and § 17-2 (1) led retrieval for almost every English question), and never reached the bokmål passage
that answers it. The term list is small and curated: English words people use for the domain's terms,
each mapped to the corpus's own words, added to a question's tokens the way `SYNONYMS` adds formal words
for everyday bokmål ones. It is applied to questions only, never to passages or to the rules' phrasings.
"""

from __future__ import annotations

# English function words. Left out on purpose: words that are bokmål content words of this domain
# ("to" is two, "be" is to ask, "time" is an hour, "over", "under", "off" as in "time off"), and "no"
# (a refusal).
STOPWORDS_ENGLISH = frozenset(
    """
    the an and or but if of on in into onto at by with from about as than then so too very also just really
    is are was were been being am do does did doing done have has had having can could would should will
    shall may might must ought it its this that these those there here what which who whom whose when
    where why how i me my mine myself we us our ours you your yours he him his she her hers they them their
    theirs one ones some any all each every other such own same not don doesn didn isn aren wasn weren won
    wouldn couldn shouldn haven hasn hadn cannot ll ve re let get gets got getting
    """.split()
)

# English word or phrase (lowercase; a phrase is found as a substring) -> the bokmål words the corpus uses.
ENGLISH_TERMS: dict[str, tuple[str, ...]] = {
    # flexible and reduced working time
    "flexitime": ("fleksitid", "fleksibel", "arbeidstid"),
    "flextime": ("fleksitid", "fleksibel", "arbeidstid"),
    "flexi-time": ("fleksitid", "fleksibel", "arbeidstid"),
    "flexible": ("fleksibel",),
    "working hours": ("arbeidstid",),
    "working time": ("arbeidstid",),
    "working week": ("arbeidstid", "uke"),
    "reduced": ("redusert",),
    "reduce": ("redusert",),
    "reduction": ("redusert",),
    "part-time": ("deltid", "redusert"),
    "part time": ("deltid", "redusert"),
    "fewer hours": ("redusert", "arbeidstid"),
    "shorter": ("redusert", "kortere"),
    # home office
    "home office": ("hjemmekontor",),
    "home-office": ("hjemmekontor",),
    "from home": ("hjemmekontor", "hjemmearbeid"),
    "wfh": ("hjemmekontor", "hjemmearbeid"),
    "remote": ("hjemmekontor", "hjemmearbeid"),
    "management right": ("styringsrett",),
    "prerogative": ("styringsrett",),
    "equipment": ("utstyr",),
    "laptop": ("utstyr",),
    "internal control": ("internkontroll",),
    "psychosocial": ("psykososiale",),
    "safety representative": ("verneombud",),
    "labour inspection": ("arbeidstilsynet",),
    "labour inspectorate": ("arbeidstilsynet",),
    "regulation": ("forskrift", "forskriften"),
    # the parties and the refusal
    "employer": ("arbeidsgiver",),
    "employee": ("arbeidstaker",),
    "shop steward": ("tillitsvalgt", "tillitsvalgte"),
    "union rep": ("tillitsvalgt", "tillitsvalgte"),
    "union representative": ("tillitsvalgt", "tillitsvalgte"),
    "refusal": ("avslag",),
    "refused": ("avslag",),
    "rejected": ("avslag",),
    "turned down": ("avslag",),
    "denied": ("avslag",),
    "written": ("skriftlig",),
    "writing": ("skriftlig",),
    "agreement": ("avtale",),
    "collective agreement": ("tariffavtale",),
    "tariff": ("tariffavtale",),
    # the criteria of the nemnd
    "inconvenience": ("ulempe", "vesentlig"),
    "disadvantage": ("ulempe", "vesentlig"),
    "prove": ("bevisbyrden", "påvise"),
    "proof": ("bevisbyrden", "påvise"),
    "onus": ("bevisbyrden", "påvise"),
    "precedent": ("presedens",),
    "substitute": ("vikar",),
    "cover for": ("vikar",),
    "substitutes": ("vikar",),
    "welfare": ("velferdsgrunner",),
    # procedure: the nemnd, deadlines, the courts
    "dispute resolution board": ("tvisteløsningsnemnda",),
    "tribunal": ("tvisteløsningsnemnda",),
    "board": ("tvisteløsningsnemnda",),
    "deadline": ("frist", "fristen"),
    "four weeks": ("fire", "uker"),
    "on behalf": ("fullmakt",),
    "power of attorney": ("fullmakt",),
    "authorisation": ("fullmakt",),
    "authorization": ("fullmakt",),
    "court": ("domstolene", "søksmål"),
    "sue": ("søksmål", "domstolene"),
    "sued": ("søksmål", "domstolene"),
    "lawsuit": ("søksmål", "domstolene"),
    "ruling": ("vedtak",),
    "decision": ("vedtak",),
    "pending": ("oppsettende", "virkning"),
    "enforce": ("rettskraftig", "dom"),
    "enforced": ("rettskraftig", "dom"),
    "binding": ("rettskraftig", "dom"),
    "discrimination": ("diskriminering",),
    "saturday": ("lørdag",),
    "sunday": ("søndag",),
    "weekend": ("lørdag", "søndag"),
    "public holiday": ("helligdag",),
    # working time: overtime, night, rest
    "overtime": ("overtid",),
    "stay late": ("overtid",),
    "extra hours": ("overtid", "merarbeid"),
    "exempt": ("fritak", "fritas"),
    "exemption": ("fritak", "fritas"),
    "excused": ("fritak", "fritas"),
    "night": ("nattarbeid",),
    "nights": ("nattarbeid",),
    "night shift": ("nattarbeid",),
    "evening": ("kveld",),
    "rest": ("arbeidsfri", "hviletid"),
    "off-duty": ("arbeidsfri",),
    "schedule": ("arbeidsplan",),
    "rota": ("arbeidsplan", "turnus"),
    "roster": ("arbeidsplan", "turnus"),
    "availability": ("tilgjengelighet",),
    "disconnect": ("tilgjengelighet",),
    # reasons
    "sick leave": ("sykmelding", "sykdom"),
    "sick": ("sykdom", "helsemessige"),
    "illness": ("sykdom", "helsemessige"),
    "health": ("helsemessige",),
    "accommodation": ("tilrettelegging",),
    "accommodate": ("tilrettelegging",),
    "adapt": ("tilrettelegging",),
    "children": ("barn",),
    "child": ("barn",),
    "kids": ("barn",),
    "carer": ("omsorg", "pleie"),
    "caring": ("omsorg", "pleie"),
}
