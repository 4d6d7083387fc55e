"""Norwegian text helpers shared by BM25 and the composer: tokens, stems, sentences. The one guess of a
text's language is in advisor.core.language."""

from __future__ import annotations

import re
from functools import cache

from advisor.core.stopwords_nb import STOPWORDS_NORWEGIAN
from advisor.core.text_en import ENGLISH_TERMS, STOPWORDS_ENGLISH

_WORD = re.compile(r"[0-9a-zA-ZæøåÆØÅéèüöäÉ§-]+")
# Words that carry no meaning for retrieval here, beyond the standard Norwegian list.
_EXTRA_STOP = {
    "kan",
    "jeg",
    "meg",
    "min",
    "mitt",
    "mine",
    "hva",
    "hvordan",
    "hvis",
    "når",
    "skal",
    "må",
    "bør",
    "vil",
    "får",
    "gjør",
    "gjelder",
    "egentlig",
    "liksom",
    "bare",
    "sånn",
    "slik",
    "noe",
    "noen",
    "dette",
    "det",
    "den",
    "de",
    "er",
    "ha",
    "har",
    "jo",
    "da",
    "så",
    "om",
    "en",
    "et",
    "ei",
    "i",
    "på",
    "til",
    "for",
    "med",
    "av",
    "at",
    "og",
    "eller",
    "som",
    "seg",
    "sin",
    "sitt",
}
# (English function words too: an English question must not match the passages that carry an official English
# translation on "the" and "to"; advisor.core.text_en)
STOPWORDS = frozenset(STOPWORDS_NORWEGIAN) | _EXTRA_STOP | STOPWORDS_ENGLISH


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("norwegian")


def tokens(text: str) -> list[str]:
    """Lowercased, stop-word-free, stemmed tokens; compounds also give their known heads."""
    words = [w.strip("-") for w in _WORD.findall(text.lower())]
    words = [w for w in words if w and w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    stem = _stemmer().stemWord
    out = []
    for w in words:
        s = stem(w)
        out.append(s)
        for head in _COMPOUND_HEADS:
            if len(w) > len(head) + 3 and w.startswith(head):
                out.append(head)
                out.append(stem(w[len(head) :]))
                break
    return out


# Everyday words people use for the domain's terms; applied to questions (not passages) so a
# colloquial question also matches the formal wording of laws and guides.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "sjefen": ("arbeidsgiver", "leder"),
    "sjef": ("arbeidsgiver", "leder"),
    "lederen": ("leder", "arbeidsgiver"),
    "firmaet": ("virksomheten", "arbeidsgiver"),
    "bedriften": ("virksomheten",),
    "jobben": ("arbeidsgiver", "arbeid"),
    "nekte": ("avslå", "avslag"),
    "nekter": ("avslår", "avslag"),
    "nei": ("avslag",),
    "avslo": ("avslag",),
    "hjemme": ("hjemmekontor", "hjemmearbeid"),
    "hjemmefra": ("hjemmekontor", "hjemmearbeid"),
    "fleksitid": ("fleksibel", "arbeidstid"),
    "fleksibelt": ("fleksibel",),
    "klage": ("tvisteløsningsnemnda", "tvist"),
    "klager": ("tvisteløsningsnemnda", "tvist"),
    "nemnda": ("tvisteløsningsnemnda",),
    "retten": ("domstolene",),
    "rettssak": ("domstolene", "søksmål"),
    "saksøke": ("søksmål", "domstolene"),
    "tingretten": ("domstolene",),
    "kontrakt": ("avtale",),
    "kontrakten": ("avtale",),
    "papir": ("skriftlig",),
    "skriftlig": ("skriftlig",),
    "mail": ("e-post", "tilgjengelig"),
    "epost": ("e-post",),
    "kveld": ("kveldsarbeid", "kl"),
    "kvelden": ("kveldsarbeid",),
    "fri": ("arbeidsfri",),
    "hvile": ("arbeidsfri", "hviletid"),
    "pause": ("arbeidsfri",),
    "prøveperiode": ("prøveordning", "prøvetid"),
    "prøvetid": ("prøveperiode",),
    "deltid": ("redusert", "arbeidstid"),
    "kortere": ("redusert",),
    "jobbe mindre": ("redusert",),
    "natt": ("nattarbeid",),
    "nattevakt": ("nattarbeid",),
    "nattskift": ("nattarbeid",),
    "syk": ("helsemessige", "sykdom"),
    "sykmelding": ("sykmelding", "tilrettelegging"),
    "barn": ("barnehage", "omsorg"),
    "ungene": ("barn", "barnehage"),
    "barna": ("barn", "barnehage"),
    "tillitsvalgt": ("tillitsvalgte",),
    "fagforening": ("tillitsvalgt",),
    "hms": ("internkontroll", "arbeidsmiljø"),
    "utstyr": ("utstyr", "eiendomsrett"),
    "pc": ("utstyr",),
    "bredbånd": ("utstyr",),
    "frist": ("frist", "fristen"),
    "bevise": ("bevisbyrden", "påvise"),
    "bevisbyrde": ("påvise",),
}


_QUERY_WORD = re.compile(r"[\wæøå-]+")


@cache
def _synonym_tokens(word: str) -> tuple[str, ...]:
    """The tokens of a word's domain terms (SYNONYMS, then ENGLISH_TERMS), computed once."""
    return tuple(t for alt in SYNONYMS.get(word) or ENGLISH_TERMS[word] for t in tokens(alt))


def query_tokens(text: str, english: bool = True) -> list[str]:
    """Tokens of a question, with the everyday words expanded to the domain's terms, and (`english`) English
    terms of working life to the bokmål words the corpus uses (advisor.core.text_en; not for the rules' own
    phrasings, which are documents, not questions)."""
    out = tokens(text)
    lowered = text.lower()
    words = set(_QUERY_WORD.findall(lowered))  # once per text, not once per synonym
    extra: list[str] = []
    for word in [*SYNONYMS, *(ENGLISH_TERMS if english else ())]:
        if (" " in word and word in lowered) or word in words:
            extra.extend(_synonym_tokens(word))
    return out + [t for t in extra if t not in out]


# Common first parts of Norwegian compounds in this domain, so that «hjemmekontoravtale»
# also matches «hjemmekontor» and «avtale».
_COMPOUND_HEADS = (
    "hjemmekontor",
    "hjemmearbeid",
    "fleksitid",
    "arbeidstid",
    "arbeidsgiver",
    "arbeidstaker",
    "kjernetid",
    "prøve",
    "tvisteløsning",
    "redusert",
    "natt",
    "overtid",
    "tilgjengelighet",
    "arbeidsmiljø",
    "tariff",
    "kontor",
    "fleksibel",
    "fjern",
)

_ABBREV = re.compile(
    r"\b(?:f\.eks|jf|nr|bl\.a|ca|evt|osv|mv|dvs|mht|pkt|kl|stk|ift|m\.m|o\.l|tlf|ikr|jfr|pr|Ot\.prp|St\.meld|Prop|Innst|HR)\.$",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """Split a passage into sentences (and list items); every piece is a verbatim substring of `text`."""
    pieces: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+\.)\s)", text):
        block = block.strip()
        if not block:
            continue
        start = 0
        for m in re.finditer(r"[.!?»](?=\s+[«A-ZÆØÅ0-9(§])", block):
            # Only the end of the candidate can be an abbreviation: a bounded look keeps long runs
            # of abbreviations («jf. … jf. …») linear.
            end = m.end()
            while end > start and block[end - 1] == "»":
                end -= 1
            if _ABBREV.search(block[max(start, end - 24) : end]):
                continue
            candidate = block[start : m.end()]
            if candidate.strip():
                pieces.append(candidate.strip())
            start = m.end()
        tail = block[start:].strip()
        if tail:
            pieces.append(tail)
    return [p for p in (_strip_bullet(p) for p in pieces) if p]


def _strip_bullet(piece: str) -> str:
    return re.sub(r"^(?:[-*•]\s+)", "", piece).strip()


def fold_match(needle: str, haystack: str) -> bool:
    """Case- and white-space-insensitive containment."""
    return " ".join(needle.lower().split()) in " ".join(haystack.lower().split())
