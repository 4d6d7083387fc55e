"""Norwegian text helpers shared by BM25 and the composer: tokens, stems, sentences; and the one guess of a
text's language (bokmål or English) that every caller uses."""

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


# The one guess of a text's language: Norwegian (bokmål, and nynorsk, which the advisor reads as bokmål)
# or English, by counting short function words only one of the two languages uses. Words both use
# («i», «at», «for», «her», «man», «by», «to», «me») are in neither list. A word with æ, ø or å counts as
# half a Norwegian word: an English text names «Tvisteløsningsnemnda» or «arbeidsmiljøloven» often.
# English words bokmål borrows («work», «deadline», «home office») are left out of the English list.
_NB_FUNCTION_WORDS = frozenset(
    [
        "og",
        "ikke",
        "det",
        "som",
        "er",
        "på",
        "med",
        "skal",
        "jeg",
        "vi",
        "du",
        "av",
        "til",
        "fra",
        "har",
        "kan",
        "å",
        "eller",
        "når",
        "hvis",
        "ved",
        "være",
        "blir",
        "ble",
        "fordi",
        "deg",
        "meg",
        "oss",
        "hun",
        "han",
        "alle",
        "kun",
        "må",
        "vår",
        "våre",
        "dere",
        "hva",
        "hvor",
        "hvordan",
        "hvorfor",
        "hvem",
        "hvilken",
        "hvilke",
        "hvilket",
        "en",
        "et",
        "om",
        "men",
        "bare",
        "så",
        "også",
        "får",
        "din",
        "ditt",
        "dine",
        "min",
        "mitt",
        "mine",
        "seg",
        "sin",
        "sine",
        "den",
        "dette",
        "disse",
        "denne",
        "nei",
        "ja",
        "hei",
        "takk",
        "dessverre",
        "ønsker",
        "ber",
        "etter",
        "uten",
        "mellom",
        "enn",
        "selv",
        "noe",
        "noen",
        "ingen",
        "mye",
        "mer",
        "skulle",
        "kunne",
        "ville",
        "måtte",
        "hadde",
        "var",
        "vært",
        "nå",
        "da",
        "der",
        "hos",
        "inn",
        "ut",
        "opp",
        "fram",
        "frem",
        "likevel",
        "sammen",
        "heller",
        "hele",
        "slik",
        "sånn",
        "helt",
        "litt",
        "ei",
        "ho",
        "ikkje",
        "eg",
        "kva",
        "korleis",
        "kven",
        "kvifor",
        "ein",
        "eit",
        "vere",
        "vart",
        "berre",
        "dei",
        "frå",
        "mykje",
        "noko",
        "nokon",
        "utan",
        "òg",
        "hjå",
        "gjerne",
        "blitt",
        "gjøre",
        "gjør",
        "sier",
        "gjelder",
        "tror",
        "synes",
        "mener",
        "vet",
        "trenger",
        "bør",
        "kommer",
        "kontoret",
        "hjemme",
        "hjemmefra",
        "teamet",
    ]
)
_EN_FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "a",
        "an",
        "in",
        "on",
        "my",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "with",
        "not",
        "we",
        "you",
        "our",
        "your",
        "he",
        "she",
        "his",
        "they",
        "them",
        "their",
        "there",
        "than",
        "what",
        "how",
        "who",
        "which",
        "why",
        "when",
        "where",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "because",
        "but",
        "if",
        "or",
        "from",
        "about",
        "into",
        "no",
        "yes",
        "hi",
        "dear",
        "please",
        "thank",
        "thanks",
        "regards",
        "so",
        "up",
        "out",
        "just",
        "also",
        "any",
        "some",
        "all",
        "am",
        "us",
        "t",
        "s",
        "don",
        "doesn",
        "isn",
        "cannot",
        "want",
        "wants",
        "asks",
        "asking",
        "hours",
        "get",
        "got",
    ]
)
_LANGUAGE_WORD = re.compile(r"[^\W\d_]+")
_NB_LETTER = re.compile(r"[æøå]")


def language_evidence(text: str) -> tuple[float, float]:
    """How Norwegian and how English a text reads: (Norwegian words, English words), as counted by
    `guess_language`."""
    nb = en = 0.0
    for w in _LANGUAGE_WORD.findall((text or "").lower()):
        if w in _NB_FUNCTION_WORDS:
            nb += 1
        elif w in _EN_FUNCTION_WORDS:
            en += 1
        elif _NB_LETTER.search(w):
            nb += 0.5
    return nb, en


def guess_language(text: str, *, default: str | None = None, sure: bool = False) -> str | None:
    """The language a text is written in: "nb" (Norwegian, nynorsk included) or "en" — whichever has more
    of its words — else `default` (a tie, no words: «», «§ 10-2», «OK»).

    `sure` asks for a plain case (a model's line of speech): two or more words of the language, and more
    than twice as many as of the other; anything less is `default`."""
    nb, en = language_evidence(text)
    if sure:
        return "nb" if nb >= 2 and nb > 2 * en else "en" if en >= 2 and en > 2 * nb else default
    return "nb" if nb > en else "en" if en > nb else default
