"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the fifth
outsider set showed (opened as a dev set after its blind runs), each written here in sentences and short
agreements of our own words — not the outsider's — together with near-misses that must NOT count.

Every case was written before it was first run, and scored once before any rule was touched (the same
figures with the code of main beefe31): 49 of 81 read right at first — trial 4/12 (all 8 misses were trials
named without «prøve»; the 4 near-misses were right), trial_exit 3/8, clock 3/6, shift 4/7, person 3/5,
wish 2/6, deferral 3/3, nynorsk 12/12 and a second nynorsk batch 10/12; a third batch written after the
first fixes (a negated change 2/4, the trial's exit pointed at by its closing meeting 0/2, a machine's
«own disk» 3/4) 5/10. After the first landing (b8dd8b3) two more batches were written and run once before any
change: 24 cases (nynorsk in wider vocabulary and nynorsk deferrals 12/13, the landed classes in yet other
words 8/11 — a reference number «2026-1130» read as a clock range by the new four-digit rule, «når han har vakt»,
«et ønske om å jobbe hjemme») read 20/24; 35 cases of each item in other plain words with near-misses read
32/35 (two false «settled»: weekdays the office is closed, under a title naming home office, and a canteen
available to all staff; and «the company's information security guidelines» not read). A sixth batch of 12
mentions that defer or leave an item open read 10/12 (two false «settled»: «the notice period is still open»,
«har ennå ikke blitt enige om oppsigelsesfrist»). The fix for the closed office first stripped the title from
every sentence with a verb, which lost «Employee will telecommute …» and «Your WFH days are …» (meaning4); five
cases on what a title heads were then written and read 2/5 against that first try («Ordningen gjelder mandager og
onsdager», «Dagene er tirsdag og fredag», «Kontoret holder stengt på fredager»): the title now heads everything but
a sentence about the office or workplace, and a clause under an item's heading is set aside only when it settles
another item, not when it merely shares that item's word («ordningen»). Last, a Word table as the document
loader writes it («Prøvetid | Tre måneder», no outer bars) or copied with tabs: 8 cases read 4/8 at first — a
short row («Hjemmedager | Mandag og fredag») was taken for a heading and settled nothing; each such row is now a
field (and a real .docx is tested below). And a request granted in the next sentence («Du har søkt om å jobbe
hjemme tirsdag og torsdag. Søknaden er innvilget.») had been set aside by the wish rule: 4 cases read 2/4 at
first; a wish now counts as granted by its own sentence or the one after it. All are read now.

Classes:

- trial: a trial period named without the word «prøve» (a run-in, start-up or settling-in period,
  «vi ser an …», a first term), and its near-misses (a run-in period for a system, an empty heading);
- trial_exit: an exit during the trial that points at the trial by its end («før den er over … da»,
  «fram til 1. juni», «until the review») is the trial's, not the agreement's change right or its duration;
- clock: clock times in four digits («kl. 0830», «0800–1600»), not years («skoleåret 2027–2028»);
- shift: being reachable during the shift or the working time said with the shift as the time
  («i vakta er hun logget på …», «while on shift»), not the shifts' availability in a plan;
- person: «den som arbeider hjemme», «those working from home» name a person, they say nothing about the hours;
- wish: a request, a wish or a background («har bedt om å kunne …», «ønsker å …») and a vague count
  («noen dager», «some days») settle no extent;
- deferral: «… avtaler de hvis det blir aktuelt», «we will agree on that if it comes up» defer the part;
- nynorsk: nynorsk inflections of the items' words («arbeidstida», «timar», «vakta», «kommunar»,
  «utstyret», «dagane», «oppseiingsfristen», «i den tida») read like the bokmål ones, in one place (normalise.py);
- negated: «Hjemmekontoret endrer ikke hvordan …» / «does not change how …» is no right to change the agreement;
- trial_exit2: «…, og fram til det møtet kan …», «and until that review either side can …» after the trial;
- own_disk: «saved to the laptop's own drive» says where files go, not who owns the laptop;
- breadth, deferral2, title: each item in other plain words; mentions that leave an item open; what the
  document's title heads;
- wordtable: a table row without outer bars (a Word table, «cell | cell») or with tabs is a field;
- granted: a request granted in the next sentence is agreed.
"""

from __future__ import annotations

import pytest

from tests.agreement_cases import MISSING, NOT, K, S, agrees, status_of

# (class, text, item, expected)
CASES: list[tuple[str, str, str, str]] = [
    # --- trial: named without «prøve» ---
    ("trial", "Oppstartsperiode\nDe første åtte ukene er en oppstartsperiode for hjemmearbeidet.\n", "t", S),
    ("trial", "De to første månedene er en tilvenningsperiode, og så snakker vi sammen om hvordan det gikk.\n", "t", S),
    ("trial", "Vi ser an ordningen de første seks ukene og tar en prat etterpå.\n", "t", S),
    ("trial", "Første halvår er en innføringsfase for hjemmekontoret.\n", "t", S),
    ("trial", "The first two months are a settling-in period for the home working arrangement.\n", "t", S),
    ("trial", "Dei to første månadene er ein innkøyringsperiode for heimekontoret.\n", "t", S),
    ("trial", "4. Innkjøring\nVårsemesteret 2028 er en innkjøringsperiode for undervisningen hjemmefra.\n", "t", S),
    ("trial", "The first quarter is a run-in period; we review it together at the end of March.\n", "t", S),
    # near-misses: a run-in for something else, a bare heading, a deferral, the employment's probation
    ("trial", "Innkjøringsperioden for det nye lønnssystemet er fire uker fra 1. mars.\n", "t", NOT),
    ("trial", "Oppstartsperiode\n\nUtstyr\nFirmaet eier PC-en og IT drifter den.\n", "t", NOT),
    ("trial", "Om vi skal ha en oppstartsperiode, bestemmer vi senere.\n", "t", NOT),
    ("trial", "Vi ser an behovet for en ekstra skjerm når du har jobbet hjemme en stund.\n", "t", NOT),
    # --- trial_exit: the trial's exit pointed at by its end or a date ---
    (
        "trial_exit",
        "De første tre månedene er prøvetid. Før den er over, tar vi en samtale, og hver av oss kan da avslutte "
        "ordningen med en ukes varsel.\n",
        "c",
        MISSING,
    ),
    (
        "trial_exit",
        "Vi tester ordningen ut mars. Fram til 1. april 2027 kan begge avslutte den med tre dagers varsel.\n",
        "c",
        MISSING,
    ),
    (
        "trial_exit",
        "Vi tester ordningen ut mars. Fram til 1. april 2027 kan begge avslutte den med tre dagers varsel.\n",
        "d",
        MISSING,
    ),
    (
        "trial_exit",
        "Innkjøringsperiode\nDe to første månedene er en innkjøringsperiode. I den tiden kan hver av oss avslutte "
        "ordningen med to ukers varsel.\n",
        "c",
        MISSING,
    ),
    (
        "trial_exit",
        "The first eight weeks are a pilot. Until the review at the end of them, either of us can stop the "
        "arrangement with a week's notice.\n",
        "c",
        MISSING,
    ),
    (
        "trial_exit",
        "Vi ser an ordningen de første to månedene. Til og med 30. april kan hver av oss trekke seg med en ukes "
        "varsel.\n",
        "c",
        MISSING,
    ),
    # near-misses: the agreement's own change right next to a trial still is one
    (
        "trial_exit",
        "De første tre månedene er prøvetid. Etter det kan begge si opp ordningen med en måneds varsel.\n",
        "c",
        S,
    ),
    (
        "trial_exit",
        "Innkjøringsperiode\nDe to første månedene er en innkjøringsperiode.\n\nOppsigelse\nBegge kan si opp "
        "avtalen med to måneders skriftlig varsel.\n",
        "c",
        S,
    ),
    # --- clock: four-digit times ---
    ("clock", "På hjemmedagene jobber hun kl. 0800–1600.\n", "h", S),
    ("clock", "Arbeidstiden hjemme er 0730-1500, med lunsj 1130-1200.\n", "h", S),
    ("clock", "Hjemme underviser hun 0815–1145 og forbereder seg deretter til kl 1530.\n", "h", S),
    ("clock", "Hun kan nås på telefon mellom 0900 og 1500 når hun jobber hjemme.\n", "a", S),
    # near-misses: years are no times
    ("clock", "Hjemmekontor\nOrdningen gjelder skoleåret 2027–2028 for hjemmedagene.\n", "h", NOT),
    ("clock", "Hjemmearbeidet følger budsjettet for 2027-2028.\n", "h", NOT),
    # --- shift: reachable during the shift said as the time ---
    ("shift", "I vakta er han logget på kundekøen og svarer på chat.\n", "a", S),
    ("shift", "Mens vakten pågår, er hun innlogget i telefonsystemet.\n", "a", S),
    ("shift", "While on shift she is logged in to the phone queue and answers her team lead on Teams.\n", "a", S),
    ("shift", "I vakta er ho pålogga telefonkøen heimanfrå.\n", "a", S),
    ("shift", "Under skiftet sitt er han pålogget driftssentralen.\n", "a", S),
    # near-misses: the shift plan being available, the centre being open
    ("shift", "Vaktplanen er tilgjengelig på intranettet fra den 15. hver måned.\n", "a", NOT),
    ("shift", "Kundesenteret er åpent for kundene i alle vaktene fra 08:00 til 20:00.\n", "a", NOT),
    # --- person: the person named by the home work says nothing about hours ---
    ("person", "Den som arbeider hjemme, skal kunne nås på Teams fra kl. 09.00 til kl. 14.00.\n", "h", NOT),
    ("person", "Ansatte som jobber hjemmefra, svarer på telefon mellom 08.00 og 15.00.\n", "h", NOT),
    ("person", "Those working from home must be reachable by phone from 9 am to 3 pm.\n", "h", NOT),
    ("person", "Den som arbeider hjemme, skal kunne nås på Teams fra kl. 09.00 til kl. 14.00.\n", "a", S),
    # a clause that still is about the hours
    ("person", "Den som arbeider hjemme, jobber fra kl. 08.00 til kl. 15.30 som på kontoret.\n", "h", S),
    # --- wish: a request or a vague count settles no extent ---
    ("wish", "Bakgrunn\nKari har bedt om å få jobbe hjemmefra noen dager i uken.\n", "e", NOT),
    ("wish", "Per ønsker å arbeide hjemme et par dager i måneden.\n", "e", NOT),
    ("wish", "She has asked to work from home some days each week.\n", "e", NOT),
    ("wish", "Hjemmekontor\nNoen dager i uka jobber han hjemmefra.\n", "e", NOT),
    ("wish", "Han søkte om å ha hjemmekontor to dager i uken.\n", "e", NOT),
    # a count and days still settle it, also after a wish
    ("wish", "Kari har bedt om å jobbe hjemmefra. Hun jobber hjemme to dager i uka, tirsdag og torsdag.\n", "e", S),
    # --- deferral ---
    (
        "deferral",
        "Begge kan si opp ordningen.\nHvilken frist som skal gjelde, avtaler de hvis det blir aktuelt.\n",
        "c",
        NOT,
    ),
    ("deferral", "Either of us may end it. The notice we will agree on if it comes up.\n", "c", NOT),
    ("deferral", "Oppsigelse\nFrist for oppsigelse finner vi ut av når det trengs.\n", "c", NOT),
    # --- nynorsk inflections ---
    ("nynorsk", "Arbeidstida heime er 08.00 til 15.30.\n", "h", S),
    ("nynorsk", "Ho arbeider heime 7,5 timar om dagen, frå klokka 08.00 til 15.30.\n", "h", S),
    ("nynorsk", "Heimedagane er måndag og onsdag kvar veke.\n", "e", S),
    ("nynorsk", "Utstyret er kommunen sin eigedom, og IT-avdelinga vedlikeheld det.\n", "q", S),
    ("nynorsk", "Kommunane eig utstyret, og IKT-tenesta driftar og reparerer det.\n", "q", S),
    ("nynorsk", "Ordninga gjeld frå 1. mars 2027 til 28. februar 2028.\n", "d", S),
    ("nynorsk", "Kvar av partane kan seie opp avtala med ein månads skriftleg varsel.\n", "c", S),
    ("nynorsk", "Dokumenta vert berre lagra i sakssystemet, og teieplikta gjeld heime.\n", "s", S),
    ("nynorsk", "I arbeidstida er ho å nå på Teams.\n", "a", S),
    ("nynorsk", "Dei tre første vekene er prøvetid for heimekontoret.\n", "t", S),
    # near-misses in nynorsk
    ("nynorsk", "Utstyr\nKven som eig utstyret, blir avklart seinare.\n", "q", NOT),
    ("nynorsk", "Arbeidstida heime blir avtalt seinare.\n", "h", NOT),
    # nynorsk, second batch (written after the first batch had run, before any change)
    ("nynorsk2", "Arbeidstida på heimedagane følgjer kjernetida og fleksitida ved kontoret, 07.30–16.00.\n", "h", S),
    ("nynorsk2", "Datamaskina og skjermane er arbeidsgjevaren sine, og IKT-tenesta held dei ved like.\n", "q", S),
    ("nynorsk2", "Ordninga er mellombels og varar til 30. juni 2028.\n", "d", S),
    ("nynorsk2", "Tilsette med heimekontor skal vere tilgjengelege på telefon frå 09.00 til 15.00.\n", "a", S),
    ("nynorsk2", "Ho arbeider heimanfrå tre dagar i veka: måndag, tysdag og fredag.\n", "e", S),
    ("nynorsk2", "Oppseiingsfristen er to månader for begge partar.\n", "c", S),
    ("nynorsk2", "Prøvetida er dei to første månadene, og i den tida kan kvar av oss avslutte ordninga.\n", "t", S),
    (
        "nynorsk2",
        "Prøvetida er dei to første månadene, og i den tida kan kvar av oss avslutte ordninga.\n",
        "c",
        MISSING,
    ),
    (
        "nynorsk2",
        "Sakshandsaminga skjer berre i fagsystemet, og papir med personopplysningar blir ikkje tekne med heim.\n",
        "s",
        S,
    ),
    ("nynorsk2", "Reglane for teieplikt gjeld òg på heimekontoret.\n", "s", S),
    # negated change: the arrangement changes nothing else («endrer ikke …») — no right to change it
    ("negated", "Hjemmekontoret endrer ikke hvordan stillingen hennes er fordelt mellom oppgavene.\n", "c", MISSING),
    (
        "negated",
        "Working from home does not change how his hours are split between teaching and planning.\n",
        "c",
        MISSING,
    ),
    ("negated", "Ordninga endrar ikkje lønna eller arbeidsoppgåvene hans.\n", "c", MISSING),
    # a change rule with a negation still is one
    ("negated", "Avtalen endres ikke uten at begge parter har skrevet under på endringen.\n", "c", "partly"),
    # a trial's exit pointed at by the meeting that closes the trial
    (
        "trial_exit2",
        "Mars og april er en prøveperiode. Vi møtes i slutten av april, og fram til det møtet kan hver av oss "
        "avslutte ordningen med tre dagers varsel.\n",
        "c",
        MISSING,
    ),
    (
        "trial_exit2",
        "June and July are a trial. We review it in the last week of July, and until that review either side can "
        "stop it with a week's notice.\n",
        "c",
        MISSING,
    ),
    # storage on a machine's own disk is where documents go, not who owns the machine
    ("own_disk", "Ingenting lagres på PC-ens egen harddisk.\n", "q", MISSING),
    ("own_disk", "Files are never saved to the laptop's own drive or to a USB stick.\n", "q", MISSING),
    ("own_disk", "Files are never saved to the laptop's own drive or to a USB stick.\n", "s", S),
    # who owns it still is ownership
    ("own_disk", "The laptop is the company's own, and IT maintains it.\n", "q", S),
    # fourth batch, written after the first landing (b8dd8b3), before it was run: nynorsk in wider vocabulary, nynorsk
    # deferrals that must settle nothing, and the landed classes in yet other words
    ("nynorsk3", "Utstyret høyrer til arbeidsgjevaren, som også har ansvaret for drift og vedlikehald.\n", "q", S),
    ("nynorsk3", "Arbeidstakaren arbeider heime annakvar veke, måndag til onsdag.\n", "e", S),
    ("nynorsk3", "I kjernetida, 09.00 til 14.00, skal ho vere tilgjengeleg på telefon.\n", "a", S),
    ("nynorsk3", "Avtala er mellombels og gjeld ut skuleåret 2027/2028.\n", "d", S),
    (
        "nynorsk3",
        "Endringar i avtala skal gjerast skriftleg, og kvar av partane kan seie henne opp med ein månads varsel.\n",
        "c",
        S,
    ),
    (
        "nynorsk3",
        "Dokument med personopplysningar skal oppbevarast i låst skap og ikkje takast med ut av kontoret.\n",
        "s",
        S,
    ),
    ("nynorsk3", "Dei første åtte vekene er ein prøveperiode for heimekontorordninga.\n", "t", S),
    ("nynorsk3", "Arbeidstida på heimekontordagane er den same som på kontoret, 08.00–15.30.\n", "h", S),
    ("nynorsk3", "Datamaskina er lånt ut frå arbeidsgjevaren, og IT-avdelinga reparerer ho ved feil.\n", "q", S),
    # nynorsk mentions that settle nothing
    ("nynorsk3", "Kor lenge ordninga skal vare, vert fastsett seinare.\n", "d", NOT),
    ("nynorsk3", "Prøvetid\nDette kjem vi attende til.\n", "t", NOT),
    ("nynorsk3", "Kven som skal eige og vedlikehalde utstyret, er ikkje avklart enno.\n", "q", NOT),
    ("nynorsk3", "Arbeidstida heime skal avtalast seinare.\n", "h", NOT),
    # the landed classes in other words
    ("trial3", "Dei to første månadene er ein forsøksperiode; i den tida kan kvar av oss gå ut av ordninga.\n", "t", S),
    (
        "trial3",
        "Dei to første månadene er ein forsøksperiode; i den tida kan kvar av oss gå ut av ordninga.\n",
        "c",
        MISSING,
    ),
    ("trial3", "The first month is an introductory period for the remote arrangement.\n", "t", S),
    ("trial3", "Vi starter med en prøvefase på seks uker.\n", "t", S),
    ("trial3", "Prøvefasen for det nye timeregistreringssystemet varer i seks uker.\n", "t", NOT),
    ("clock3", "Arbeidstid hjemme: 0745 - 1515.\n", "h", S),
    ("clock3", "Hjemmekontor\nSaksnummer 2026-1130 gjelder hjemmekontoret.\n", "h", NOT),
    ("shift3", "Når han har vakt hjemmefra, er han logget på alarmsentralens system.\n", "a", S),
    (
        "person3",
        "Medarbeidere som har hjemmekontor, skal svare på e-post innen to timer mellom 08.00 og 16.00.\n",
        "h",
        NOT,
    ),
    ("wish3", "Ola har uttrykt et ønske om å jobbe hjemme tre dager i uka.\n", "e", NOT),
    ("wish3", "Ola har søkt om å jobbe hjemme tre dager i uka, og det er innvilget.\n", "e", S),
    # fifth batch, written before it was run: each item in other plain words (bokmål and English), with near-misses
    ("breadth", "Hjemmekontor benyttes to av fem arbeidsdager.\n", "e", S),
    ("breadth", "Hun kan jobbe hjemme maks to dager per uke.\n", "e", S),
    ("breadth", "He works remotely on Wednesdays.\n", "e", S),
    ("breadth", "Hjemmearbeid skjer hver onsdag og annenhver fredag.\n", "e", S),
    ("breadth", "Kontoret er stengt på fredager i juli.\n", "e", NOT),
    ("breadth", "Hjemmekontor kan vurderes på sikt.\n", "e", NOT),
    ("breadth", "Hjemme gjelder normalarbeidstiden på 37,5 timer i uka, lagt mellom 07.00 og 17.00.\n", "h", S),
    ("breadth", "Arbeidsdagen hjemme varer fra åtte til fire.\n", "h", S),
    ("breadth", "Working hours at home: 08:30–16:00, Monday to Friday.\n", "h", S),
    ("breadth", "På hjemmedager starter arbeidsdagen kl. 07.30 og slutter kl. 15.00.\n", "h", S),
    ("breadth", "Hjemmekontor\nReisetid regnes ikke som arbeidstid.\n", "h", NOT),
    ("breadth", "Hun skal være tilgjengelig på Teams i kjernetiden.\n", "a", S),
    ("breadth", "Han må kunne svare på telefon mellom 9 og 15 når han jobber hjemme.\n", "a", S),
    ("breadth", "You must be contactable by phone from 9 to 3.\n", "a", S),
    ("breadth", "Kantina er tilgjengelig for alle ansatte fra 11.00 til 13.00.\n", "a", NOT),
    ("breadth", "Avtalen gjelder i ett år fra signering.\n", "d", S),
    ("breadth", "This agreement runs for 12 months from 1 April 2027.\n", "d", S),
    ("breadth", "Ordningen er tidsbegrenset til 31.12.2027.\n", "d", S),
    ("breadth", "Avtalen trer i kraft 1. mars 2027.\n", "d", NOT),
    ("breadth", "Begge parter kan avslutte avtalen med 14 dagers varsel.\n", "c", S),
    ("breadth", "Either party may terminate this agreement on 30 days' written notice.\n", "c", S),
    ("breadth", "Avtalen kan sies opp av hver av partene med en frist på én måned.\n", "c", S),
    ("breadth", "Oppsigelse av arbeidsforholdet følger arbeidsmiljøloven.\n", "c", NOT),
    ("breadth", "Ordningen prøves ut i tre måneder.\n", "t", S),
    ("breadth", "There is a three-month trial period for working from home.\n", "t", S),
    ("breadth", "Prøvetiden i arbeidsforholdet er seks måneder.\n", "t", NOT),
    ("breadth", "All equipment remains the property of the company, which also maintains it.\n", "q", S),
    ("breadth", "Utstyret er arbeidsgivers eiendom. Service og reparasjon ordnes av IT-avdelingen.\n", "q", S),
    ("breadth", "Arbeidsgiver eier og vedlikeholder PC og mobil.\n", "q", S),
    ("breadth", "Arbeidsgiver dekker en bredbåndsutgift på 300 kroner i måneden.\n", "q", NOT),
    ("breadth", "Ansatte som jobber hjemme, får en bærbar PC.\n", "q", NOT),
    ("breadth", "Fortrolige dokumenter skal ikke skrives ut hjemme.\n", "s", S),
    ("breadth", "Taushetsplikten gjelder også ved arbeid hjemmefra.\n", "s", S),
    ("breadth", "Employees must follow the company's information security guidelines when working remotely.\n", "s", S),
    ("breadth", "Saksbehandlingstiden for søknader om hjemmekontor er to uker.\n", "s", NOT),
    # sixth batch, written before it was run: mentions that defer or leave open, which must settle nothing
    ("deferral2", "Utstyr\nUtstyret er under vurdering.\n", "q", NOT),
    ("deferral2", "Details of the equipment will follow.\n", "q", NOT),
    ("deferral2", "Notice periods are yet to be agreed.\n", "c", NOT),
    ("deferral2", "Either of us may end the arrangement; the notice period is still open.\n", "c", NOT),
    ("deferral2", "Vi har ennå ikke blitt enige om oppsigelsesfrist for ordningen.\n", "c", NOT),
    ("deferral2", "Varigheten av ordningen er foreløpig ikke bestemt.\n", "d", NOT),
    ("deferral2", "Spørsmålet om prøvetid for hjemmekontoret står åpent.\n", "t", NOT),
    ("deferral2", "Arbeidstid hjemme: —\n", "h", NOT),
    ("deferral2", "Reachability: to be confirmed by the team lead.\n", "a", NOT),
    ("deferral2", "Hjemmedager: etter avtale med leder.\n", "e", NOT),
    ("deferral2", "Når hun skal være tilgjengelig, er ikke avtalt ennå.\n", "a", NOT),
    ("deferral2", "Regler for taushetsplikt og dokumenter kommer i et eget skriv.\n", "s", NOT),
    # the title of a home-office agreement heads a sentence that names the days, unless the sentence is about the office
    ("title", "Ordningen gjelder mandager og onsdager.\n", "e", S),
    ("title", "Avtalen omfatter to dager i uka, tirsdag og torsdag.\n", "e", S),
    ("title", "Dagene er tirsdag og fredag.\n", "e", S),
    ("title", "Kontoret holder stengt på fredager i juli.\n", "e", NOT),
    ("title", "The office is closed on Fridays in July.\n", "e", NOT),
    # a Word table as the document loader writes it («cell | cell», no outer bars) or copied with tabs: each row a field
    ("wordtable", "Hjemmedager | Mandag og fredag\n\nArbeidstid hjemme | 08.00–16.00\n", "e", S),
    ("wordtable", "Punkt | Avtalt\n\nPrøvetid | To måneder\n\nUtstyr | Firmaet eier PC-en\n", "t", S),
    ("wordtable", "Hjemmedager\tTirsdag og torsdag\nPrøveperiode\tSeks uker\n", "e", S),
    ("wordtable", "Hjemmedager\tTirsdag og torsdag\nPrøveperiode\tSeks uker\n", "t", S),
    ("wordtable", "Trial period | Three months, either side may end it with a week's notice\n", "t", S),
    # empty or deferred cells settle nothing
    ("wordtable", "Hjemmedager | \n\nPrøvetid | Avklares senere\n", "e", NOT),
    ("wordtable", "Hjemmedager | \n\nPrøvetid | Avklares senere\n", "t", NOT),
    ("wordtable", "Prøvetid\t\nUtstyr\tFirmaet eier PC-en, IT drifter den\n", "t", NOT),
    # a request granted in the next sentence is agreed
    ("granted", "Du har søkt om å jobbe hjemme tirsdag og torsdag. Søknaden er innvilget.\n", "e", S),
    ("granted", "Kari ba om å få arbeide heime to dagar i veka. Det har vi sagt ja til.\n", "e", S),
    ("granted", "He asked to work from home on Mondays. This was approved by his manager.\n", "e", S),
    ("granted", "Du har søkt om å jobbe hjemme tirsdag og torsdag. Søknaden behandles i neste uke.\n", "e", NOT),
    # near-misses
    ("nynorsk2", "Kor mange dagar du skal arbeide heime, avgjer leiaren seinare.\n", "e", NOT),
    ("nynorsk2", "Kommunen eig bygget, og vaktmeisteren held det ved like.\n", "q", NOT),
]


@pytest.mark.parametrize(("cls", "text", "item", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sibling(cls: str, text: str, item: str, expected: str) -> None:
    got = status_of(text, item)
    assert agrees(got, expected), (cls, text, item, got)


WORD_ROWS = [
    ("Hjemmedager", "Tirsdag og torsdag"),
    ("Arbeidstid hjemme", "08.00–15.30"),
    ("Tilgjengelig", "09.00–14.00 på Teams"),
    ("Varighet", "1.3.2027–28.2.2028"),
    ("Oppsigelse", "Begge kan si opp med én måneds varsel"),
    ("Prøvetid", "Tre måneder"),
    ("Utstyr", "PC eies av firmaet; IT drifter og vedlikeholder den"),
    ("Taushetsplikt", "Gjelder som på kontoret; ingen dokumenter skrives ut hjemme"),
]


def _word_agreement(path, rows):
    from docx import Document

    doc = Document()
    doc.add_heading("Avtale om hjemmekontor", 1)
    doc.add_paragraph("Mellom Firma AS og Kari Nordmann.")
    table = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.save(path)
    return path


def test_a_word_table_is_read_row_by_row(tmp_path):
    """A .docx agreement written as a two-column Word table: each row is a field, short rows included (they
    were read as headings and settled nothing: extent and trial «missing» in a complete agreement)."""
    from advisor.tasks.agreement.gaps import agreement_gaps

    report = agreement_gaps(_word_agreement(tmp_path / "tabell.docx", WORD_ROWS))
    p2 = {g.key: g.status for g in report.present + report.missing if g.group == "p2"}
    assert set(p2.values()) == {"settled"}, p2
    # a row taken out is missing, the others stay settled; a row left empty settles nothing
    rows = [r for r in WORD_ROWS if r[0] != "Prøvetid"] + [("Hjemmedager", "")]
    rows = [r for r in rows if r != WORD_ROWS[0]]
    report = agreement_gaps(_word_agreement(tmp_path / "uten.docx", rows))
    p2 = {g.key: g.status for g in report.present + report.missing if g.group == "p2"}
    assert p2.pop(K["t"]) == "missing"
    assert p2.pop(K["e"]) != "settled"
    assert set(p2.values()) == {"settled"}, p2
