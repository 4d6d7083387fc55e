"""The gap check reads meaning, by general cause (issue 11, point 4): the causes behind the seventh outsider set's
errors (opened as a dev set in session 14 after its blind runs), each written here in sentences of our own words —
not the outsider's — with near-misses that must NOT count.

Every case was written before it was first run, and scored once before any rule was touched (the code of main
a0dae23; FIRST_RUN below). First batch (CASES): 21 of 39 read right at first — year 3/10, hold 3/8, review 5/8 (three
trial exits «da/then» taken for the change right), security 3/5 (two false «settled» on the word VPN), stored 3/4,
setting 4/4 (those four did not reproduce the outsider's error). A second batch for setting (CASES2), written after
that and run once with the same code: 3 of 5. A third batch after the first landing (CASES3, each cause again in yet
other words, run once with the landed code 9ff7dad): 27 of 33 — year 6/10 (one false «settled»: «School ends at Easter
for the pupils»; «lasts», «kjører ordningen ut …», «stops at Christmas» were no words of the duration), review 3/5 (a
review with its «da» and no «, og» before it; a review «hvert år» after the trial taken for the trial's), hold 6/6,
security 4/4, stored 3/3, setting 5/5. A fourth batch (CASES4), on the «setting» rule's own reach, run once with 4ca6f0f:
1 of 6 — the rule had taken a short question on home work itself («Jobb hjemme?», «Arbeid hjemme?», «Tid hjemme?») for
the setting of another subject (four of them were mentions at a0dae23: a mention lost to «missing»), and an English
«A: Yes, some.» was not read with its «Q:» (missing at a0dae23 too: the answer's mark hid the «yes»). All are read now.

Classes:

- year: a period named by a year of the workplace's own calendar («skoleåret 2026/2027», «budsjettåret 2027», «the
  2026/27 school year»), or ending at a holiday («stopper ved juleferien», «ends when the summer holidays begin»);
  a plan or a task for that year is no duration;
- hold: being reachable said as being got hold of («få tak i deg», «get hold of you»), also in a question and
  answer; getting hold of things («få tak i utstyr») is not;
- review: a trial's closing review by a date and the exit it gives «da/då/then» («Før 1. april møtes vi til en
  gjennomgang, og hver av oss kan da avslutte …»), right after the trial, is the trial's: neither the duration nor
  the change right; the same review with no trial before it is the change right;
- security: IT security (VPN, Wi-Fi, two-factor, screen lock) is no rule on case handling or confidentiality;
  documents opened only over the VPN still are;
- stored: where data lies («ligger bare i …, aldri på … privat utstyr») is the casework's, not who owns the
  equipment;
- setting: «hjemme» as the setting of another question («Forsikring og sikkerhet hjemme?») is no heading of the
  extent.
"""

from __future__ import annotations

import pytest

from tests.agreement_cases import MISSING, NOT, S, agrees, status_of

# (class, text, item, expected)
CASES: list[tuple[str, str, str, str]] = [
    # --- year: a named year of the workplace's calendar, an end at a holiday ---
    ("year", "Hvor lenge\nOrdningen gjelder skoleåret 2026/2027 og tar slutt når sommerferien begynner.\n", "d", S),
    ("year", "Hjemmekontoret gjelder for barnehageåret 2027/2028.\n", "d", S),
    ("year", "Avtalen gjelder budsjettåret 2027.\n", "d", S),
    ("year", "Ordningen varer fra skolestart i august og stopper ved juleferien 2027.\n", "d", S),
    ("year", "This arrangement covers the 2026/27 school year and ends when the summer holidays begin.\n", "d", S),
    ("year", "The home-working arrangement runs for the 2027 academic year.\n", "d", S),
    ("year", "Ordninga gjeld skuleåret 2026/2027 og stoppar ved sommarferien.\n", "d", S),
    # near-misses: a plan for the year, an office closed in the holidays, a deferral naming the year
    ("year", "Årsplanen for barnehageåret 2026/2027 skriver du hjemme.\n", "d", NOT),
    ("year", "Kontoret holder stengt i sommerferien.\n", "d", NOT),
    ("year", "Om ordningen skal gjelde etter skoleåret 2026/2027, avklares senere.\n", "d", NOT),
    # --- hold: being got hold of ---
    ("hold", "Sp.: Når skal leder kunne få tak i deg?\nSv.: Hverdager 09.00–14.30 på Teams.\n", "a", S),
    ("hold", "Kollegene må kunne få tak i henne på mobil mellom 10 og 14 på hjemmedagene.\n", "a", S),
    ("hold", "Hvordan og når får vi tak i deg?\nPå telefon og Teams i kjernetiden, 09–15.\n", "a", S),
    ("hold", "When must the team be able to get hold of you?\nBetween 9 and 3, on Teams or by phone.\n", "a", S),
    ("hold", "Leiaren skal kunne få tak i ho på telefon mellom 09.00 og 15.00.\n", "a", S),
    # near-misses: getting hold of things, a deferral, no time
    ("hold", "Sp.: Hvor får du tak i utstyr?\nSv.: Hos IT-servicedesken mellom 08.00 og 15.00.\n", "a", NOT),
    ("hold", "Sp.: Når må kunden kunne få tak i deg?\nSv.: Det avklares senere.\n", "a", NOT),
    ("hold", "Vi får tak i deg på mobilen om det haster.\n", "a", NOT),
    # --- review: the trial's closing review and its exit «da» ---
    (
        "review",
        "Prøvetiden er de to første månedene. Før 1. april 2027 møtes vi til en gjennomgang, og hver av oss kan da "
        "avslutte ordningen med en ukes varsel.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "Prøvetiden er de to første månedene. Før 1. april 2027 møtes vi til en gjennomgang, og hver av oss kan da "
        "avslutte ordningen med en ukes varsel.\n",
        "t",
        S,
    ),
    (
        "review",
        "De første åtte ukene er en prøveperiode. Innen 1. mars 2027 evaluerer vi ordningen, og den fortsetter bare "
        "dersom ingen av oss da vil avslutte den.\n",
        "d",
        NOT,
    ),
    (
        "review",
        "De første åtte ukene er en prøveperiode. Innen 1. mars 2027 evaluerer vi ordningen, og den fortsetter bare "
        "dersom ingen av oss da vil avslutte den.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "The first six weeks are a trial. By 15 March 2027 we review it together, and either of us may then end the "
        "arrangement in writing with a week's notice.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "Dei første seks vekene er prøvetid. Leiar og Ola ser på ordninga saman innan 1. april 2027, og kvar av dei "
        "kan då seie ho opp med to vekers varsel.\n",
        "c",
        NOT,
    ),
    # near-misses: the same review with no trial before it is the agreement's change right; a change right after
    # the trial's review sentence still counts
    (
        "review",
        "Avtalen evalueres innen 1. juni 2027, og hver av partene kan da si den opp med en måneds varsel.\n",
        "c",
        S,
    ),
    (
        "review",
        "Prøvetiden er tre måneder. Innen 1. mai 2027 evaluerer vi ordningen, og hver av oss kan da avslutte den.\n"
        "Etter prøvetiden kan begge si opp avtalen med én måneds varsel.\n",
        "c",
        S,
    ),
    # --- security: IT security is no rule on case handling or confidentiality ---
    ("security", "IT-sikkerhet\nBruk alltid VPN, og koble deg aldri til åpne trådløse nett.\n", "s", NOT),
    (
        "security",
        "Information security\nThe laptop must use the company VPN and two-factor login at all times.\n",
        "s",
        NOT,
    ),
    ("security", "Data security\nOnly connect through the VPN; never use hotel or café Wi-Fi.\n", "s", NOT),
    (
        "security",
        "Saksdokumenter åpnes bare via VPN i fagsystemet, og taushetsplikten gjelder hjemme som på kontoret.\n",
        "s",
        S,
    ),
    (
        "security",
        "Client files are opened only over the VPN and never saved on the laptop; the duty of confidentiality "
        "applies at home.\n",
        "s",
        S,
    ),
    # --- stored: where data lies is not who owns the equipment ---
    ("stored", "Kundedata ligger bare i kundens systemer, aldri på egen PC eller privat utstyr.\n", "q", MISSING),
    ("stored", "Dokumentene blir liggende i arkivet, ikke på jobb-PC-en eller private maskiner.\n", "q", MISSING),
    (
        "stored",
        "Client data lives only in the client's systems, never on the company laptop or any private device.\n",
        "q",
        MISSING,
    ),
    ("stored", "PC-en er arbeidsgivers eiendom, og IT-avdelingen drifter og oppdaterer den.\n", "q", S),
    # --- setting: «hjemme» as the setting of another question ---
    ("setting", "Sp.: Forsikring og sikkerhet hjemme?\nSv.: Yrkesskadeforsikringen gjelder.\n", "e", MISSING),
    ("setting", "Brannvern hjemme\nHa røykvarsler i rommet du jobber i.\n", "e", MISSING),
    ("setting", "Sp.: Hvor mye jobber du hjemme?\nSv.: Avklares senere.\n", "e", NOT),
    ("setting", "Sp.: Hvor mye jobber du hjemme?\nSv.: To dager i uka, tirsdag og torsdag.\n", "e", S),
]

# A second batch for the class «setting», written after the first batch's four were all read right at first (their
# answers said something another item reads, or the question was not joined to its answer): the question on another
# subject at home, answered with what settles nothing.
CASES2: list[tuple[str, str, str, str]] = [
    (
        "setting",
        "Sp.: Sikkerhet hjemme?\nSv.: Skjermlås etter tre minutter og tofaktor på alle kontoer.\n",
        "e",
        MISSING,
    ),
    (
        "setting",
        "Sp.: Forsikring og sikkerhet hjemme?\nSv.: Yrkesskadeforsikringen dekker også skader på arbeidsrommet.\n",
        "e",
        MISSING,
    ),
    ("setting", "Sp.: Ergonomi hjemme?\nSv.: Bedriftshelsetjenesten kan komme på besøk.\n", "e", MISSING),
    ("setting", "Sp.: Hvor mye jobber du hjemme?\nSv.: Det finner vi ut av senere.\n", "e", NOT),
    ("setting", "Sp.: Hjemmekontor?\nSv.: Avklares.\n", "e", NOT),
]

# A third batch after the landing (9ff7dad): each cause again in yet other words, with near-misses, written before it
# was run once with the landed code.
CASES3: list[tuple[str, str, str, str]] = [
    ("year", "Vi kjører ordningen ut undervisningsåret 2027/28.\n", "d", S),
    ("year", "Avtalen gjelder regnskapsåret 2027.\n", "d", S),
    ("year", "Hjemmekontoret varer til påskeferien 2027.\n", "d", S),
    ("year", "Ordningen gjelder fram til vinterferien i 2028.\n", "d", S),
    ("year", "The arrangement lasts for the 2027/28 financial year.\n", "d", S),
    ("year", "The arrangement stops at Christmas 2027.\n", "d", S),
    ("year", "Ordninga varer skuleåret 2027/2028 ut.\n", "d", S),
    ("year", "Budsjettet for regnskapsåret 2027 legges fram i møtet.\n", "d", NOT),
    ("year", "Elevene slutter ved sommerferien.\n", "d", NOT),
    ("year", "School ends at Easter for the pupils.\n", "d", NOT),
    ("hold", "Prosjektleder skal kunne få tak i arbeidstakeren på telefon fra 09.00 til 14.00.\n", "a", S),
    ("hold", "Sp.: Når kan kollegene få tak i deg?\nSv.: Mellom ni og tre, på Teams.\n", "a", S),
    ("hold", "Colleagues need to be able to get hold of him between 10:00 and 15:00 on his home days.\n", "a", S),
    ("hold", "Kollegane må kunne få tak i han på Teams frå 08.30 til 15.00.\n", "a", S),
    ("hold", "Kundene får tak i ham via sentralbordet.\n", "a", NOT),
    ("hold", "Det er vanskelig å få tak i gode kontorstoler.\n", "a", NOT),
    (
        "review",
        "Prøveperioden varer ut februar. I begynnelsen av mars ser vi på hvordan det har gått, og begge kan da velge å "
        "avslutte ordningen.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "Vi prøver ordningen i tre måneder. Ved en gjennomgang innen 1. juni 2027 kan hver av partene da si den opp med "
        "to ukers varsel.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "The trial runs until the end of April. We will then review the arrangement, and either party may end it at "
        "that point.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "Prøvetida er to månader. Innan 1. mars 2027 evaluerer vi ordninga, og då kan kvar av oss avslutte ho.\n",
        "c",
        NOT,
    ),
    (
        "review",
        "Prøvetiden er to måneder. Vi evaluerer ordningen hvert år, og begge kan da si den opp med tre måneders "
        "varsel.\n",
        "c",
        S,
    ),
    ("security", "Sikkerhet\nDu logger alltid på med VPN og tofaktor.\n", "s", NOT),
    ("security", "IT security: always use the VPN, never public networks.\n", "s", NOT),
    ("security", "Personopplysninger åpnes bare gjennom VPN og lagres aldri lokalt.\n", "s", S),
    (
        "security",
        "All client documents must be accessed through the VPN; the duty of confidentiality applies as in the office.\n",
        "s",
        S,
    ),
    ("stored", "Filene ligger bare på fellesområdet, aldri på private PC-er eller minnepinner.\n", "q", MISSING),
    ("stored", "Case files sit only on the server, never on your own or any private laptop.\n", "q", MISSING),
    ("stored", "Arbeidstaker bruker egen PC, og arbeidsgiver betaler for vedlikehold.\n", "q", S),
    ("setting", "Sp.: Støy hjemme?\nSv.: Bruk hodesett i møter.\n", "e", MISSING),
    ("setting", "Helse og miljø hjemme\nArbeidsgiver gjennomgår arbeidsplassen med en sjekkliste.\n", "e", MISSING),
    ("setting", "Hjemme\nTo dager i uka.\n", "e", S),
    ("setting", "Sp.: Dager hjemme?\nSv.: Mandag og onsdag.\n", "e", S),
    ("setting", "Sp.: Hvor ofte hjemme?\nSv.: Avtales senere.\n", "e", NOT),
]

# A fourth batch, for the «setting» rule's own reach: a question on home work itself in a short word («Jobb hjemme?»,
# «Arbeid hjemme?», «Tid hjemme?») answered with nothing that settles it is still a mention of the extent.
UNSETTLED = "unsettled"
CASES4: list[tuple[str, str, str, str]] = [
    ("setting", "Sp.: Jobb hjemme?\nSv.: Se personalhåndboken.\n", "e", UNSETTLED),
    ("setting", "Sp.: Jobb hjemme?\nSv.: Ja, noe.\n", "e", UNSETTLED),
    ("setting", "Sp.: Arbeid hjemme?\nSv.: Ja, noe.\n", "e", UNSETTLED),
    ("setting", "Sp.: Tid hjemme?\nSv.: Ja, noe.\n", "e", UNSETTLED),
    ("setting", "Q: Time at home?\nA: Yes, some.\n", "e", UNSETTLED),
    ("setting", "Sp.: Sikkerhet hjemme?\nSv.: Ja, noe.\n", "e", MISSING),
]

# How many cases of each class were read right at the first run, with main's code (a0dae23), before any change.
FIRST_RUN: dict[str, tuple[int, int]] = {
    "year": (3, 10),
    "hold": (3, 8),
    "review": (5, 8),
    "security": (3, 5),
    "stored": (3, 4),
    "setting": (4, 4),
    "setting (second batch)": (3, 5),
    "third batch (after the landing)": (27, 33),
    "fourth batch (the setting rule's reach)": (1, 6),
}


def test_first_run_is_recorded_for_every_case() -> None:
    """The record of the first run counts every case written, class by class."""
    batches = {cls: sum(1 for c in CASES if c[0] == cls) for cls in {c[0] for c in CASES}}
    assert {k: v[1] for k, v in FIRST_RUN.items() if "batch" not in k} == batches
    assert FIRST_RUN["setting (second batch)"][1] == len(CASES2)
    assert FIRST_RUN["third batch (after the landing)"][1] == len(CASES3)
    assert FIRST_RUN["fourth batch (the setting rule's reach)"][1] == len(CASES4)


@pytest.mark.parametrize(("cls", "text", "item", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sibling(cls: str, text: str, item: str, expected: str) -> None:
    got = status_of(text, item)
    assert agrees(got, expected), (cls, text, item, got)


@pytest.mark.parametrize(("cls", "text", "item", "expected"), CASES2, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES2)])
def test_sibling_second_batch(cls: str, text: str, item: str, expected: str) -> None:
    got = status_of(text, item)
    assert agrees(got, expected), (cls, text, item, got)


@pytest.mark.parametrize(("cls", "text", "item", "expected"), CASES3, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES3)])
def test_sibling_third_batch(cls: str, text: str, item: str, expected: str) -> None:
    got = status_of(text, item)
    assert agrees(got, expected), (cls, text, item, got)


@pytest.mark.parametrize(("cls", "text", "item", "expected"), CASES4, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES4)])
def test_sibling_fourth_batch(cls: str, text: str, item: str, expected: str) -> None:
    got = status_of(text, item)
    assert agrees(got, expected), (cls, text, item, got)
