"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the fifth
outsider set showed (opened as a dev set after its blind runs), each written here in sentences and short
agreements of our own words — not the outsider's — together with near-misses that must NOT count.

Every case was written before it was first run, and scored once before any rule was touched (the same
figures with the code of main beefe31): 49 of 81 read right at first — trial 4/12 (all 8 misses were trials
named without «prøve»; the 4 near-misses were right), trial_exit 3/8, clock 3/6, shift 4/7, person 3/5,
wish 2/6, deferral 3/3, nynorsk 12/12 and a second nynorsk batch 10/12; a third batch written after the
first fixes (a negated change 2/4, the trial's exit pointed at by its closing meeting 0/2, a machine's
«own disk» 3/4) 5/10. All are read now.

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
- own_disk: «saved to the laptop's own drive» says where files go, not who owns the laptop.
"""

from __future__ import annotations

import pytest

from advisor.tasks.agreement.reading import read_agreement

TITLE = "Avtale om hjemmekontor\n\n"
K = {
    "e": "p2_1_omfang",
    "h": "p2_2_arbeidstid",
    "a": "p2_3_tilgjengelighet",
    "d": "p2_4_varighet",
    "c": "p2_5_endring_oppsigelse",
    "t": "p2_6_provetid",
    "q": "p2_7_utstyr",
    "s": "p2_8_saksbehandling_taushet",
}
S = "settled"
NOT = "not settled"  # missing, unsettled or partly
MISSING = "missing"

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
    # near-misses
    ("nynorsk2", "Kor mange dagar du skal arbeide heime, avgjer leiaren seinare.\n", "e", NOT),
    ("nynorsk2", "Kommunen eig bygget, og vaktmeisteren held det ved like.\n", "q", NOT),
]


def _got(text: str, item: str) -> str:
    return read_agreement(TITLE + text)[K[item]].status


def _ok(got: str, expected: str) -> bool:
    if expected == NOT:
        return got != S
    return got == expected


@pytest.mark.parametrize(("cls", "text", "item", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sibling(cls: str, text: str, item: str, expected: str) -> None:
    got = _got(text, item)
    assert _ok(got, expected), (cls, text, item, got)
