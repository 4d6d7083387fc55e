"""The gap check reads meaning, by general cause (issue 11, point 4): the causes behind the eighth outsider set's
errors (opened as a dev set in session 14 after its blind runs), each written here in sentences of our own words —
not the outsider's — with near-misses that must NOT count.

Every case was written before it was first run, and scored once before any rule was touched (the code of main
048cdfe; FIRST_RUN below): 26 of 57 read right at first — chat 8/23, nn 2/5, subject 3/4, position 2/5, code 3/6,
change 2/4, reply 3/5, pointer 3/5, with eight false «settled» among the misses (two reachability windows taken for the
hours in lower-case sentences, a subject line's «hele uka» and three positions spread over the week as the extent, two
pointers to guidelines as item 8). After the fixes 55 of 57; the two pointers are left open (`OPEN` below: they conflict with
test_agreement_meaning3.py's reading). A second batch on the new rules' own reach (CASES2), written before it was run and
run once with the fixed code: 20 of 22 (a reply time after «Svar på spørsmål fra kunder» was not read; and one expectation
of ours was wrong — an empty «A3 Prøvetid:» field is a mention, «unsettled», not «missing»: the case now says NOT). All 22
are read now. A third batch, each cause again in yet other words (CASES3), written after the landing and run once with
it (8aab902): 23 of 28 — «prøve = første måned» (the «=» before the trial word), a subject line «… which days?» answered
«Mondays and Thursdays.» (the landing had stopped every answer from leaning on a subject line; now a short one does), two
positions spread over the week as false «settled» («Hun jobber 50 %, fordelt på mandag, tirsdag og onsdag formiddag» —
the list ran past a comma; «Stillingen er på 80 prosent fordelt på …»), and «Reply to customer e-mails within two hours»
(words between the verb and «within»). All 28 are read now. A fourth batch on the layout rules' own reach (CASES4: bullets,
lower-case sentences, coded fields and subject lines in other layouts), run once with 12f1322: 8 of 10 — a bulleted heading
with its content set in under it («• Prøvetid» / «    De tre første månedene.») was no longer a heading (both read right at
048cdfe: a regression of the rule «a bullet is never a heading», now narrowed to bullets with nothing set in under them).
All 10 are read now.

Classes:

- chat: a chat thread's shorthand — «jobbtid» for the hours, reachability as channels and a window («på teams 9–14,
  svar innen en time»), months shortened in dates («1. mar–30. sep 2027»), a trial as «= prøve», the owner as a
  company's name in the genitive («… er Bølgetechs»), sentences in lower case («… 10–14. etter arbeidstid …»);
- nn: the nynorsk passive «nåast»;
- subject: an e-mail's subject line ending in «?» is no question heading the reply;
- position: how a part-time position is spread over the week is background, not the extent;
- code: a form's coded fields («B4 …:» left empty); equipment named only as a channel or a cost not covered;
- change: «Endringer i … avtales når …» is how changes are made, no deferral of the item changed;
- reply: answering the e-mail's points («svare meg på spørsmålene») is no reachability;
- pointer: a pointer to the employer's guidelines quotes no rule on case handling or confidentiality.
"""

from __future__ import annotations

import pytest

from tests.agreement_cases import MISSING, NOT, S, agrees, status_of

_CODED = (
    "B4 Prøvetid, lengde:\nB5 Kan avtalen sies opp av begge: Ja\n"
    "B6 Oppsigelse og endringer: 1 måned skriftlig varsel; endringer skrives inn i nytt skjema\n"
)

# (class, text, item, expected)
CASES: list[tuple[str, str, str, str]] = [
    # --- chat: shorthand in a chat thread ---
    ("chat", "• hjemme tirs + tors\n• jobbtid 08–16 de dagene\n", "h", S),
    ("chat", "- hjemmedager: onsdag. jobbtid 07–15 når du er hjemme\n", "h", S),
    ("chat", "• jobbtid hjemme 8.30–16\n", "h", S),
    ("chat", "• jobbtid føres i appen som før\n", "h", NOT),
    ("chat", "• på teams 9–14 hjemmedagene, svar innen en time\n", "a", S),
    ("chat", "• på mobil/slack 10–14, svar innen 20 min\n", "a", S),
    ("chat", "• on slack 9–15 on home days, reply within the hour\n", "a", S),
    ("chat", "• møtene tas på teams\n", "a", NOT),
    ("chat", "• svar innen fredag om du vil ha ekstra skjerm\n", "a", NOT),
    ("chat", "• gjelder 1. mar–30. sep 2027, så ser vi på det igjen\n", "d", S),
    ("chat", "Ordningen varer fra 15. jan. 2027 til 15. jan. 2028.\n", "d", S),
    ("chat", "• periode: 1. aug 2027–31. jul 2028\n", "d", S),
    ("chat", "• neste medarbeidersamtale er 3. feb 2027\n", "d", NOT),
    ("chat", "• første 4 uker = prøve, funker det ikke er du tilbake på kontoret\n", "t", S),
    ("chat", "• de to første månedene = test\n", "t", S),
    ("chat", "• prøve å holde møtene korte\n", "t", NOT),
    ("chat", "• laptop + headset er Bølgetechs, IT-teamet oppdaterer og reparerer\n", "q", S),
    ("chat", "PC-en og skjermen er Nordlyskraft sine. IT-leverandøren drifter og reparerer dem.\n", "q", S),
    ("chat", "The laptop is Havbrus's, and their IT desk updates and repairs it.\n", "q", S),
    ("chat", "• PC-en er rask og grei, IT oppdaterer den\n", "q", NOT),
    ("chat", "• på slack 10–14. etter arbeidstid er du ikke på\n• hjemme onsdager\n", "h", NOT),
    ("chat", "• på teams 9–15. utenom arbeidstid svarer du ikke\n• hjemme fredager\n", "h", NOT),
    ("chat", "• hjemme fredager. jobbtid 8–16. på teams hele dagen\n", "h", S),
    # --- nn: the nynorsk passive «nåast» ---
    ("nn", "Ho skal kunne nåast på mobil mellom 09.00 og 15.00 på heimedagane.\n", "a", S),
    ("nn", "Eg skal kunne nåast på telefon i kjernetida.\n", "a", S),
    ("nn", "På heimedagane skal sakshandsamaren kunne nåast frå 08.30 til 14.30 på Teams.\n", "a", S),
    ("nn", "Kor tid ho skal kunne nåast, vert avklart seinare.\n", "a", NOT),
    ("nn", "Målet skal nåast innan utgangen av 2027.\n", "a", NOT),
    # --- subject: an e-mail's subject line is no question heading the reply ---
    (
        "subject",
        "Fra: Kari\nTil: Per\nEmne: Hjemmekontor – hvor mye kan jeg jobbe hjemme?\n\nHei Per,\n\n"
        "Takk for sist, og beklager at svaret tok hele uka.\n",
        "e",
        NOT,
    ),
    (
        "subject",
        "From: Ann\nTo: Bo\nSubject: Remote work – how many days?\n\nHi Bo,\n\n"
        "Sorry for the slow reply, the audit took the whole week.\n",
        "e",
        NOT,
    ),
    ("subject", "Emne: Hjemmekontor – hvilke dager?\n\nHei,\n\nDu jobber hjemme tirsdag og torsdag.\n", "e", S),
    ("subject", "Hvor mange dager hjemme?\nTo i uka, mandag og onsdag.\n", "e", S),
    # --- position: a position spread over the week is background ---
    (
        "position",
        "Hjemmekontor for rådgiver\n\nBakgrunn: Hun har 60 % stilling, fordelt på mandag til onsdag.\n",
        "e",
        NOT,
    ),
    ("position", "Hjemmearbeid\n\nHan arbeider 80 prosent, fordelt på fire dager i uka.\n", "e", NOT),
    ("position", "Remote work\n\nShe works 80 % spread over Monday to Thursday.\n", "e", NOT),
    ("position", "Hjemmekontor\n\nHun har 60 % stilling, og arbeider hjemme onsdager.\n", "e", S),
    (
        "position",
        "Heimekontor\n\nEirik har 80 % stilling fordelt på måndag til torsdag, og tysdag er heimekontordagen hans.\n",
        "e",
        S,
    ),
    # --- code: a form's coded fields; equipment only as a channel or a cost ---
    ("code", _CODED, "c", S),
    ("code", _CODED, "t", NOT),
    ("code", "C2 Prøvetid:\nC3 Kan avtalen sies opp: Ja, av begge med to måneders skriftlig varsel\n", "c", S),
    (
        "code",
        "Kontakt: telefon og Teams 9–14; henvendelser fra servicesenteret besvares samme dag\n"
        "Arbeidsgiver dekker bredbånd: Nei\n",
        "q",
        MISSING,
    ),
    ("code", "Tilgjengelig på mobil 9–15; spørsmål fra servicedesken besvares innen en time.\n", "q", MISSING),
    ("code", "Arbeidsgiver eier PC og mobil; IT-servicedesken drifter og reparerer dem.\n", "q", S),
    # --- change: how changes are made is no deferral of the item changed ---
    ("change", "Endringer i hvilke dager som tas hjemme, avtales når ny vaktplan settes opp.\n", "e", MISSING),
    (
        "change",
        "Endringer i arbeidstiden hjemme avtales når ny turnus lages, og skrives inn i avtalen.\n",
        "h",
        MISSING,
    ),
    ("change", "Changes to which days are worked from home are agreed when the new rota is drawn up.\n", "e", MISSING),
    ("change", "Hvilke dager som tas hjemme, avtales når ny vaktplan er klar.\n", "e", "unsettled"),
    # --- reply: answering the e-mail's points is no reachability ---
    ("reply", "Kan du svare meg på spørsmålene over innen fredag?\n", "a", MISSING),
    ("reply", "Svar gjerne på denne e-posten, så legger vi den i mappa.\n", "a", MISSING),
    ("reply", "Could you answer the points below so we can file it?\n", "a", MISSING),
    ("reply", "Du svarer på e-post og Teams mellom 9 og 15.\n", "a", S),
    ("reply", "Når du må svare på henvendelser, avklarer vi senere.\n", "a", NOT),
    # --- pointer: a pointer to guidelines quotes no rule ---
    (
        "pointer",
        "Taushetsbelagte opplysninger\nOpplysningene behandles etter kommunens retningslinjer for informasjonssikkerhet "
        "(se intranettet).\n",
        "s",
        NOT,
    ),
    ("pointer", "Client data is handled under the company's information security policy on the intranet.\n", "s", NOT),
    ("pointer", "Saksbehandling hjemme følger virksomhetens rutiner for personvern.\n", "s", NOT),
    (
        "pointer",
        "Saksdokumenter åpnes bare i fagsystemet og lagres ikke lokalt; taushetsplikten gjelder hjemme.\n",
        "s",
        S,
    ),
    (
        "pointer",
        "Kundedata behandles etter retningslinjene: bare i CRM-et, aldri på egen PC, og taushetsplikten gjelder også "
        "hjemme.\n",
        "s",
        S,
    ),
]

# A second batch on the new rules' own reach (each written before it was run; run once with the fixed code, before
# it landed): abbreviations and dates in lower-case chat, a bullet that is a heading in words, a phone that is
# equipment after all, a genitive that names no owner, a subject line that settles nothing, an indented option list,
# a percentage that is the home share, a change rule that also settles.
CASES2: list[tuple[str, str, str, str]] = [
    ("chat", "• hjemme ca. to dager i uka, f.eks. tirsdag og torsdag. jobbtid 8–16\n", "e", S),
    ("chat", "• hjemme ca. to dager i uka, f.eks. tirsdag og torsdag. jobbtid 8–16\n", "h", S),
    ("chat", "• gjelder fra 1. sept. 2027 til 31. mai 2028. så tar vi en ny prat\n", "d", S),
    ("chat", "• neste retro er 3. nov. vi tar det der\n", "d", NOT),
    ("chat", "• på teams. møter i kalenderen\n", "a", NOT),
    ("chat", "• maskinen er vår, vi sender den til reparasjon på vår regning\n", "q", S),
    ("chat", "• maskinene i verkstedet kjører som før\n", "q", NOT),
    ("chat", "• PC-en er gratis for deg. IT oppdaterer den\n", "q", NOT),
    ("chat", "• mobil og PC er Kystlabs, IT-avdelingen fikser feil\n", "q", S),
    ("chat", "Du får mobiltelefon og PC fra oss; de eies av firmaet og IT drifter dem.\n", "q", S),
    ("chat", "Du er å nå på telefon og Teams mellom 9 og 14. PC-en eier firmaet, og IT reparerer den.\n", "q", S),
    ("chat", "Du er å nå på telefon og Teams mellom 9 og 14. PC-en eier firmaet, og IT reparerer den.\n", "a", S),
    ("subject", "Emne: Hjemmekontor – tirsdager fra mars\n\nHei,\n\nTakk for praten i går.\n", "e", NOT),
    ("subject", "Subject: Trial period?\n\nHi,\n\nThe first two months are a trial.\n", "t", S),
    (
        "code",
        "B2 Arbeidstid hjemme:\n   Fleksitid etter reglementet, kjernetid 09.00–14.00\nB3 Tilgjengelig: Ja\n",
        "h",
        S,
    ),
    ("code", "A3 Prøvetid:\nA4 Varighet: 01.03.2027–28.02.2028\n", "t", NOT),
    ("code", "A3 Prøvetid:\nA4 Varighet: 01.03.2027–28.02.2028\n", "d", S),
    ("position", "Hvor mye: 40 % av stillingen, fordelt på mandag og fredag\n", "e", S),
    ("position", "Han har 100 % stilling og jobber hjemme 20 %, fordelt på fredager.\n", "e", S),
    (
        "change",
        "Endringer i arbeidstiden skal avtales skriftlig; begge kan si opp ordningen med en måneds varsel.\n",
        "c",
        S,
    ),
    ("change", "Endringer i hjemmedagene avklares senere.\n", "e", MISSING),
    ("reply", "Svar på spørsmål fra kunder sendes innen to timer i kjernetiden 09–15.\n", "a", S),
]

# A third batch, each cause again in yet other words (written after the landing, before it was run; run once with the
# landed code 8aab902).
CASES3: list[tuple[str, str, str, str]] = [
    ("chat", "• hjemme: ons + fre. jobbtid 8.30–16.30\n", "h", S),
    ("chat", "- wfh mon/thu, hours 9–17 on those days\n", "h", S),
    ("chat", "• online på teams 09–15 hjemmedagene\n", "a", S),
    ("chat", "• på chat/mobil mellom 9 og 14, svar innen 30 min\n", "a", S),
    ("chat", "• svar innen to timer på e-post\n", "a", NOT),
    ("chat", "• varighet: 1. okt 2027 → 30. sep 2028\n", "d", S),
    ("chat", "• 2 mnd = prøvetid\n", "t", S),
    ("chat", "• prøve = første måned, så tar vi en prat\n", "t", S),
    ("chat", "• laptop er Sjøtechs. IT holder den oppdatert\n", "q", S),
    ("chat", "• headsettet er ditt, skjermen er Fjordkodes, IT fikser begge\n", "q", S),
    ("chat", "• laptopen er Dells nyeste, IT oppdaterer den\n", "q", NOT),
    ("chat", "• på teams 9–14. utenfor kjernetid er du ikke på\n• hjemme tirsdager\n", "h", NOT),
    ("chat", "• hjemme ons. kl. 8–16 er jobbtid. teams på\n", "h", S),
    ("nn", "Ho skal kunne nåast på Teams frå 9 til 15.\n", "a", S),
    ("nn", "Han skal vere tilgjengeleg og kunne nåast på mobil i arbeidstida.\n", "a", S),
    ("subject", "Fra: Lise\nEmne: Re: Hjemmekontor – prøvetid?\n\nHei,\n\nDet ordner vi.\n", "t", NOT),
    ("subject", "Subject: RE: Working from home – which days?\n\nHi,\n\nMondays and Thursdays.\n", "e", S),
    ("position", "Hjemmekontor\n\nHun jobber 50 %, fordelt på mandag, tirsdag og onsdag formiddag.\n", "e", NOT),
    ("position", "Hjemmekontor\n\nStillingen er på 80 prosent fordelt på fire dager.\n", "e", NOT),
    (
        "position",
        "Remote work\n\nHe works 60 % of full time, spread over three days; one of them, Friday, is worked from home.\n",
        "e",
        S,
    ),
    ("code", "D1 Utstyr:\nD2 Hvem eier utstyret: arbeidsgiver\nD3 Drift og vedlikehold: IT-avdelingen\n", "q", S),
    ("code", "1.3 Prøvetid:\n1.4 Varighet: 01.01.2027–31.12.2027\n", "t", NOT),
    ("code", "1.3 Prøvetid:\n1.4 Varighet: 01.01.2027–31.12.2027\n", "d", S),
    ("change", "Endringer av hjemmedagene avtales når skoleruta for neste år er klar.\n", "e", MISSING),
    ("change", "Any changes to the working hours are agreed when the new rota is ready.\n", "h", MISSING),
    ("change", "Hjemmedagene avtales når skoleruta er klar.\n", "e", NOT),
    ("reply", "Please reply to this e-mail to confirm.\n", "a", MISSING),
    ("reply", "Reply to customer e-mails within two hours, between 9 and 15.\n", "a", S),
]

# A fourth batch on the structural rules' reach (bullets, lower-case sentences, coded fields, subject lines) in layouts
# the earlier batches did not use (written before it was run; run once with the landed code 12f1322).
CASES4: list[tuple[str, str, str, str]] = [
    ("layout", "• Prøvetid\n    De tre første månedene.\n• Varighet\n    Til 31.12.2027.\n", "t", S),
    ("layout", "• Prøvetid\n    De tre første månedene.\n• Varighet\n    Til 31.12.2027.\n", "d", S),
    ("layout", "- Utstyr\n  Firmaet eier PC-en, og IT drifter og reparerer den.\n", "q", S),
    ("layout", "• tirsdag og torsdag hjemme\n• 08.00–15.30 de dagene\n", "h", S),
    ("layout", "* Hjemmedager: mandag\n* Arbeidstid: som på kontoret\n", "h", S),
    ("layout", "Prøvetid: 2 mnd. evalueres i uke 9. ingen av oss er bundet etter det\n", "t", S),
    ("layout", "Vi har avtalt følgende, jf. samtalen i går. du jobber hjemme hver fredag.\n", "e", S),
    ("layout", "A1 Hjemmedager: tirsdag\nA2 Arbeidstid hjemme: 08.00–16.00\n", "h", S),
    ("layout", "Emne: Avtale om hjemmekontor – bekreftelse\n\nHei Ola,\n\nDu jobber hjemme onsdager.\n", "e", S),
    ("layout", "Subject: Trial?\n\nYes, the first two months.\n", "t", S),
]

# Read right / written, by class, at the first run (the code of main 048cdfe, before any rule was touched).
FIRST_RUN: dict[str, tuple[int, int]] = {
    "chat": (8, 23),
    "nn": (2, 5),
    "subject": (3, 4),
    "position": (2, 5),
    "code": (3, 6),
    "change": (2, 4),
    "reply": (3, 5),
    "pointer": (3, 5),
    "second batch (the new rules' reach)": (20, 22),
    "third batch (after the landing)": (23, 28),
    "fourth batch (the layout rules' reach)": (8, 10),
}

# Left open on purpose: a duty to handle data under the employer's own security or privacy rules, with no rule quoted.
# The eighth outsider's key reads «… behandles etter sykehusets retningslinjer for informasjonssikkerhet og personvern
# (se intranettet)» as settling nothing, but tests/test_agreement_meaning3.py holds the same meaning as settling item 8
# («Personopplysninger skal behandles i tråd med virksomhetens personvernregler», «skal følge virksomhetens rutiner for
# informasjonssikkerhet også hjemme»), and no general line parts the two (a «(se intranettet)» is a shape of one text).
# These two stay read as settled; strict, so a change that settles the conflict shows here.
OPEN = {
    "Taushetsbelagte opplysninger\nOpplysningene behandles etter kommunens retningslinjer for informasjonssikkerhet "
    "(se intranettet).\n",
    "Saksbehandling hjemme følger virksomhetens rutiner for personvern.\n",
}


def test_first_run_is_recorded_for_every_case() -> None:
    """The record of the first run counts every case written, class by class."""
    batches = {cls: sum(1 for c in CASES if c[0] == cls) for cls in {c[0] for c in CASES}}
    assert {k: v[1] for k, v in FIRST_RUN.items() if "batch" not in k} == batches
    assert FIRST_RUN["second batch (the new rules' reach)"][1] == len(CASES2)
    assert FIRST_RUN["third batch (after the landing)"][1] == len(CASES3)
    assert FIRST_RUN["fourth batch (the layout rules' reach)"][1] == len(CASES4)


def _params(cases: list[tuple[str, str, str, str]]) -> list:  # noqa: ANN202 - pytest params
    xfail = pytest.mark.xfail(strict=True, reason="a pointer to the employer's rules: the keys disagree (see OPEN)")
    return [pytest.param(*c, id=f"{c[0]}-{i}", marks=[xfail] if c[1] in OPEN else []) for i, c in enumerate(cases)]


def test_the_open_cases_are_cases() -> None:
    assert {c[1] for c in CASES} >= OPEN


@pytest.mark.parametrize(("cls", "text", "item", "expected"), _params(CASES))
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
