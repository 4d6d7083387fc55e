"""The gap check reads meaning, by general cause (issue 11, point 4): the causes behind the sixth outsider set's
77 settled items called missing (opened as a dev set after its two blind runs), each written here in sentences
and short agreements of our own words — not the outsider's — with near-misses that must NOT count.

Every case was written before it was first run, and scored once before any rule was touched (the code of main
97f963d). First batch (CASES, for the 77): 23 of 44 read right at first — heading 5/7 (one near-miss was a false
«settled»: a capitals heading naming «arbeidstiden» read as a clause), field 5/8, count 3/6, en_hours 1/5,
en_reach 3/5, en_dates 2/6, en_trial 2/4, nynorsk 2/3. Two near-misses were added after a first fix read a
half-year too loosely and took another set's extent («For første halvår 2027 er hjemmekontordagene …») for the
duration; both are right with main's code and the fix was narrowed. Second batch (CASES2, the set's remaining
errors: a template's guidance, a position's size, a pointer to an appendix, a term agreed later, a notice that
«kommer fram»): 9 of 18 read right at first (guidance 2/6 — four false «settled» —, position 1/4, appendix 3/4,
later 2/2, arrives 1/2). A third batch after the first landing (CASES3, each cause again in yet other words, run
once with the landed code 06c06f8): 24 of 28 read right at first — one false «settled» (an office move «from 1 March
to 15 March» read as the duration: a range of dates without a year now settles it only in a clause about the
arrangement or home work), «wrap up by 5 pm», a count asked as a question («Hvor mange dager hjemme per uke? 2») and a
count field whose noun has a phrase after it («Antall dager med hjemmearbeid per uke: 1»). A fourth batch (CASES4,
the nynorsk trial's exit pointed back to by «då») read 2 of 3 at first («Innan då kan begge avslutte ho …» was a
change right). All are read now.

Classes:

- heading: a section heading in capitals that runs past six words («DEL 4 VARIGHET, PRØVETID OG OPPSIGELSE»),
  or a numbered heading led by «Punkt 3 –», «Del C», «Section 2 –» that is a short question or phrase, heads
  the lines below it (they were read under the heading before it);
- field: a form's field under an item's section whose label is a plain word («Tidsrom og kanal: 09.00–14.00»),
  and a label carrying a fill-in instruction in brackets («Periode (fylles ut hvis midlertidig): fra … til …»)
  that has been filled in;
- count: a count of home days in a tick-box field («Antall hjemmedager per uke: [X] 2»);
- en_hours: the day said by when it starts and ends in plain English («start at 8:30 and log off at 4 pm»);
- en_reach: being reachable said as keeping a chat open or picking up («keep Teams open», «pick up if …»);
- en_dates: a period from one date to another without a year («from 4 January to 30 June»), a half-year;
- en_trial: a trial named as a test run or a trial run;
- nynorsk: «ringje», «vere å nå».
- guidance: a template's bracketed guidance on a line of its own («[Angi hvem som eier utstyret …]») is no term;
- position: «60 % stilling», «Stillingsprosent: 80 %» is the job's size, not the home work's extent;
- appendix: «… fremgår av vedlegg 2», «set out in the appendix» points elsewhere and settles nothing by itself;
- later: «Varselet avtales når prøvetiden er ute» is a term still to be agreed;
- arrives: «fra oppsigelsen kommer fram til den andre» is delivery, not a trial lasting until a date.
"""

from __future__ import annotations

import pytest

from tests.agreement_cases import NOT, S, agrees, status_of

FORM_HEAD = (
    "DEL 2 NÅR MAN KAN NÅS OG PÅ HVILKEN MÅTE\n"
    "2.1 Tid og kanal: 08.30–15.00 på telefon og Teams.\n\n"
    "DEL 3 VARIGHET, PRØVETID, ENDRING OG OPPSIGELSE AV AVTALEN\n"
    "3.1 Gyldighet: fra 01.02.2027 til 31.01.2028\n"
)

# (class, text, item, expected)
CASES: list[tuple[str, str, str, str]] = [
    # --- heading: long capitals, «Punkt N –» ---
    ("heading", FORM_HEAD, "a", S),
    ("heading", FORM_HEAD, "d", S),
    (
        "heading",
        "Punkt 2 – Arbeidstid\nPå hjemmedagene arbeider han 08.00–15.30.\n\n"
        "Punkt 3 – Når han skal kunne nås\nTeamleder kan ringe ham på mobilen fra 09.00 til 14.00.\n",
        "a",
        S,
    ),
    ("heading", "Del C – Hvor lenge avtalen varer\nFra 1. april 2027 til 31. mars 2028.\n", "d", S),
    ("heading", "Section 3 – How long this lasts\nFrom 1 March 2027 to 29 February 2028.\n", "d", S),
    # near-misses: a long capitals heading over nothing, a capitals line that is a sentence
    (
        "heading",
        "DEL 5 VARIGHET, PRØVETID, ENDRING OG OPPSIGELSE AV AVTALEN\n\nDEL 6 UTSTYR\nFirmaet eier PC-en.\n",
        "d",
        NOT,
    ),
    ("heading", "DEL 3 TILGJENGELIGHET OG KONTAKT I ARBEIDSTIDEN\nAvklares med leder senere.\n", "a", NOT),
    # --- field: a plain label under an item's section; a fill-in instruction in the label ---
    ("field", "DEL C TILGJENGELIGHET\nC1 Tidsrom: 10.00–14.00 på Teams.\n", "a", S),
    ("field", "Tilgjengelighet\nKanal og tid: mobil, 09–15 på hjemmedagene.\n", "a", S),
    ("field", "Varighet\nPeriode (fylles ut hvis tidsbegrenset): fra 01.03.2027 til 28.02.2028\n", "d", S),
    ("field", "Sluttdato (fyll ut ved midlertidig ordning): 30.06.2028\n", "d", S),
    ("field", "Period (complete if temporary): 1 May 2027 to 30 April 2028\n", "d", S),
    # near-misses: the instruction left standing with no value; an empty bracketed field
    ("field", "Periode (fylles ut hvis midlertidig): ____\n", "d", NOT),
    ("field", "Varighet\nPeriode (fylles ut hvis tidsbegrenset):\n", "d", NOT),
    ("field", "DEL C TILGJENGELIGHET\nC1 Tidsrom: ____\n", "a", NOT),
    # --- count: a ticked count of home days ---
    ("count", "Antall hjemmekontordager per uke:   [ ] 1   [X] 3   [ ] 4\n", "e", S),
    ("count", "Hjemmedager i uka: [ ] én [x] to [ ] tre\n", "e", S),
    ("count", "Faste hjemmedager:   [X] man   [ ] tir   [X] fre\n", "e", S),
    ("count", "Number of home days a week: [ ] 1 [X] 2 [ ] 3\n", "e", S),
    # near-misses: nothing ticked, a count of something else
    ("count", "Antall hjemmekontordager per uke:   [ ] 1   [ ] 2   [ ] 3\n", "e", NOT),
    ("count", "Antall skjermer levert hjem: [ ] 1 [X] 2\n", "e", NOT),
    # --- en_hours ---
    ("en_hours", "On your home days you start at 9 and sign off at 5 pm.\n", "h", S),
    ("en_hours", "On home days you log on at 8:00 and log off at 4 pm, with lunch when it suits you.\n", "h", S),
    ("en_hours", "When working from home she clocks in at 7.30 am and clocks out at 3.30 pm.\n", "h", S),
    ("en_hours", "A home day runs from 8 am to 4 pm.\n", "h", S),
    # near-misses: a meeting's time, the office's opening
    ("en_hours", "The weekly team meeting starts at 10 am on Mondays.\n", "h", NOT),
    # --- en_reach ---
    ("en_reach", "Between 10 and 2, keep Teams open and pick up if a colleague rings.\n", "a", S),
    ("en_reach", "From 9 to 3 on home days, keep your chat on and answer the phone.\n", "a", S),
    ("en_reach", "Keep Slack open from 9 am to 3 pm on home days.\n", "a", S),
    # near-misses: a window that is open; keeping an app updated
    ("en_reach", "Keep the laptop's software up to date; IT pushes updates.\n", "a", NOT),
    ("en_reach", "Keep the window open between 9 and 3 for fresh air.\n", "a", NOT),
    # --- en_dates ---
    ("en_dates", "The arrangement runs from 1 February to 31 July.\n", "d", S),
    ("en_dates", "We are doing this for the second half of 2027: 1 July to 31 December.\n", "d", S),
    ("en_dates", "This applies for the first half of 2028.\n", "d", S),
    ("en_dates", "Ordningen gjelder første halvår 2028.\n", "d", S),
    # near-misses: a start alone; a holiday range
    ("en_dates", "The arrangement starts on 1 February.\n", "d", NOT),
    ("en_dates", "The office is closed from 20 December to 2 January.\n", "d", NOT),
    # written after a first fix read a half-year too loosely (another set's extent «For første halvår 2027 er …»)
    ("en_dates", "For første halvår 2027 er hjemmedagene mandag og onsdag.\n", "d", NOT),
    ("en_dates", "In the first half of 2027 your home days are Monday and Thursday.\n", "d", NOT),
    # --- en_trial ---
    ("en_trial", "March is a test run for working from home.\n", "t", S),
    ("en_trial", "The first six weeks are a trial run; if it does not work, we stop.\n", "t", S),
    ("en_trial", "April is a dry run for the home office arrangement.\n", "t", S),
    # near-misses: a test run of a system
    ("en_trial", "IT does a test run of the new VPN in March.\n", "t", NOT),
    # --- nynorsk ---
    ("nynorsk", "Leiaren skal kunne ringje henne på mobilen frå 09.00 til 14.00 på heimedagane.\n", "a", S),
    ("nynorsk", "Han skal vere å nå på Teams mellom 09.00 og 14.30.\n", "a", S),
    ("nynorsk", "Kven som kan ringje henne, avklarar vi seinare.\n", "a", NOT),
]

# A second batch, for the set's remaining errors (settled by a form's guidance, a position's size, a pointer to an
# appendix, a term agreed later, a notice that «kommer fram»), written before the fixes and first run with main's code.
CASES2: list[tuple[str, str, str, str]] = [
    # --- guidance: a template's bracketed instruction is the form's, not a term ---
    ("guidance", "5. Oppsigelse\n[Beskriv hvordan avtalen kan sies opp, og med hvilket varsel.]\n", "c", NOT),
    ("guidance", "7. Utstyr\n[Oppgi hvem som eier utstyret, og hvem som drifter og vedlikeholder det.]\n", "q", NOT),
    ("guidance", "4. Equipment\n[State who owns the equipment and who maintains it.]\n", "q", NOT),
    ("guidance", "2. Arbeidstid\n(Skriv inn arbeidstiden på hjemmedagene, for eksempel 08.00–15.30.)\n", "h", NOT),
    (
        "guidance",
        "5. Oppsigelse\n[Beskriv hvordan avtalen kan sies opp.]\nBegge kan si opp avtalen med én måneds varsel.\n",
        "c",
        S,
    ),
    (
        "guidance",
        "7. Utstyr\n[Angi eier og ansvar.]\nFirmaet eier PC-en, og IT-avdelingen drifter og reparerer den.\n",
        "q",
        S,
    ),
    # --- position: the size of the job is not the home work's extent ---
    ("position", "Arbeidstaker: Kari Nilsen, konsulent, 60 % stilling\n", "e", NOT),
    ("position", "Hun har en 100 prosent fast stilling som rådgiver.\n", "e", NOT),
    ("position", "Stillingsprosent: 80 %\n", "e", NOT),
    ("position", "Han arbeider hjemme 20 % av arbeidstiden, fordelt på fredager.\n", "e", S),
    # --- appendix: a pointer to an appendix settles nothing by itself ---
    ("appendix", "Hvem som eier, drifter og vedlikeholder utstyret, fremgår av vedlegg 2.\n", "q", NOT),
    ("appendix", "Reglene om eierskap, drift og vedlikehold av utstyret står i eget bilag.\n", "q", NOT),
    ("appendix", "Ownership, running and upkeep of the equipment are set out in the appendix.\n", "q", NOT),
    (
        "appendix",
        "Utstyr: se bilag A.\n\nBILAG A – UTSTYR\nFirmaet eier PC-en. IT-avdelingen drifter og reparerer den.\n",
        "q",
        S,
    ),
    # --- later: a term to be agreed when something has happened ---
    ("later", "Etter prøvetiden kan avtalen sies opp. Varselet avtales når prøvetiden er ute.\n", "c", NOT),
    ("later", "Hjemmedagene fastsettes når den nye turnusen er klar.\n", "e", NOT),
    # --- arrives: «kommer fram til» is delivery, not until ---
    (
        "arrives",
        "Etter prøvetiden kan begge si opp avtalen med en frist på én måned fra oppsigelsen kommer fram til den andre.\n",
        "t",
        NOT,
    ),
    ("arrives", "Prøvetiden varer fram til 1. mai 2027.\n", "t", S),
]


# A third batch after the landing (06c06f8): each cause again in yet other words, written before it was run.
CASES3: list[tuple[str, str, str, str]] = [
    # English e-mail, plain words
    ("en_hours", "On WFH days you'd start around 9:00 and wrap up by 5 pm.\n", "h", S),
    ("en_hours", "Home days: you log in at 7.45 and log out at 3.45 pm.\n", "h", S),
    ("en_hours", "Home days follow your usual 8 am to 4 pm.\n", "h", S),
    ("en_reach", "From 10 to 2 on home days please keep Teams on and answer calls from the team.\n", "a", S),
    ("en_reach", "Please keep your phone on between 9 and 3 when you work from home.\n", "a", S),
    ("en_reach", "Keep Slack open if you like; nobody expects answers after hours.\n", "a", NOT),
    ("en_dates", "Let's run this from 1 March to 31 August and then review.\n", "d", S),
    ("en_dates", "The arrangement is for the first half of 2028.\n", "d", S),
    ("en_dates", "We moved offices from 1 March to 15 March.\n", "d", NOT),
    ("en_trial", "September is a trial run for the home-working set-up.\n", "t", S),
    ("en_trial", "The first two weeks are a test run; either of us can stop it.\n", "t", S),
    ("en_trial", "We will do a dry run of the new backup routine in May.\n", "t", NOT),
    # tick-box forms and their structure
    ("count", "Hvor mange dager hjemme per uke? [ ] 1 [X] 2\n", "e", S),
    ("count", "Antall dager med hjemmearbeid per uke:   [x] 1   [ ] 2\n", "e", S),
    ("count", "Antall møtedager på kontoret per uke: [X] 3\n", "e", NOT),
    ("field", "Sluttdato (fylles ut ved tidsbegrenset avtale): 31.12.2027\n", "d", S),
    ("field", "Arbeidstid (fyll inn): ____\n", "h", NOT),
    ("heading", "DEL 4 HVOR OG NÅR ARBEIDSTAKER SKAL VÆRE TILGJENGELIG\nTelefon og Teams: 09.00–15.00.\n", "a", S),
    ("heading", "Punkt 4 – Kor lenge avtalen gjeld\nFrå 1. mars 2027 til 29. februar 2028.\n", "d", S),
    # guidance, position, appendix, later
    ("guidance", "3. Tilgjengelighet\n[Skriv når arbeidstaker skal kunne nås, f.eks. 09.00–14.00.]\n", "a", NOT),
    ("guidance", "6. Prøvetid\n(Angi lengden på prøvetiden, for eksempel tre måneder.)\n", "t", NOT),
    ("position", "Stilling: lærer, 50 % stilling, fast ansatt.\n", "e", NOT),
    ("position", "Hun jobber hjemmefra 40 % av stillingen, mandag og tirsdag.\n", "e", S),
    ("appendix", "Arbeidstiden hjemme er beskrevet i vedlegg 1.\n", "h", NOT),
    ("appendix", "Equipment: see Appendix B.\n", "q", NOT),
    ("later", "Hjemmedagene bestemmes når vaktplanen for høsten er klar.\n", "e", NOT),
    # nynorsk
    ("nynorsk", "Leiaren kan ringje han på jobbmobilen mellom 08.00 og 15.00 på heimedagane.\n", "a", S),
    ("nynorsk", "Punkt 3 – Når han skal vere å nå\nHan svarar på Teams frå 09.00 til 14.00.\n", "a", S),
]


# A fourth batch, for the removed items still flagged as «partly»: the nynorsk trial's exit pointed back to by «då».
CASES4: list[tuple[str, str, str, str]] = [
    (
        "nynorsk_then",
        "Dei første seks vekene gjeld ordninga på prøve. Fram til då kan kvar av partane gå ut av ordninga.\n",
        "c",
        NOT,
    ),
    ("nynorsk_then", "Ordninga er på prøve ut mars. Innan då kan begge avslutte ho med ei vekes varsel.\n", "c", NOT),
    (
        "nynorsk_then",
        "Ordninga er på prøve ut mars. Etter det kan kvar av partane seie opp avtalen med ein månads varsel.\n",
        "c",
        S,
    ),
]


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
