"""The gap check reads meaning, by general cause (issue 11, point 4): the error classes the third
outsider set showed, each pinned here in sentences of our own (not the outsider's)."""

from __future__ import annotations

import pytest

from advisor.tasks.agreement.reading import read_agreement
from tests.agreement_cases import reading, status


def test_available_for_the_whole_working_time_or_shift_says_when():
    for text in (
        "Hun skal kunne nås på mobil hele arbeidstiden når hun er hjemme.",
        "Under hele skiftet er han pålogget kundesystemet.",
        "Gjennom heile vakta er ho innlogga og svarer på chat.",
        "He is logged in and answers the phone throughout the shift.",
        "You are reachable on Teams during the whole working day.",
    ):
        assert status(text + "\n", "p2_3_tilgjengelighet") == "settled", text


def test_being_reachable_for_the_whole_working_time_at_home_is_no_extent():
    text = "Hun skal være tilgjengelig på telefon hele arbeidstiden hjemme.\n"
    assert status(text, "p2_1_omfang") != "settled"
    # working from home the whole working time still is an extent
    assert status("Hun arbeider hjemme hele arbeidstiden.\n", "p2_1_omfang") == "settled"


def test_hours_as_the_shifts_of_a_shift_plan():
    text = (
        "Arbeidstid\nHjemmeskiftene går etter samme vaktplan som på lageret: tidligskift 06–14 og kveldsskift 14–22.\n"
    )
    assert status(text, "p2_2_arbeidstid") == "settled"
    assert status("På hjemmedagene følger hun turnusen for avdelingen.\n", "p2_2_arbeidstid") == "settled"
    assert status("Home shifts follow the team's rota.\n", "p2_2_arbeidstid") == "settled"
    # the home days marked in the plan say nothing about the hours
    assert status("Hjemmedagene står i vaktplanen.\n", "p2_2_arbeidstid") != "settled"


def test_being_reachable_while_working_from_home_is_not_the_hours():
    for text in (
        "Mellom 10 og 14 skal hun, når hun arbeider hjemme, kunne nås på mobil.",
        "Between 9 and 15 you shall, when working from home, be reachable on Teams.",
    ):
        assert status(text + "\n", "p2_2_arbeidstid") != "settled", text
        assert status(text + "\n", "p2_3_tilgjengelighet") == "settled", text
    # the hours said with the same words still are the hours
    assert status("Når hun arbeider hjemme, er arbeidstiden 08.00–15.30.\n", "p2_2_arbeidstid") == "settled"


def test_a_trial_named_by_its_length_settles_the_trial():
    for text in (
        "Den første uka er ei prøveveke for begge.",
        "De to første månedene er prøvemåneder.",
        "The first month is a trial month.",
        "Første måned er en prøvemåned for ordningen.",
    ):
        assert status(text + "\n", "p2_6_provetid") == "settled", text


def test_an_exit_pointing_back_to_the_trial_is_the_trials_not_the_change_right():
    for text in (
        "De tre første ukene er prøvetid; i den kan hver av partene avslutte ordningen med to dagers varsel.",
        "Prøvetiden varer ut april. Funker det ikke, kan begge avslutte ordningen med en ukes varsel.",
    ):
        assert status(text + "\n", "p2_6_provetid") == "settled", text
        assert status(text + "\n", "p2_5_endring_oppsigelse") != "settled", text
    # a change right after the trial still is one
    after = "Prøvetiden er tre uker. Etter den kan begge si opp ordningen med en måneds varsel.\n"
    assert status(after, "p2_5_endring_oppsigelse") == "settled"


def test_the_part_that_names_the_trial_is_no_part_of_the_change_right():
    # the trial's length is no notice for ending the agreement: the change right is missing, not «partly»
    text = "Prøvetiden er to måneder; i løpet av den kan begge avslutte ordningen med en ukes varsel.\n"
    assert status(text, "p2_5_endring_oppsigelse") == "missing"
    both = "Prøvetiden er tre måneder, og begge kan si opp avtalen med en måneds varsel.\n"
    assert status(both, "p2_5_endring_oppsigelse") == "settled"
    assert status(both, "p2_6_provetid") == "settled"


def test_casework_rules_in_the_active_voice_and_kept_from_home():
    for text in (
        "Hun behandler søknadene og vedleggene bare i saksbehandlingssystemet.",
        "Contracts and other documents you only store in the company's cloud.",
        "Saksbehandlingen skjer i fagsystemet på kommunens server.",
        "Sakshandsaminga går berre føre seg i fagsystemet.",
        "Det skal ikke ligge pasientjournaler eller andre papirer hjemme.",
        "Tenants' files are never kept on private laptops.",
        "Hun skal ikke ta med utskrifter av søknader hjem.",
        "Taushetsplikten etter forvaltningsloven § 13 og personalreglementet gjelder like fullt hjemme.",
        "The confidentiality clause in your contract is valid at home too.",
    ):
        assert status(text + "\n", "p2_8_saksbehandling_taushet") == "settled", text


def test_documents_mentioned_without_a_rule_settle_no_casework():
    for text in ("Dokumentene om hjemmekontoret finner du på intranettet.", "Hun tar med seg PC-en hjem på fredager."):
        assert status(text + "\n", "p2_8_saksbehandling_taushet") != "settled", text


def test_a_lead_time_before_a_change_is_a_notice_not_the_duration():
    text = "Leder skal varsle minst tre uker før en endring i ordningen trer i kraft.\n"
    assert status(text, "p2_4_varighet") != "settled"
    english = "We tell you at least two weeks before any change to the arrangement takes effect.\n"
    assert status(english, "p2_4_varighet") != "settled"
    # a period that is the agreement's own still is its duration
    assert status("Ordningen varer i seks måneder.\n", "p2_4_varighet") == "settled"


def test_a_standing_arrangement_said_in_words_settles_the_duration():
    for text in (
        "Ordningen er fast og har ingen sluttdato.",
        "Ordningen begynner 1. mars og er fast, uten sluttdato.",
        "The arrangement is permanent.",
    ):
        assert status(text + "\n", "p2_4_varighet") == "settled", text
    # a fixed home day is no duration
    assert status("Hjemmedagen er fast på onsdager.\n", "p2_4_varighet") != "settled"
    # the regulation's condition («når hjemmekontor er en fast ordning») says nothing of this agreement's duration
    scope = "Avtalen er den skriftlige avtalen som forskriften krever når hjemmekontor er en fast ordning.\n"
    assert status(scope, "p2_4_varighet") != "settled"


def test_where_an_office_files_its_own_papers_is_no_casework_rule():
    for text in (
        "Timelister leveres hver mandag, og dokumentene lagres i lønnssystemet.",
        "Søknader om ferie behandles innen en uke, og dokumentene lagres i personalmappen.",
    ):
        assert status(text + "\n", "p2_8_saksbehandling_taushet") != "settled", text
    for text in (
        "Papirdokumenter oppbevares i låsbart skap på hjemmekontoret.",
        "Dokumenter med personopplysninger lagres i arbeidsgivers systemer, ikke lokalt hjemme.",
    ):
        assert status(text + "\n", "p2_8_saksbehandling_taushet") == "settled", text


def test_a_change_in_something_else_is_no_right_to_change_the_agreement():
    heading = "Endring og oppsigelse\n"
    for text in (
        "Endringer i kundens IT-systemer gjøres bare etter godkjenning, med en ukes varsel til kunden.",
        "Changes to the supplier's price list need two weeks' notice.",
    ):
        assert status(heading + text + "\n", "p2_5_endring_oppsigelse") != "settled", text
    for text in (
        "Endringer i ordningen avtales skriftlig, og begge kan si opp avtalen med en måneds varsel.",
        "Ved endringer i virksomhetens behov kan begge si opp avtalen med tre måneders varsel.",
    ):
        assert status(heading + text + "\n", "p2_5_endring_oppsigelse") == "settled", text


def test_equipment_kept_somewhere_else_than_the_home_is_not_item_7():
    text = "Utstyret i kantina på hovedkontoret eies og vedlikeholdes av driftsavdelingen.\n"
    assert status(text, "p2_7_utstyr") != "settled"
    # the same rules as for the office's equipment still settle it
    same = "Arbeidsgiver eier PC-en, og IT drifter og vedlikeholder den som for utstyr på kontoret.\n"
    assert status(same, "p2_7_utstyr") == "settled"


# Sibling forms of the classes above, in yet other words: + settles the item, - does not.
K = {
    "ext": "p2_1_omfang",
    "hrs": "p2_2_arbeidstid",
    "avl": "p2_3_tilgjengelighet",
    "dur": "p2_4_varighet",
    "chg": "p2_5_endring_oppsigelse",
    "trl": "p2_6_provetid",
    "eqp": "p2_7_utstyr",
    "cas": "p2_8_saksbehandling_taushet",
}
SIBLINGS = [
    ("+", "avl", "Han svarer på henvendelser gjennom hele arbeidsdagen."),
    ("+", "avl", "She can be reached by phone throughout her shift."),
    ("+", "avl", "På hjemmedagene er hun tilgjengelig i hele arbeidstida."),
    ("+", "avl", "I hele kjernetiden er hun pålogget Teams."),
    ("+", "hrs", "Hjemmedagene er vanlige dagvakter 08–16."),
    ("+", "hrs", "On home days she works the early shift, 7 to 15."),
    ("+", "hrs", "Arbeidstiden hjemme følger vaktplanen for avdelingen."),
    ("+", "hrs", "Hjemmevaktene ligger mellom 07.00 og 15.00 som på kontoret."),
    ("-", "hrs", "Når han jobber hjemme, skal han kunne nås på telefon mellom 9 og 14."),
    ("+", "cas", "Kundedata skal bare ligge i CRM-systemet."),
    ("+", "cas", "Pasientopplysninger skal kun være på sykehusets servere."),
    ("+", "cas", "Saksbehandlingen foregår i fagsystemet, aldri på papir."),
    ("+", "cas", "Hun tar aldri med seg saksmapper hjem."),
    ("+", "cas", "Det skal ikke finnes utskrifter av personalsaker på hjemmekontoret."),
    ("+", "cas", "Taushetsplikten hun har etter helsepersonelloven § 21, gjelder også hjemme."),
    ("+", "cas", "You keep client documents only in the firm's document system."),
    ("+", "cas", "Documents with personal data are never printed at home."),
    ("+", "cas", "The duty of confidentiality under your contract continues to apply at home."),
    ("-", "cas", "Dokumentene om ordningen ligger på intranettet."),
    ("+", "trl", "De første to månedene er prøveperiode."),
    ("+", "trl", "Ei prøvetid på tre veker gjeld frå oppstart."),
    ("+", "trl", "Ordningen starter med en prøveperiode på seks uker."),
    ("+", "trl", "We start with a six-week trial."),
    ("-", "chg", "Prøvetiden er to måneder; i løpet av den kan begge avslutte ordningen med en ukes varsel."),
    ("-", "chg", "Prøvetida er to månader; i den kan begge avslutte ordninga med ei vekes varsel."),
    ("-", "chg", "The trial is two months; during it either of us can end the arrangement at a week's notice."),
    ("+", "dur", "Ordningen er fast og gjelder inntil videre."),
    ("+", "dur", "Ordninga er fast, utan sluttdato."),
    ("+", "dur", "This arrangement has no end date."),
    ("-", "dur", "Endringer varsles minst to uker før de trer i kraft."),
    ("-", "dur", "Vi gir beskjed senest en måned før en endring."),
    ("-", "chg", "Changes in the client's IT systems are made by the client with two weeks' notice."),
    ("-", "chg", "Endringar i vaktplanen for kundesenteret vert varsla fire veker før."),
    ("-", "eqp", "Utstyret på møterommet eies og vedlikeholdes av IT."),
    ("+", "eqp", "Utstyret på hjemmekontoret eies og vedlikeholdes av arbeidsgiver."),
    ("+", "eqp", "IT drifter PC-en, og den er arbeidsgivers eiendom, akkurat som utstyret på kontoret."),
    ("+", "ext", "Hun arbeider hjemmefra hele arbeidstiden fredager."),
    ("-", "ext", "Hun skal være tilgjengelig på telefon hele arbeidsdagen."),
    ("+", "hrs", "På hjemmedagene jobber hun 08.00–15.30, og kan begynne og slutte en time senere."),
    ("+", "hrs", "På hjemmedagene arbeider han mellom 07.00 og 09.00 og slutter tilsvarende senere."),
    ("-", "hrs", "Arbeidstiden på hjemmedagene avtaler vi senere."),
    ("+", "hrs", "På hjemmedagene arbeider han mellom 07.00 og 15.00."),
    ("+", "hrs", "Arbeidstiden hjemme er mellom 8 og 16."),
    ("-", "hrs", "På hjemmedagene skal hun være pålogget mellom 09.00 og 14.00."),
]


@pytest.mark.parametrize(("want", "key", "text"), SIBLINGS, ids=[f"{k}{w}{i}" for i, (w, k, _) in enumerate(SIBLINGS)])
def test_sibling_forms(want, key, text):
    assert (status(text + "\n", K[key]) == "settled") == (want == "+"), status(text + "\n", K[key])


# Each item as other writers might put it (56 sentences of our own, written before they were run; 7 failed
# at first: «9am–5pm», «during normal office hours», «ut skoleåret», «no fixed end date», «try the arrangement»,
# «i tråd med … regler», «der andre kan høre det»).
OTHER_FORMS = [
    ("+", "ext", "Hjemmekontor én dag per uke, normalt onsdag."),
    ("+", "ext", "Arbeidstaker kan arbeide hjemme inntil 40 % av stillingen."),
    ("+", "ext", "Hun jobber hjemmefra annenhver fredag."),
    ("+", "ext", "Hjemmearbeid: mandager."),
    ("+", "ext", "You may work remotely up to two days a week."),
    ("+", "ext", "Remote days: Monday and Friday."),
    ("+", "ext", "Han har hjemmekontor tre dager i uka og er på kontoret resten."),
    ("+", "ext", "Hjemmearbeidet utgjør 60 prosent av arbeidstiden."),
    ("+", "ext", "Hjemmekontor kan benyttes to dager pr. uke."),
    ("-", "ext", "Hjemmekontor kan benyttes etter avtale med leder."),
    ("+", "hrs", "Arbeidstiden hjemme er den samme som på kontoret, 07.30–15.00."),
    ("+", "hrs", "Working hours at home: 9am–5pm."),
    ("+", "hrs", "Your working day at home runs from 8:30 to 4:30."),
    ("+", "hrs", "Hjemme jobber hun på dagtid, mellom klokka ni og fire."),
    ("+", "hrs", "På hjemmedagene gjelder fleksitid med kjernetid 9–14."),
    ("+", "hrs", "Arbeidstiden ved hjemmearbeid er 37,5 timer i uka, lagt til hverdager mellom 7 og 17."),
    ("+", "hrs", "When working from home, you work 8 to 4 with a half-hour lunch."),
    ("+", "avl", "Arbeidstaker skal være tilgjengelig på telefon og e-post i kjernetiden."),
    ("+", "avl", "Hun er tilgjengelig på Teams fra 9 til 15."),
    ("+", "avl", "You must be contactable during normal office hours."),
    ("+", "avl", "Han skal svare på henvendelser innen én time mellom 08.00 og 16.00."),
    ("+", "avl", "Tilgjengelighet: 09.00–15.00."),
    ("+", "avl", "Arbeidstakeren skal kunne nås i hele kjernetiden."),
    ("-", "avl", "Arbeidstaker skal være tilgjengelig."),
    ("+", "dur", "Avtalen gjelder fra 1. mars 2027 og er tidsubestemt."),
    ("+", "dur", "Ordningen varer ut skoleåret 2026/2027."),
    ("+", "dur", "The arrangement runs for twelve months from 1 April 2027."),
    ("+", "dur", "Avtalen er tidsbegrenset til 31.12.2027."),
    ("+", "dur", "Avtalen gjelder inntil videre."),
    ("+", "dur", "This agreement has no fixed end date."),
    ("+", "chg", "Hver av partene kan si opp avtalen med 1 måneds varsel."),
    ("+", "chg", "Avtalen kan sies opp av begge parter med en frist på 14 dager."),
    ("+", "chg", "Either party may terminate this agreement by giving 30 days' written notice."),
    ("+", "chg", "Ønsker en av partene å avslutte ordningen, gis det tre ukers skriftlig varsel."),
    ("+", "chg", "The arrangement can be ended by either of us with four weeks' notice."),
    ("+", "trl", "Ordningen har en prøvetid på tre måneder."),
    ("+", "trl", "Det avtales en prøveperiode fra 1. mars til 31. mai 2027."),
    ("+", "trl", "The first three months are a trial period."),
    ("+", "trl", "Det er ingen prøvetid for ordningen."),
    ("+", "trl", "Ordningen prøves ut i seks uker før den blir fast."),
    ("+", "trl", "We will try the arrangement for the first two months."),
    ("+", "eqp", "Arbeidsgiver eier og vedlikeholder PC og skjerm."),
    (
        "+",
        "eqp",
        "PC, skjerm og tastatur er arbeidsgivers eiendom, og IT-avdelingen har ansvar for drift og vedlikehold.",
    ),
    ("+", "eqp", "The company owns the laptop and is responsible for its maintenance."),
    ("+", "eqp", "Utstyret tilhører firmaet; feil meldes til IT, som reparerer det."),
    ("+", "eqp", "Arbeidstaker bruker egen PC og står selv for vedlikehold."),
    ("-", "eqp", "Arbeidsgiver stiller med PC og skjerm."),
    ("+", "cas", "Taushetsplikten gjelder også på hjemmekontoret."),
    ("+", "cas", "Konfidensielle dokumenter skal ikke tas med hjem."),
    ("+", "cas", "Arbeidstaker skal følge virksomhetens rutiner for informasjonssikkerhet også hjemme."),
    ("+", "cas", "Personopplysninger skal behandles i tråd med virksomhetens personvernregler."),
    ("+", "cas", "Company data may only be accessed via VPN."),
    ("+", "cas", "Sensitive documents must not be printed at home."),
    ("+", "cas", "Du må låse skjermen når du forlater PC-en, og papirer med personopplysninger skal makuleres."),
    ("+", "cas", "Internal rules on confidentiality and data protection apply in full when working from home."),
    ("+", "cas", "Klientsaker skal ikke diskuteres der andre kan høre det."),
]


@pytest.mark.parametrize(
    ("want", "key", "text"), OTHER_FORMS, ids=[f"{k}{w}{i}" for i, (w, k, _) in enumerate(OTHER_FORMS)]
)
def test_other_forms(want, key, text):
    assert (status(text + "\n", K[key]) == "settled") == (want == "+"), status(text + "\n", K[key])


# Mentions that settle nothing, as other writers might put them (23 of our own, written to catch the broader
# rules above taking a mention for a settlement). Before this work 2 were taken for settlements («Endringer i
# ferieplanen meldes to uker i forveien», «… når ny arbeidstidsordning er på plass»); after the casework rules
# 3 more were («Vi har ikke tatt stilling til hvordan dokumenter skal oppbevares hjemme»); all are read now.
MENTIONS = [
    ("cas", "Spørsmål om taushetsplikt tas opp med personalavdelingen."),
    ("cas", "Regler for oppbevaring av dokumenter avtales senere."),
    ("cas", "Vi har ikke tatt stilling til hvordan dokumenter skal oppbevares hjemme."),
    ("cas", "Det er ikke avklart hvordan papirdokumenter skal oppbevares hjemme."),
    ("cas", "Kildevern og taushetsplikt vil bli omtalt i en egen instruks."),
    ("cas", "Dokumenter behandles etter hvert som de kommer inn."),
    ("cas", "Ingen har ennå sett på hvordan dokumenter skal håndteres hjemme."),
    ("cas", "We have not yet decided how documents should be kept at home."),
    ("hrs", "Arbeidstid: følger det leder bestemmer."),
    ("hrs", "Hjemmevaktene fordeles av vaktsjefen."),
    ("hrs", "Vaktplanen for hjemmevaktene lages senere."),
    ("trl", "Det kan bli aktuelt med en prøveperiode."),
    ("trl", "Vi vil prøve ordningen og se hvordan det går."),
    ("dur", "Ordningen er fast på mandager."),
    ("eqp", "Utstyr på hjemmekontoret avklares senere."),
    ("ext", "Omfanget av hjemmearbeidet avtales med leder fra uke til uke."),
    ("avl", "Hvor tilgjengelig hun skal være hele arbeidstiden, avklares senere."),
    ("chg", "Endringer i ferieplanen meldes to uker i forveien."),
    ("chg", "Ved endringer i bemanningen kan leder kalle henne inn til kontoret."),
    ("avl", "Tilgjengelighet avtales med nærmeste leder."),
    ("dur", "Varighet: se eget vedlegg."),
    ("hrs", "Arbeidstiden hjemme blir den samme som på kontoret når ny arbeidstidsordning er på plass."),
    ("cas", "Taushetserklæring skal signeres før oppstart."),
]


@pytest.mark.parametrize(("key", "text"), MENTIONS, ids=[f"{k}{i}" for i, (k, _) in enumerate(MENTIONS)])
def test_mentions_settle_nothing(key, text):
    assert status(text + "\n", K[key]) != "settled"


def test_a_tick_box_not_ticked_is_no_part_of_the_agreement():
    form = "Prøvetid: [ ] ja, tre måneder [ ] nei\nUtstyr: ☐ arbeidsgiver eier og vedlikeholder PC-en ☐ eget utstyr\n"
    assert status(form, "p2_6_provetid") == "unsettled"
    assert status(form, "p2_7_utstyr") == "unsettled"
    ticked = "Prøvetid: [ ] ja, tre måneder [x] nei\nTilgjengelig: [x] 09.00–14.00 [ ] etter nærmere avtale\n"
    assert status(ticked, "p2_6_provetid") == "settled"
    assert status(ticked, "p2_3_tilgjengelighet") == "settled"
    # the report names the line as written, boxes and all
    assert reading(ticked, "p2_3_tilgjengelighet").evidence == "Tilgjengelig: [x] 09.00–14.00 [ ] etter nærmere avtale"
    assert status("Trial period: ☐ Yes, three months ☒ No\n", "p2_6_provetid") == "settled"
    assert status("Er det avtalt prøvetid? [ ] Ja [x] Nei\n", "p2_6_provetid") == "settled"


# Terse form fields with abbreviations (18 of our own, written before they were run; 7 failed at first:
# «3 mnd.», «3 mos.», «2 d/uke (tirs/tors)», «tirs. og tors.», «Taushetsplikt: Som på kontoret»).
TERSE = [
    ("trl", "Prøvetid: 3 mnd."),
    ("trl", "Det er avtalt tre mnd. prøvetid."),
    ("chg", "Oppsigelse: 1 mnd. gjensidig varsel."),
    ("chg", "Begge kan si opp ordningen med 2 mndr. varsel."),
    ("dur", "Varighet: 12 mnd. fra signering."),
    ("dur", "Avtalen gjelder f.o.m. 1.3.2027 t.o.m. 28.2.2028."),
    ("hrs", "Arbeidstid: 8–16."),
    ("hrs", "Arbeidstid hjemme: kl. 8-15.30."),
    ("avl", "Tilgjengelighet: kjernetid."),
    ("avl", "Nås på: telefon og Teams kl. 9–15."),
    ("ext", "Omfang: 2 d/uke (tirs/tors)."),
    ("ext", "Hjemmedager: tirs. og tors."),
    ("ext", "Hjemmekontor: 40 %."),
    ("trl", "Trial period: 3 mos."),
    ("dur", "Term: 12 months from signing."),
    ("eqp", "Utstyr: Arbeidsgiver eier. IT drifter."),
    ("cas", "Taushetsplikt: Som på kontoret."),
    ("cas", "Dokumenter: Kun i arkivsystemet, ingen papir hjemme."),
]


@pytest.mark.parametrize(("key", "text"), TERSE, ids=[f"{k}{i}" for i, (k, _) in enumerate(TERSE)])
def test_terse_fields(key, text):
    assert status(text + "\n", K[key]) == "settled"


def test_a_bare_man_is_a_pronoun_not_monday():
    assert status("Man kan jobbe hjemme etter avtale.\n", "p2_1_omfang") != "settled"
    assert status("Hjemmedager: man. og fre.\n", "p2_1_omfang") == "settled"


# English as an HR department might write it (20 of our own, written before they were run; 4 failed at first:
# «the same as your office hours», «kept secure», «must not leave the office», «comply with … policy»).
ENGLISH = [
    ("+", "ext", "The employee will work from home every Monday and Wednesday."),
    ("+", "ext", "Remote working is limited to 40% of contracted hours."),
    ("+", "hrs", "Core working hours on remote days are 9:00 to 17:00."),
    ("+", "hrs", "Your hours when working from home are the same as your office hours."),
    ("+", "avl", "During core hours (10:00-15:00) the employee must be reachable by phone and Teams."),
    ("+", "avl", "You will respond to messages within two hours between 9 and 4."),
    ("+", "dur", "This arrangement will run from 1 March 2027 until 29 February 2028."),
    ("+", "dur", "The arrangement is open-ended."),
    ("+", "chg", "Either party may bring the arrangement to an end by giving one month's written notice."),
    ("+", "chg", "The agreement may be varied or terminated by either party on four weeks' notice."),
    ("+", "trl", "There will be a three-month trial period starting on 1 March 2027."),
    ("+", "trl", "No trial period applies."),
    ("+", "eqp", "All equipment supplied remains the property of the company and will be maintained by our IT team."),
    ("+", "eqp", "The employer owns the laptop; IT is responsible for updates and repairs."),
    ("+", "cas", "Confidential information must be kept secure and must not be left unattended."),
    ("+", "cas", "Paper files must not leave the office."),
    ("+", "cas", "You must comply with the company's data protection policy when working from home."),
    ("-", "eqp", "The company will provide a laptop."),
    ("-", "chg", "Changes to the team's meeting schedule will be announced two weeks in advance."),
    ("-", "cas", "Files relating to the project are on SharePoint."),
]


@pytest.mark.parametrize(("want", "key", "text"), ENGLISH, ids=[f"{k}{w}{i}" for i, (w, k, _) in enumerate(ENGLISH)])
def test_english_forms(want, key, text):
    assert (status(text + "\n", K[key]) == "settled") == (want == "+"), status(text + "\n", K[key])


# Nynorsk (19 of our own, written before they were run; 4 failed at first: «følgjer han den vanlege arbeidstida»,
# «eitt år», «endrast eller seiast opp», «inga prøvetid»).
NYNORSK = [
    ("+", "ext", "Ho arbeider heimanfrå to dagar i veka, måndag og fredag."),
    ("+", "ext", "Heimekontor kvar tysdag."),
    ("+", "hrs", "Arbeidstida heime er 08.00–15.30, same som på kontoret."),
    ("+", "hrs", "På heimekontordagane følgjer han den vanlege arbeidstida til kommunen."),
    ("+", "avl", "Ho skal vere tilgjengeleg på telefon mellom 09.00 og 14.30."),
    ("+", "avl", "I kjernetida er han pålogga og svarar på e-post."),
    ("+", "dur", "Avtala gjeld frå 1. september 2027 til 31. august 2028."),
    ("+", "dur", "Ordninga varer i eitt år."),
    ("+", "chg", "Begge partar kan seie opp avtala med ein månads varsel."),
    ("+", "chg", "Avtala kan endrast eller seiast opp med tre vekers skriftleg varsel."),
    ("+", "trl", "Dei første tre månadene er prøvetid."),
    ("+", "trl", "Det er inga prøvetid for ordninga."),
    ("+", "eqp", "Arbeidsgjevar eig PC og skjerm og har ansvar for vedlikehald."),
    ("+", "eqp", "Utstyret er kommunen sitt, og IT-avdelinga held det ved like."),
    ("+", "cas", "Teieplikta gjeld fullt ut på heimekontoret."),
    ("+", "cas", "Dokument med personopplysningar skal ikkje takast med heim."),
    ("+", "cas", "Saksdokument skal berre lagrast i arkivsystemet."),
    ("-", "cas", "Dokumenta om ordninga ligg på intranettet."),
    ("-", "trl", "Om det skal vere prøvetid, avgjer vi seinare."),
]


@pytest.mark.parametrize(("want", "key", "text"), NYNORSK, ids=[f"{k}{w}{i}" for i, (w, k, _) in enumerate(NYNORSK)])
def test_nynorsk_forms(want, key, text):
    assert (status(text + "\n", K[key]) == "settled") == (want == "+"), status(text + "\n", K[key])


def test_a_colon_lead_in_is_no_field_and_we_try_it_for_a_while_is_a_trial():
    mail = (
        "Hei Mari,\n\nsom avtalt i går: du kan jobbe hjemme tirsdager, 8–16 som vanlig, og du svarer på telefon 9–15. "
        "Vi prøver det i tre måneder, og ordningen gjelder fra 1. april ut året.\n\nHilsen Kari\n"
    )
    assert status(mail, "p2_6_provetid") == "settled"
    # each sentence is named on its own, not the whole paragraph after «som avtalt i går:»
    assert "Vi prøver" not in reading(mail, "p2_1_omfang").evidence


# Three short complete agreements of our own in yet other shapes (an English bullet list with plain labels, nynorsk
# questions and answers, a letter); at first item 8 of the list, the extent of the nynorsk Q&A («heime») and the
# change right of the letter (a trial exit «der hver av oss kan avslutte» taken for it) were misread.
WHOLE = [
    "Remote work agreement – Sofie Berg\n\n- Where and how much: from her flat in Bergen, Tuesdays and Thursdays.\n- Hours: 08:00–16:00, lunch included.\n- Reachability: on Slack and phone from 9 to 3.\n- Term: 1 May 2027 – 30 April 2028.\n- Ending it: either side, one month's notice, by e-mail.\n- Trial: May and June 2027; during the trial either side may stop with a week's notice.\n- Kit: company laptop and monitor, owned by the company; IT patches and fixes them.\n- Client data: stays in the CRM; nothing printed at home; confidentiality as in the office.\n",
    "Avtale om heimekontor\n\nKor mange dagar heime? To dagar i veka, tysdag og torsdag.\nKva arbeidstid? 08.00–15.30.\nNår skal eg vere å nå? I kjernetida 09.00–14.00.\nKor lenge gjeld avtala? Frå 1. mars 2027 til 28. februar 2028.\nKorleis kan avtala seiast opp? Med ein månads varsel frå kvar av partane.\nPrøvetid? Ja, dei to første månadene.\nKven eig og held ved like utstyret? Arbeidsgjevar eig PC-en, og IT-avdelinga held han ved like.\nKva med dokument og teieplikt? Alle saker blir handsama i fagsystemet, og teieplikta gjeld heime òg.\n",
    "Kjære Tom,\n\nVi er glade for at vi nå har kommet fram til en ordning der du arbeider fra ditt hjem i Drammen hver mandag. På disse dagene gjelder din ordinære arbeidstid fra 07.30 til 15.00, og du er å treffe på mobil fra 09.00 til 14.00.\n\nOrdningen løper fra 1. juni 2027 og i ett år. De første åtte ukene ser vi på som en prøveperiode, der hver av oss kan avslutte med en ukes varsel. Deretter kan hver av oss si opp ordningen med to måneders varsel.\n\nKontoret eier den bærbare maskinen du bruker, og vår IT-leverandør står for service på den. Pasientjournaler og andre dokumenter med helseopplysninger skal bare åpnes i journalsystemet, og din taushetsplikt etter helsepersonelloven gjelder også hjemme.\n\nMed vennlig hilsen\nAnne Dahl, daglig leder\n",
]


@pytest.mark.parametrize("text", WHOLE, ids=["en-list", "nn-qa", "nb-letter"])
def test_short_complete_agreements_have_nothing_missing(text):
    assert {k: r.status for k, r in read_agreement(text).items() if r.status != "settled"} == {}


def test_a_trial_exit_inside_the_trial_sentence_is_no_change_right():
    text = WHOLE[2].replace(" Deretter kan hver av oss si opp ordningen med to måneders varsel.", "")
    assert read_agreement(text)["p2_5_endring_oppsigelse"].status == "missing"
