"""Source of advisor/data/advice_cards.json (run: python tools/advice_cards_src.py).

An advice card is the advice counterpart of a legal rule: one piece of advice from a section of our
own guides (corpus/guides), said in one sentence in bokmål and in English in our own words, with the
guide passages it rests on, the sentence(s) of the passage that are quoted under it ([passage id,
phrase of the sentence]) and several ways people ask for it (bokmål first, then English from
`en_from`). Cards are written from the guides, not from any test question. A card never states what
the law is: a question about the law is answered by a legal rule (advisor/data/legal_rules.json).
"""

from __future__ import annotations

import json
from pathlib import Path

KF = "guide-konkret-forslag#"
AR = "guide-argumenter-resultater#"
EA = "guide-etter-avslag#"
FB = "guide-forberedelse#"
HR = "guide-hr-ni-punkter#"
IV = "guide-innvendinger#"
OG = "guide-oppfolging-grenser#"
RE = "guide-rettigheter#"
MO = "guide-modeller#"
SA = "guide-skriftlig-avtale#"


# More ways people ask (a second round, written from the guides like the first: casual, short, the words people
# use at work), one bokmål and one English per card; appended to each card's own phrasings.
MORE = {
    "oppfolging_leveranser": (
        "hvordan holder jeg sjefen oppdatert når jeg sitter hjemme",
        "how do I keep my boss in the loop on my work when I'm not in the office",
    ),
    "proveperiode": (
        "kan vi kjøre en test på hjemmekontor før vi bestemmer oss",
        "can we test-run flexible hours before anything is decided for good",
    ),
    "nokkeltall": (
        "hva skal vi måle for å se om hjemmedagene går ut over jobben",
        "what numbers would show the flexible setup isn't hurting our output",
    ),
    "resultater": (
        "hva får sjefen til å si ja til hjemmekontor",
        "what actually persuades a manager to say yes to WFH",
    ),
    "private_behov": (
        "jeg har omsorg for en syk mor, bør det være hovedgrunnen når jeg spør",
        "should caring for a sick parent be my main argument for flexible hours",
    ),
    "arbeidsgiver_gevinst": (
        "hvordan selger jeg inn fleksibilitet som noe bra for firmaet",
        "how do I sell flexibility as good for the company, not just for me",
    ),
    "kartlegg_oppgaver": (
        "hvilke deler av jobben kan jeg egentlig gjøre hjemmefra",
        "which parts of my job could realistically be done remotely",
    ),
    "dokumentasjon": (
        "hvordan beviser jeg at jeg leverer like bra hjemmefra",
        "how can I prove my work is just as good when I'm at home",
    ),
    "lederens_bekymringer": (
        "hva er sjefen redd for når folk vil jobbe hjemme",
        "what is my boss likely afraid of if I ask to work from home",
    ),
    "minimum": (
        "hva er jeg villig til å ofre for å få fleksitid",
        "what should I be willing to trade away to get flexible hours",
    ),
    "tidspunkt": (
        "passer det å be om hjemmekontor rett etter en stor leveranse",
        "is right after a big delivery a good moment to ask for remote days",
    ),
    "eget_mote": (
        "skal jeg booke et møte med sjefen eller bare ta det opp i forbifarten",
        "should I book a proper meeting with my manager or just mention it in passing",
    ),
    "skriftlig_begrunnelse": (
        "sjefen sa bare nei uten å forklare, hva gjør jeg",
        "my boss just said no without explaining, what should I do",
    ),
    "alternativer": (
        "hvis jeg ikke får to hjemmedager, hva annet kan jeg be om",
        "if two home days are off the table, what else could I ask for",
    ),
    "ta_opp_igjen": (
        "sjefen sa kanskje til høsten, hvordan følger jeg opp",
        "my manager said maybe in autumn, how do I follow that up",
    ),
    "tillitsvalgt": (
        "kan jeg ta med meg noen fra fagforeningen i møtet",
        "can I bring someone from the union to the meeting",
    ),
    "etter_avslag_hjemmekontor": (
        "sjefen vil ha alle på kontoret hver dag, hva gjør jeg",
        "my company wants everyone in five days a week, what are my options",
    ),
    "skriftlig_avtale": (
        "bør vi skrive ned det vi har avtalt om hjemmekontor",
        "should we write down what we agreed about working from home",
    ),
    "avtale_innhold": (
        "hva må med når vi lager avtale om hjemmekontor",
        "what belongs in a written agreement about home working",
    ),
    "tilgjengelighet_avtale": (
        "hvordan avtaler vi når jeg skal være pålogget",
        "how do we agree on when I need to be online",
    ),
    "oppfolging_data": (
        "hva bør jeg føre oversikt over når jeg har fleksitid",
        "what should I log while working flexibly",
    ),
    "juster": (
        "kan vi endre på hjemmekontoravtalen etter et halvt år",
        "can we tweak our home office deal after six months",
    ),
    "fast_gjennomgang": (
        "hvordan følger vi opp en hjemmekontorordning over tid",
        "how should we check in on a remote setup over time",
    ),
    "grenser": ("jobben flyter inn i fritiden når jeg er hjemme", "work keeps spilling into my free time at home"),
    "innv_samarbeid": (
        "sjefen sier vi samarbeider dårligere når folk sitter hjemme",
        "my boss says we collaborate worse when people are at home",
    ),
    "innv_alle_fa": (
        "lederen sier det blir kluss hvis jeg får noe de andre ikke får",
        "my manager says giving me this would cause trouble with the others",
    ),
    "innv_kunder": (
        "jeg har mye kundekontakt, kan jeg likevel jobbe fleksibelt",
        "I deal with customers a lot, can I still work flexibly",
    ),
    "innv_sensitive": (
        "vi håndterer taushetsbelagt informasjon, hvordan kan jeg få hjemmekontor likevel",
        "our work is confidential, how could remote days still be arranged",
    ),
    "innv_provetid": (
        "er det for tidlig å spørre om fleksitid når jeg nettopp har startet",
        "is it too early to ask about flexible hours when I've only just started",
    ),
    "innv_kontroll": (
        "sjefen vil ha oversikt over hva jeg gjør hele tiden",
        "my manager wants to see what I'm doing all the time",
    ),
    "innv_bemanning": (
        "det er vanskelig å få vakter til å gå opp hvis jeg slutter tidligere",
        "cover is hard to find if I finish earlier, how do I deal with that",
    ),
}

# Cue words: a card whose every group of cue words the question holds ("i stedet", "nøkkeltall") is weighed
# a little higher and counts as confirmed, as retrieval finding its passage would (advisor.answering.rules).
CUE_BONUS = 0.03


def card(cid, passages, cite, nb, en, phr_nb, phr_en):
    """One card: bokmål phrasings first, then English ones (from `en_from`); BM25 weighs words by the bokmål ones."""
    return {
        "id": cid,
        "passages": passages,
        "cite": cite,
        "advice": {"nb": nb, "en": en},
        "phrasings": phr_nb + phr_en,
        "en_from": len(phr_nb),
        "bm25_to": len(phr_nb),
    }


# The subject a card is only about ("place": home office), as the legal rules mark theirs: a question whose
# words name another subject (working time) is not the card's question (advisor.answering.rules.disagreement).
TOPIC = {"etter_avslag_hjemmekontor": "place", "innv_sensitive": "place"}
# Words a question must hold for the card to answer it (as the legal rules' `requires`): what to do after a no to home
# office needs a no, a refusal or the office required (answers11: «hvordan legger jeg frem ønsket om to
# hjemmekontordager …?», a wish not yet put forward, had this card)
REQUIRES = {
    "etter_avslag_hjemmekontor": (
        r"(?:avsl\w*|\bnei\b|nekte\w*|nektet|vil\s+ikke|ikke\s+lov|kontoret|refus\w*|den(?:y|ied|ies)|won'?t\s+let|"
        r"everyone\s+in|\bno\b|turned\s+down|reject\w*|in\s+the\s+office|back\s+to\s+the\s+office)"
    )
}

CUES = {
    "alternativer": [r"i\s+stedet|alternativ|kompromiss|mellomløsning|instead|alternative|compromise|middle\s+ground"],
    "nokkeltall": [r"nøkkeltall|kpi|\bmål(?:e|er|ing)\b|measur|metric|key\s+figure"],
    "innv_provetid": [r"prøvetid|nyansatt|ny\s+i\s+jobben|nettopp\s+begynt|probation|new\s+hire|just\s+started"],
    "evalueringsmote": [r"prøve|test|\btrial|pilot", r"\bover\b|slutt|ferdig|avslutt|\bends?\b|wrap|evaluer"],
    "ta_opp_igjen": [r"igjen|på\s+nytt|senere|ikke\s+nå|\bagain|later|revisit|not\s+now|door\s+open"],
    "skriftlig_begrunnelse": [r"begrunn|hvorfor|skriftlig|reasons?\b|\bwhy\b|in\s+writing"],
    "tillitsvalgt": [r"tillitsvalgt|verneombud|fagforening|union|safety\s+rep"],
    "grenser": [r"koble\s+(?:av|fra)|grense|kveld|helg|switch\s+off|boundar|evening|weekend"],
    "fast_gjennomgang": [r"gjennomgang|evaluer|jevnlig|årlig|hvor\s+ofte|review|how\s+often|annual|a\s+year"],
    "hr_policy": [r"policy|retningslinj|guideline"],
    "innv_sensitive": [
        r"sensitiv|sikkerhet|personvern|fortrolig|taushetsplikt|journal|pasient|security|confidential|data\s+protection|privacy|patient|records"
    ],
    "innv_kunder": [r"kunde|bruker|publikum|åpningstid|customer|client|opening\s+hours"],
    "innv_alle_fa": [r"\balle\b|urettferdig|forskjellsbehandl|everyone|unfair|all\s+the\s+others"],
    "private_behov": [r"\bbarn|\bunge|familie|pendl|reisevei|omsorg|\bkids?\b|child|family|commut"],
    "minimum": [r"minimum|gi\s+meg\s+på|nedre\s+grense|bottom\s+line|give\s+up|hold\s+on\s+to"],
}


CARDS = [
    # --- the proposal -----------------------------------------------------------------------
    card(
        "konkret_forslag",
        [
            KF + "hvorfor-et-vagt-onske-om-fleksibilitet-sjelden-forer-frem",
            KF + "eksempler-pa-konkrete-forslag-om-tider-dager-og-tilgjengelighet",
            RE + "sporsmal-og-svar-hvordan-forhandler-jeg-best-om-fleksibilitet",
        ],
        [[KF + "hvorfor-et-vagt-onske-om-fleksibilitet-sjelden-forer-frem", "Forslaget bør derfor inneholde tider"]],
        "Kom med et konkret forslag – hvilke tider, hvilke dager, når du er å treffe og hvordan leveransene følges opp"
        " – i stedet for et vagt ønske om «litt mer fleksibilitet».",
        "Bring a concrete proposal – which hours, which days, when you can be reached and how your deliveries will be"
        " followed up – instead of a vague wish for “a bit more flexibility”.",
        [
            "hvordan spør jeg sjefen om fleksitid på en lur måte",
            "hva bør stå i forslaget jeg gir lederen om hjemmekontor",
            "hvordan får jeg ja når jeg ber om friere arbeidstid",
            "jeg vil ha mer fleksibilitet men vet ikke hvordan jeg skal formulere det",
            "hvor konkret må et ønske om hjemmedager være",
            "hva skriver jeg i søknaden til lederen om fleksitid",
        ],
        [
            "how do I ask my manager for flexible hours the smart way",
            "what should my written proposal for working from home include",
            "I want more flexibility at work, how do I put it to my boss",
            "how specific should a flexitime request be",
            "tips for pitching a remote work arrangement to my line manager",
            "what do I put in my application for flexible working hours",
        ],
    ),
    card(
        "oppfolging_leveranser",
        [KF + "vis-hvordan-leveransene-skal-folges-opp", IV + "innvending-lederen-frykter-a-miste-kontrollen"],
        [[KF + "vis-hvordan-leveransene-skal-folges-opp", "Oppfølgingen erstatter kontroll av oppmøte"]],
        "Vis hvordan arbeidet ditt kan følges opp uten at du sitter på kontoret: faste statusmøter med lederen,"
        " delte planer i prosjektverktøyet og en prioriteringsliste dere er enige om.",
        "Show how your work can be followed up without you sitting in the office: regular status meetings with your"
        " manager, shared plans in the project tool and a priority list you both agree on.",
        [
            "hvordan kan sjefen se at jobben blir gjort når jeg er hjemme",
            "hvordan gjør jeg lederen trygg på at jeg leverer på hjemmekontor",
            "hvilke rutiner kan jeg tilby for å vise fremdriften min",
            "statusmøter og delte planer når man jobber hjemmefra",
        ],
        [
            "how will my boss know I'm actually working when I'm at home",
            "what routines can I offer so my manager can track my progress remotely",
            "how do I reassure my manager that deliverables won't slip if I work from home",
            "status meetings and shared plans as part of a home office request",
        ],
    ),
    card(
        "proveperiode",
        [KF + "foresla-en-proveperiode-pa-tre-til-seks-maneder", HR + "punkt-3-start-med-en-avgrenset-proveordning"],
        [[KF + "foresla-en-proveperiode-pa-tre-til-seks-maneder", "En varighet på tre til seks måneder er vanlig"]],
        "Foreslå en prøveperiode på tre til seks måneder med fast varighet, klare mål og et evalueringsmøte avtalt på"
        " forhånd – da skal lederen bare ta stilling til om ordningen fungerer.",
        "Offer a trial period of three to six months with a fixed length, clear goals and an evaluation meeting agreed"
        " in advance – your manager then only has to decide whether the arrangement works.",
        [
            "bør jeg foreslå å prøve ordningen en periode først",
            "hvor lenge bør en prøveordning med hjemmekontor vare",
            "sjefen er usikker, kan en testperiode hjelpe",
            "hvordan setter vi opp en prøveperiode for fleksitid",
            "hva er en fornuftig lengde på en prøveordning med fleksibelt arbeid",
        ],
        [
            "should I suggest trying flexible hours for a few months first",
            "how long should a trial of working from home be",
            "my boss is hesitant, would a pilot period help",
            "how do we set up a trial period for hybrid work",
            "is a three month trial a good idea for remote work",
        ],
    ),
    card(
        "nokkeltall",
        [
            KF + "nokkeltall-som-viser-om-proveperioden-fungerer",
            HR + "punkt-8-kpi-er-for-maloppnaelse-og-produktivitet",
            OG + "folg-opp-ordningen-med-data-om-leveranser",
        ],
        [[KF + "nokkeltall-som-viser-om-proveperioden-fungerer", "Velg nøkkeltall som passer din stilling"]],
        "Bli enige før prøveperioden om noen få nøkkeltall som passer stillingen – leveranser i tide, kundetilfredshet,"
        " svartid og eventuelt fakturerbare timer – og se om resultatene er minst like gode som før.",
        "Agree before the trial starts on a few key figures that fit the job – deliveries on time, customer"
        " satisfaction, response time and, where relevant, billable hours – and check that results are at least as"
        " good as before.",
        [
            "hvilke tall skal vi følge med på i prøveperioden",
            "hvordan måler vi om fleksitiden fungerer",
            "hvilke nøkkeltall er det lurt å avtale med lederen",
            "hva slags KPI-er passer for å vurdere hjemmekontor",
            "hvordan vet vi om ordningen med hjemmedager var en suksess",
            "målepunkter for en test av fleksibel arbeidstid",
        ],
        [
            "which metrics should we track during the trial",
            "how do we measure whether flexible hours are working",
            "what KPIs make sense for judging a home office pilot",
            "how will we know if the remote work experiment succeeded",
            "key figures to evaluate a flexitime arrangement",
        ],
    ),
    card(
        "evalueringsmote",
        [KF + "evalueringsmotet-etter-proveperioden"],
        [[KF + "evalueringsmotet-etter-proveperioden", "Sett datoen allerede når prøveperioden avtales"]],
        "Avslutt prøveperioden med et evalueringsmøte som har dato fra starten av, gå gjennom nøkkeltallene og"
        " samarbeidet, og skriv ned om ordningen fortsetter, justeres eller avsluttes.",
        "End the trial with an evaluation meeting whose date is set from the start, go through the key figures and how"
        " the teamwork went, and write down whether the arrangement continues, is adjusted or ends.",
        [
            "hva skjer når prøveperioden er over",
            "hvordan bør evalueringen etter testperioden gjennomføres",
            "prøveordningen med hjemmekontor er snart ferdig, hva nå",
            "hva tar vi opp på møtet etter prøvetiden for fleksitid",
            "prøveperioden viste at noe ikke fungerte, må vi droppe hele ordningen",
        ],
        [
            "what happens when the trial period ends",
            "how should we run the review meeting after the pilot",
            "our flexitime trial is nearly over, how do we wrap it up",
            "what do we discuss at the end-of-trial meeting",
            "the pilot showed mixed results, do we scrap it or tweak it",
        ],
    ),
    # --- arguments --------------------------------------------------------------------------
    card(
        "resultater",
        [
            AR + "bygg-argumentene-for-fleksibilitet-pa-resultater-ikke-behov",
            AR + "eksempel-fra-behovsargument-til-resultatargument",
        ],
        [
            [
                AR + "bygg-argumentene-for-fleksibilitet-pa-resultater-ikke-behov",
                "Et argument som viser at ordningen styrker",
            ]
        ],
        "Bygg argumentene på resultater – hva du har levert, at kvaliteten holder og at kolleger og kunder fortsatt"
        " når deg – ikke på hva du selv trenger.",
        "Build your case on results – what you have delivered, that the quality holds and that colleagues and"
        " customers can still reach you – not on what you need yourself.",
        [
            "hva er de sterkeste argumentene for å få fleksitid",
            "hvordan overbeviser jeg lederen om hjemmekontor",
            "hvilke grunner bør jeg legge vekt på når jeg ber om hjemmedager",
            "hvordan argumenterer man best for fleksibel arbeidstid",
        ],
        [
            "what are the strongest arguments for getting flexible hours",
            "how do I convince my manager to let me work remotely",
            "which reasons should I emphasise when asking for home office days",
            "best way to argue for flexitime with my boss",
        ],
    ),
    card(
        "private_behov",
        [
            AR + "private-behov-kan-nevnes-men-bor-ikke-baere-argumentet",
            AR + "eksempel-fra-behovsargument-til-resultatargument",
        ],
        [[AR + "private-behov-kan-nevnes-men-bor-ikke-baere-argumentet", "La resultater, kvalitet og tilgjengelighet"]],
        "Det er greit å nevne barn, lang reisevei eller omsorg for noen, men la resultater, kvalitet og"
        " tilgjengelighet bære saken og bruk det private som bakgrunn.",
        "It is fine to mention children, a long commute or caring for someone, but let results, quality and"
        " availability carry your case and keep the private reasons as background.",
        [
            "skal jeg fortelle sjefen at jeg trenger det på grunn av ungene",
            "er det dumt å begrunne ønsket om hjemmekontor med familien",
            "bør jeg si at pendlingen sliter meg ut når jeg ber om fleksitid",
            "hvor mye skal jeg si om privatlivet mitt når jeg ber om fleksibilitet",
        ],
        [
            "should I tell my boss I need it because of my kids",
            "is it a mistake to justify remote work with family reasons",
            "should I mention my long commute when asking for flexible hours",
            "how much of my personal situation should I bring up in the request",
        ],
    ),
    card(
        "arbeidsgiver_gevinst",
        [
            AR + "hva-arbeidsgiveren-vinner-pa-fleksibel-arbeidstid-og-hjemmekontor",
            HR + "gevinsten-av-fleksibelt-arbeid-trivsel-produktivitet-og-lavere-kostnader",
        ],
        [[AR + "hva-arbeidsgiveren-vinner-pa-fleksibel-arbeidstid-og-hjemmekontor", "bør legges frem som et tiltak"]],
        "Vis hva virksomheten vinner – mer motiverte medarbeidere, lavere sykefravær over tid og lettere rekruttering"
        " – og legg frem ønsket som et tiltak for virksomhetens mål.",
        "Show what the business gains – more motivated staff, lower sickness absence over time and easier"
        " recruitment – and present your wish as a step towards the company's goals.",
        [
            "hvilke fordeler har arbeidsgiveren av fleksibelt arbeid",
            "hvorfor skulle firmaet ønske å gi folk hjemmekontor",
            "hva kan jeg si om nytten for bedriften",
            "gevinster for virksomheten ved fleksitid",
        ],
        [
            "what does the employer get out of flexible working",
            "why would a company want to offer working from home",
            "business benefits of flexitime I can point to",
            "how does remote work pay off for the organisation",
        ],
    ),
    # --- models -------------------------------------------------------------------------------
    card(
        "modell_hybrid",
        [MO + "hybridarbeid-med-faste-kontordager", MO + "fast-hjemmekontordag-gir-forutsigbarhet"],
        [[MO + "hybridarbeid-med-faste-kontordager", "Faste kontordager gjør det lettere"]],
        "Del uken slik at kontordagene brukes til teammøter, kunder og samarbeid og hjemmedagene til fordypning, og"
        " ha gjerne faste dager – da vet alle hvem som er hvor, og møter kan legges til kontordagene.",
        "Split the week so office days go to team meetings, customers and joint work and home days to focused work,"
        " preferably on fixed days – then everyone knows who is where, and meetings can go on the office days.",
        [
            "hvor mange dager på kontoret og hjemme er vanlig i en hybrid ordning",
            "hvordan fordeler vi uken mellom kontor og hjemme",
            "er det lurt med faste hjemmedager eller bør det være fritt",
            "hvilke oppgaver bør legges til kontordagene",
        ],
        [
            "how many office days and home days is typical in a hybrid setup",
            "how should we split the week between office and home",
            "are fixed home days better than choosing freely each week",
            "which tasks should be kept for the days in the office",
        ],
    ),
    card(
        "konkret_tilpasning",
        [MO + "fleksibel-arbeidstid-er-mer-enn-fleksitid"],
        [[MO + "fleksibel-arbeidstid-er-mer-enn-fleksitid", "Det er derfor klokt å be om den konkrete tilpasningen"]],
        "Be om den konkrete tilpasningen du trenger – senere start, å slippe bestemte dager eller å bytte timer mellom"
        " uker – i stedet for å be om «fleksitid» som ordning.",
        "Ask for the specific adjustment you need – a later start, being spared certain days or swapping hours"
        " between weeks – rather than asking for “flexitime” as a scheme.",
        [
            "jeg trenger bare å begynne litt senere, bør jeg be om fleksitid",
            "hva ber jeg om hvis jeg vil slippe å jobbe på fredager",
            "må jeg søke om en hel fleksitidsordning for å endre når dagen starter",
            "kan jeg be om å bytte timer mellom ukene i stedet for fleksitid",
        ],
        [
            "I only need to start a bit later, should I ask for flexitime",
            "what do I ask for if I want to stop working Fridays",
            "do I need a full flexitime scheme just to change my start time",
            "can I ask to swap hours between weeks instead of flexitime",
        ],
    ),
    # --- preparing the meeting --------------------------------------------------------------
    card(
        "kartlegg_oppgaver",
        [FB + "kartlegg-egne-arbeidsoppgaver-og-nar-du-jobber-best"],
        [
            [
                FB + "kartlegg-egne-arbeidsoppgaver-og-nar-du-jobber-best",
                "bør du gå ærlig gjennom din egen arbeidshverdag",
            ]
        ],
        "Gå gjennom arbeidsdagen din før du spør: hvilke oppgaver krever ro, når på døgnet du jobber best, og hva som"
        " må gjøres på arbeidsplassen – da foreslår du noe stillingen tåler.",
        "Go through your working day before you ask: which tasks need quiet, when in the day you work best, and what"
        " has to be done on site – then you propose something the job can bear.",
        [
            "hvordan finner jeg ut hvor mye hjemmekontor jobben min egner seg for",
            "hvilke oppgaver passer best å gjøre hjemme",
            "hva bør jeg tenke gjennom om egne arbeidsoppgaver før jeg ber om fleksitid",
            "hvordan vet jeg hvilke arbeidstider jeg skal foreslå",
        ],
        [
            "how do I figure out how much of my job can be done from home",
            "which of my tasks are best suited for remote days",
            "what should I map out about my own work before asking for flexibility",
            "how do I decide which hours to propose",
        ],
    ),
    card(
        "dokumentasjon",
        [FB + "samle-dokumentasjon-pa-leveranser-og-resultater"],
        [[FB + "samle-dokumentasjon-pa-leveranser-og-resultater", "Samle derfor konkrete eksempler"]],
        "Samle konkrete eksempler og tall på det du har levert – frister som ble holdt, saker som ble lukket,"
        " tilbakemeldinger fra kunder – helst fra perioder med hjemmekontor eller fleksible tider.",
        "Gather concrete examples and numbers of what you have delivered – deadlines met, cases closed, feedback from"
        " customers – ideally from periods when you worked from home or on flexible hours.",
        [
            "hva slags dokumentasjon bør jeg ha med når jeg ber om hjemmekontor",
            "hvordan viser jeg at jeg er produktiv hjemme",
            "bør jeg samle tall på det jeg har levert før samtalen",
            "hvilke bevis på gode resultater kan jeg vise til",
        ],
        [
            "what evidence should I bring when asking to work from home",
            "how do I show I'm productive on my remote days",
            "should I collect numbers on my output before the conversation",
            "what kind of track record helps a flexibility request",
        ],
    ),
    card(
        "lederens_bekymringer",
        [
            FB + "ha-svar-klare-pa-lederens-bekymringer-for-motet",
            FB + "lederens-typiske-bekymringer-ved-fleksitid-og-hjemmekontor",
        ],
        [[FB + "ha-svar-klare-pa-lederens-bekymringer-for-motet", "Når du kommer med løsningene selv"]],
        "Ha svar klare på lederens vanlige bekymringer – samarbeidet, svartiden og om teamet opplever det som"
        " urettferdig – og kom med løsningene selv.",
        "Have answers ready for your manager's usual worries – teamwork, response times and whether the team will see"
        " it as unfair – and bring the solutions yourself.",
        [
            "hva er sjefen typisk bekymret for når noen ber om hjemmekontor",
            "hvordan forbereder jeg meg på motargumentene fra lederen",
            "hvilke innvendinger bør jeg ha svar på før møtet",
            "hvordan takler jeg lederens skepsis til fleksitid",
        ],
        [
            "what is my manager likely to worry about if I ask for remote work",
            "how do I prepare for pushback from my boss",
            "which concerns should I have answers to before the meeting",
            "how do I handle a sceptical manager when asking for flexitime",
        ],
    ),
    card(
        "minimum",
        [FB + "minimumskrav-og-nice-to-haves-i-forhandlingen"],
        [[FB + "minimumskrav-og-nice-to-haves-i-forhandlingen", "Det er sjelden lurt å gå inn i en forhandling"]],
        "Del ønskene i et minimum du må ha for at hverdagen skal gå opp og det som bare er fint å ha, så vet du hva"
        " du kan gi bort når lederen vil ha et kompromiss.",
        "Split your wishes into a minimum you need for everyday life to work and things that would merely be nice,"
        " so you know what you can give away when your manager wants a compromise.",
        [
            "hva kan jeg gi meg på i forhandlingen om hjemmekontor",
            "hvordan tenker jeg om kompromisser når jeg ber om fleksitid",
            "bør jeg bestemme meg for en nedre grense før møtet",
            "hvor mye skal jeg be om og hvor mye kan jeg godta",
        ],
        [
            "what can I give up in the negotiation and what should I hold on to",
            "how do I think about compromise when asking for remote days",
            "should I decide on my bottom line before the meeting",
            "how much should I ask for versus what I'd accept",
        ],
    ),
    card(
        "tidspunkt",
        [FB + "velg-riktig-tidspunkt-for-a-be-om-fleksibilitet", FB + "be-om-et-eget-mote-med-tydelig-agenda"],
        [[FB + "velg-riktig-tidspunkt-for-a-be-om-fleksibilitet", "Sjansen for et ja er større"]],
        "Ta det opp når virksomheten ikke er midt i en krise eller omorganisering, gjerne etter en periode med gode"
        " resultater, og i et avtalt møte – ikke i forbifarten ved kaffemaskinen.",
        "Raise it when the business is not in the middle of a crisis or a reorganisation, ideally after a stretch of"
        " good results, and in a planned meeting – not in passing by the coffee machine.",
        [
            "når er beste tidspunkt å spørre om hjemmekontor",
            "er det dumt å ta opp fleksitid midt i en omorganisering",
            "kan jeg bare spørre sjefen om fleksibel arbeidstid i lunsjen",
            "hvilken timing gir størst sjanse for ja",
        ],
        [
            "when is the best time to ask for remote work",
            "is it a bad idea to ask for flexibility during a restructuring",
            "can I just bring up flexible hours casually over lunch",
            "what timing gives me the best chance of a yes",
        ],
    ),
    card(
        "eget_mote",
        [FB + "be-om-et-eget-mote-med-tydelig-agenda"],
        [[FB + "be-om-et-eget-mote-med-tydelig-agenda", "Den beste arenaen for å forhandle"]],
        "Be om et eget møte og si kort på forhånd hva du vil ta opp, og ta med kartleggingen, resultatene,"
        " minimumskravene dine og et skriftlig forslag lederen kan beholde.",
        "Ask for a meeting of its own and say briefly beforehand what you want to discuss, and bring your task"
        " overview, your results, your minimum and a written proposal your manager can keep.",
        [
            "jeg skal i møte med sjefen neste uke om å jobbe hjemme, hva gjør jeg klart",
            "hva tar jeg med meg til samtalen om fleksitid",
            "bør jeg sende en melding før møtet om arbeidstiden min",
            "hvordan legger jeg opp møtet der jeg ber om fleksibilitet",
        ],
        [
            "how do I prepare for the meeting with my boss about working from home",
            "what should I bring to the flexitime conversation",
            "should I send my manager a heads-up before the meeting",
            "how do I set up the meeting where I ask for flexibility",
        ],
    ),
    # --- after a refusal --------------------------------------------------------------------
    card(
        "skriftlig_begrunnelse",
        [EA + "forste-steg-etter-et-nei-be-om-en-skriftlig-begrunnelse"],
        [[EA + "forste-steg-etter-et-nei-be-om-en-skriftlig-begrunnelse", "bør du først be om en saklig begrunnelse"]],
        "Be først om en saklig begrunnelse skriftlig, som sier konkret hvilke ulemper lederen ser – da vet du hva"
        " problemet er og kan finne løsninger som treffer.",
        "First ask for the reasons in writing, saying concretely which drawbacks your manager sees – then you know"
        " what the real problem is and can find solutions that meet it.",
        [
            "sjefen sa nei, hva er det første jeg bør gjøre",
            "jeg fikk avslag muntlig, hvordan går jeg frem",
            "bør jeg be om begrunnelsen for neiet på e-post",
            "hvordan får jeg vite hvorfor lederen avslo",
        ],
        [
            "my boss said no, what should I do first",
            "I was turned down verbally, how should I proceed",
            "should I ask for the reasons for the refusal in an email",
            "how do I find out why my manager rejected my request",
        ],
    ),
    card(
        "alternativer",
        [EA + "utforsk-alternativer-etter-et-avslag", EA + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor"],
        [[EA + "utforsk-alternativer-etter-et-avslag", "Et godt alternativ møter den konkrete ulempen"]],
        "Foreslå et alternativ som møter den konkrete grunnen til avslaget: fleksitid uten hjemmekontor, hjemmekontor"
        " uten fleksitid, én dag i stedet for to eller en prøveperiode.",
        "Propose an alternative that meets the concrete reason for the refusal: flexitime without home office, home"
        " office without flexitime, one day instead of two, or a trial period.",
        [
            "hvilke kompromisser kan jeg foreslå etter et nei",
            "finnes det mellomløsninger når sjefen avviser hjemmekontor",
            "kan jeg be om én hjemmedag når to ble avslått",
            "hva kan jeg tilby i stedet når ønsket ble avvist",
        ],
        [
            "what compromises can I suggest after a no",
            "is there a middle ground when my manager rejects home office",
            "could I ask for one remote day when two were refused",
            "what can I offer instead after being turned down",
        ],
    ),
    card(
        "ta_opp_igjen",
        [EA + "avtal-nar-onsket-om-fleksibilitet-kan-tas-opp-igjen"],
        [
            # only the advice: the guide's next sentence (a new date does not stop the nemnd's deadline) is a
            # statement of law, which the rules on the deadline (tln_frist, etter_avslag) state, cited to § 4 (1)
            [EA + "avtal-nar-onsket-om-fleksibilitet-kan-tas-opp-igjen", "Avtal derfor et konkret tidspunkt"]
        ],
        "Avtal et konkret tidspunkt for å ta saken opp igjen, for eksempel om seks måneder, bekreft det i en e-post,"
        " og bruk tiden til å samle dokumentasjon på resultater.",
        "Agree on a specific time to take it up again, for example in six months, confirm it in an email, and use the"
        " time until then to collect evidence of your results.",
        [
            "lederen sier ikke nå, hvordan holder jeg saken levende",
            "når kan jeg spørre om hjemmekontor på nytt etter et nei",
            "sjefen vil vente til prosjektet er ferdig, hva gjør jeg",
            "hvordan sørger jeg for at ønsket ikke blir glemt etter avslaget",
            "kan vi avtale å se på fleksitid igjen senere",
            "hvordan holder jeg døra åpen etter et avslag",
        ],
        [
            "my manager says maybe later, how do I make sure it gets revisited",
            "when can I ask again after being told no",
            "boss wants to wait until the project is over, what now for my request",
            "how do I stop my flexibility request from being forgotten",
            "can we agree to look at remote work again in a few months",
            "how can I leave the door open for another try after a rejection",
        ],
    ),
    card(
        "tillitsvalgt",
        [EA + "tillitsvalgt-og-verneombud-som-stotte-etter-et-avslag"],
        [[EA + "tillitsvalgt-og-verneombud-som-stotte-etter-et-avslag", "er det lurt å rådføre seg med tillitsvalgt"]],
        "Ta tidlig kontakt med tillitsvalgt eller verneombud, særlig hvis du lurer på om et avslag er rimelig: de"
        " kjenner avtalene og hvordan lignende saker er løst før, og kan bli med i et møte med lederen.",
        "Get in touch early with your union representative or safety representative, especially if you wonder whether"
        " a refusal is reasonable: they know the agreements and how similar cases were settled, and can join a"
        " meeting with your manager.",
        [
            "hvem kan hjelpe meg etter at jeg fikk nei til fleksitid",
            "bør jeg kontakte tillitsvalgt etter avslaget",
            "kan verneombudet bistå når sjefen avviser hjemmekontor",
            "hvem kan bli med meg i et nytt møte med lederen",
        ],
        [
            "who can help me after my flexitime request was turned down",
            "should I contact my union rep after the refusal",
            "can the safety representative support me after a no to home office",
            "who could come with me to a second meeting with my manager",
        ],
    ),
    card(
        "etter_avslag_hjemmekontor",
        [EA + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor"],
        [
            [
                EA + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor",
                "Be om skriftlig begrunnelse, og foreslå alternativer",
            ]
        ],
        "Etter et nei til hjemmekontor er forhandling veien videre: få begrunnelsen skriftlig, foreslå færre dager"
        " eller en prøveperiode, sjekk policy og tariffavtale, og ta det opp med tillitsvalgt.",
        "After a no to working from home, negotiation is the way forward: get the reasons in writing, propose fewer"
        " days or a trial, check the company policy and collective agreement, and involve your union representative.",
        [
            "hvordan går jeg videre når hjemmekontor ble avslått",
            "fikk nei til å jobbe hjemme, hvordan forhandler jeg videre",
            "hva er lurt å gjøre etter et avslag på hjemmedager",
            "sjefen vil ikke at jeg jobber hjemme, hvordan snur jeg det",
        ],
        [
            "how do I move forward after my home office request was refused",
            "got a no to remote work, how do I keep negotiating",
            "what's a smart next move after being denied WFH days",
            "my boss won't let me work from home, how can I turn this around",
        ],
    ),
    # --- the written agreement --------------------------------------------------------------
    card(
        "skriftlig_avtale",
        [SA + "hvorfor-avtalen-om-hjemmekontor-bor-vaere-skriftlig"],
        [[SA + "hvorfor-avtalen-om-hjemmekontor-bor-vaere-skriftlig", "Den beskytter også arbeidstakeren"]],
        "Få ordningen skrevet ned i stedet for å nøye deg med en muntlig forståelse: det hindrer misforståelser om"
        " arbeidstid, tilgjengelighet og oppmøte, og den står seg også om du får ny leder.",
        "Get the arrangement written down rather than settling for a verbal understanding: it prevents"
        " misunderstandings about hours, availability and attendance, and it still holds if you get a new manager.",
        [
            "holder det med en muntlig avtale om hjemmekontor med sjefen",
            "hvorfor bør fleksitidsordningen skrives ned",
            "er det vits i å ha noe skriftlig når lederen allerede har sagt ja",
            "hva skjer med ordningen min hvis jeg får ny leder",
        ],
        [
            "is a handshake agreement with my boss about remote days enough",
            "why put a flexitime arrangement in writing",
            "is it worth getting it on paper when my manager already said yes",
            "what happens to my arrangement if my manager changes",
        ],
    ),
    card(
        "avtale_innhold",
        [
            RE + "sporsmal-og-svar-hva-bor-sta-i-en-hjemmekontoravtale",
            SA + "punkter-som-alltid-skal-med-i-hjemmekontoravtalen",
            SA + "punkter-som-tas-med-i-hjemmekontoravtalen-nar-de-er-avtalt",
        ],
        [[RE + "sporsmal-og-svar-hva-bor-sta-i-en-hjemmekontoravtale", "Som et minimum bør hjemmekontoravtalen si"]],
        "Skriv inn hvor mye du jobber hjemme, arbeidstiden, når du skal være å treffe, hvor lenge avtalen varer og"
        " hvordan den kan endres eller avsluttes – og hvem som eier og vedlikeholder utstyret.",
        "Write down how much you work from home, your working hours, when you can be reached, how long the agreement"
        " lasts and how it can be changed or ended – and who owns and maintains the equipment.",
        [
            "hva bør en god hjemmekontoravtale inneholde",
            "sjekkliste for avtalen om å jobbe hjemmefra",
            "hvilke punkter er lurt å ha med i avtalen om fleksibelt arbeid",
            "vi skal skrive en hjemmekontoravtale, hva må vi tenke på",
        ],
        [
            "what should a good home office agreement cover",
            "checklist for a remote work agreement",
            "which points are worth including in a flexible working agreement",
            "we are drafting a work-from-home agreement, what should we think about",
        ],
    ),
    card(
        "tilgjengelighet_avtale",
        [SA + "kjernetid-tilgjengelighet-og-responstid-i-avtalen", IV + "innvending-tilgjengelighet-og-responstid"],
        [
            [
                SA + "kjernetid-tilgjengelighet-og-responstid-i-avtalen",
                "Like viktig er det å skrive når arbeidstakeren ikke",
            ]
        ],
        "Skriv arbeidstiden presist – kjernetid, når dagen kan begynne og slutte, når du er tilgjengelig og hvilken"
        " svartid som gjelder – og like tydelig når du ikke skal være tilgjengelig.",
        "Set out the hours precisely – core time, when the day may start and end, when you are available and what"
        " response time applies – and just as clearly when you are not expected to be available.",
        [
            "hvordan skriver vi tilgjengelighet inn i avtalen",
            "hvor raskt må jeg svare på meldinger når jeg jobber hjemme",
            "bør avtalen si noe om når jeg ikke trenger å svare",
            "hvordan avtaler vi svartid og kjernetid",
        ],
        [
            "how should availability be written into the agreement",
            "how fast am I expected to reply when working remotely",
            "should the agreement say when I don't have to answer",
            "how do we agree on response times and core hours",
        ],
    ),
    card(
        "varighet_oppsigelse",
        [SA + "varighet-provetid-endring-og-oppsigelse-av-avtalen"],
        [[SA + "varighet-provetid-endring-og-oppsigelse-av-avtalen", "Avtalen bør også si hvordan den kan endres"]],
        "La avtalen si hvor lenge den gjelder, om den er en prøveordning med nøkkeltall og evalueringsdato, og"
        " hvordan og med hvilket varsel den kan endres eller sies opp.",
        "Let the agreement say how long it runs, whether it is a trial with key figures and an evaluation date, and"
        " how and with what notice it can be changed or ended.",
        [
            "hvor lenge bør hjemmekontoravtalen gjelde",
            "hvordan avslutter man en avtale om hjemmekontor",
            "bør avtalen om fleksitid ha en oppsigelsesfrist",
            "hva bør vi skrive om endringer i ordningen senere",
        ],
        [
            "how long should the home office agreement run",
            "how do you end a remote working agreement",
            "should a flexitime agreement have a notice period",
            "what should we write about changing the arrangement later",
        ],
    ),
    # --- follow-up and boundaries -----------------------------------------------------------
    card(
        "oppfolging_data",
        [
            OG + "folg-opp-ordningen-med-data-om-leveranser",
            OG + "dokumenter-tilgjengelighet-og-samarbeid-pa-hjemmekontor",
        ],
        [[OG + "folg-opp-ordningen-med-data-om-leveranser", "Noter konkrete eksempler underveis"]],
        "Følg opp ordningen med data om leveransene, tilgjengeligheten og samarbeidet, og noter eksempler underveis –"
        " ikke bare rett før evalueringen.",
        "Follow up the arrangement with data on deliveries, availability and collaboration, and note examples as you"
        " go – not just before the review.",
        [
            "hvordan dokumenterer jeg at hjemmekontoret fungerer",
            "hva bør jeg notere underveis mens vi har fleksitid",
            "hvordan viser jeg at jeg er tilgjengelig og bidrar i teamet hjemmefra",
            "hvilke data bør vi samle om ordningen",
        ],
        [
            "how do I document that working from home is going well",
            "what should I keep track of while we have flexitime",
            "how do I show I'm reachable and contributing to the team remotely",
            "what data should we gather about the arrangement",
        ],
    ),
    card(
        "juster",
        [OG + "juster-ordningen-nar-behovene-endrer-seg"],
        [
            [
                OG + "juster-ordningen-nar-behovene-endrer-seg",
                "Derfor er det lurt å ha en kultur der justering er normalt",
            ]
        ],
        "Juster ordningen når behovene endrer seg – for eksempel én fast og én fleksibel hjemmedag – og se det som"
        " normalt, ikke som et tegn på at noe gikk galt; skriv endringene inn i avtalen.",
        "Adjust the arrangement when needs change – for example one fixed and one flexible home day – and treat that"
        " as normal, not as a sign something went wrong; write the changes into the agreement.",
        [
            "ordningen passer ikke lenger, hvordan endrer vi den",
            "kan vi bytte fra to faste hjemmedager til noe mer fleksibelt",
            "teamet trenger meg mer på kontoret en periode, hva gjør vi",
            "hvordan tar jeg opp at jeg vil endre hjemmekontoravtalen",
        ],
        [
            "the arrangement doesn't fit any more, how do we change it",
            "can we switch from two fixed home days to something looser",
            "the team needs more office presence for a while, how do we handle it",
            "how do I bring up changing our remote work setup",
        ],
    ),
    card(
        "fast_gjennomgang",
        [
            OG + "fast-gjennomgang-av-avtalen-hvert-ar-eller-halvar",
            SA + "oppmoteplikt-oppfolging-og-evaluering-i-avtalen",
        ],
        [[OG + "fast-gjennomgang-av-avtalen-hvert-ar-eller-halvar", "En fast, avtalt gjennomgang av ordningen"]],
        "Sett opp en fast gjennomgang hvert år eller halvår, ta med data om leveranser, tilgjengelighet og"
        " samarbeid, skriv ned hva dere blir enige om og oppdater avtalen.",
        "Put a fixed review in the calendar every year or half-year, bring data on deliveries, availability and"
        " collaboration, write down what you agree and update the agreement.",
        [
            "hvor ofte bør vi evaluere hjemmekontorordningen",
            "bør fleksitidsavtalen gjennomgås jevnlig",
            "vi har hatt ordningen lenge, hvordan følger vi den opp",
            "hvordan legger vi opp en årlig gjennomgang av avtalen",
        ],
        [
            "how often should we evaluate the remote work arrangement",
            "should the flexitime agreement be reviewed regularly",
            "we've had the setup for a long time, how do we keep it on track",
            "how do we organise an annual check-in on the agreement",
        ],
    ),
    card(
        "grenser",
        [
            OG + "grenser-mellom-pa-og-av-pa-hjemmekontor",
            OG + "praktiske-vaner-som-beskytter-fritiden-ved-hjemmekontor",
            RE + "sporsmal-og-svar-balanse-mellom-jobb-og-fritid-hjemmefra",
            OG + "nar-fleksibilitet-glir-over-i-grenseloshet",
        ],
        [
            [
                OG + "praktiske-vaner-som-beskytter-fritiden-ved-hjemmekontor",
                "Ha faste tider for når arbeidsdagen begynner",
            ]
        ],
        "Trekk en tydelig grense for når du er «på» og «av»: faste start- og sluttider, en avtale med lederen om at"
        " kvelder og helger er fri for krav om svar, og en fast rutine for å avslutte dagen.",
        "Draw a clear line between being “on” and “off”: fixed start and finish times, an understanding with your"
        " manager that evenings and weekends are free of demands to reply, and a fixed routine for ending the day.",
        [
            "jeg klarer ikke å koble av når jeg jobber hjemme",
            "hvordan unngår jeg å jobbe hele kvelden på hjemmekontor",
            "tips for å skille jobb og fritid med fleksitid",
            "jeg svarer på mail i helgene, hvordan setter jeg grenser",
        ],
        [
            "I can't switch off when working from home",
            "how do I stop work creeping into my evenings",
            "tips for keeping work and private life apart with flexible hours",
            "I keep answering emails at weekends, how do I set boundaries",
        ],
    ),
    # --- objections -------------------------------------------------------------------------
    card(
        "innv_samarbeid",
        [IV + "innvending-vi-mister-samarbeidet-i-teamet"],
        [[IV + "innvending-vi-mister-samarbeidet-i-teamet", "Foreslå en deling der oppgaver som krever fordypning"]],
        "Legg fordypningsarbeid til hjemmedagene og teammøter og samarbeid til kontordagene, og lov å være på"
        " kontoret på teamets faste møtedager og holde daglig kontakt.",
        "Put focused work on your home days and meetings and joint work on your office days, and promise to be in on"
        " the team's fixed meeting days and to keep in daily contact.",
        [
            "lederen tror samarbeidet blir dårligere hvis jeg jobber hjemme",
            "hvordan svarer jeg på at fagmiljøet lider med hjemmekontor",
            "sjefen mener vi trenger å sitte sammen for å samarbeide",
            "hvordan beroliger jeg en leder som frykter at teamet mister kontakten",
        ],
        [
            "my manager thinks teamwork will suffer if I work remotely",
            "how do I respond when told collaboration needs everyone in the office",
            "boss worries the team will drift apart with home office",
            "how to answer the concern that remote work hurts team spirit",
        ],
    ),
    card(
        "innv_alle_fa",
        [
            IV + "innvending-hvis-en-far-ma-alle-fa",
            HR + "punkt-2-kartlegg-om-ansatte-og-team-er-klare-for-fleksibelt-arbeid",
        ],
        [[IV + "innvending-hvis-en-far-ma-alle-fa", "Foreslå klare kriterier for hvem som kan få"]],
        "Foreslå klare kriterier for hvem som kan få ordningen – selvstendig arbeid, en stilling som egner seg og gode"
        " resultater – så blir det rettferdig fordi alle vurderes likt, ikke fordi alle får det samme.",
        "Propose clear criteria for who can have the arrangement – working independently, a suitable role and good"
        " results – so it is fair because everyone is judged the same way, not because everyone gets the same.",
        [
            "sjefen sier at da må alle andre også få det",
            "hvordan svarer jeg på at det blir forskjellsbehandling",
            "lederen er redd for at hele avdelingen vil ha fleksitid",
            "er det urettferdig hvis bare noen får hjemmekontor",
        ],
        [
            "my boss says if I get it everyone will want it",
            "how do I answer the worry that it's unfair to colleagues",
            "manager fears a flood of requests if one person gets flexitime",
            "is it unfair if only some people get to work from home",
        ],
    ),
    card(
        "innv_kunder",
        [IV + "innvending-kunder-og-brukere-trenger-at-du-er-til-stede"],
        [[IV + "innvending-kunder-og-brukere-trenger-at-du-er-til-stede", "Kartlegg når kundene og brukerne faktisk"]],
        "Kartlegg når kundene faktisk trenger deg og vær alltid til stede da, flytt oppgaver uten kundekontakt til"
        " andre tider, og tilby å måle kundetilfredshet og svartid i en prøveperiode.",
        "Map when customers actually need you and always be there at those times, move work without customer contact"
        " to other hours, and offer to measure customer satisfaction and response time during a trial.",
        [
            "lederen sier at kundene forventer at vi er på plass",
            "hvordan får jeg fleksibilitet når jeg jobber med publikum",
            "sjefen mener brukerne må treffe oss i åpningstiden",
            "hvordan svarer jeg på at servicen blir dårligere",
        ],
        [
            "my manager says customers expect us to be there in person",
            "how can I get flexibility in a customer-facing role",
            "boss says clients must be able to reach me during opening hours",
            "how do I answer that service levels will drop",
        ],
    ),
    card(
        "innv_sensitive",
        [IV + "innvending-sensitive-data-og-informasjonssikkerhet"],
        [[IV + "innvending-sensitive-data-og-informasjonssikkerhet", "Spør hvilke konkrete oppgaver eller systemer"]],
        "Spør hvilke oppgaver eller systemer som er problemet, foreslå tiltak som sikker tilkobling, firmaets utstyr"
        " og ingen utskrifter hjemme – og er hjemmekontor utelukket, be om fleksible tider på kontoret.",
        "Ask which tasks or systems are the problem, propose measures such as a secure connection, company equipment"
        " and no printing at home – and if home office is ruled out, ask for flexible hours at the office.",
        [
            "sjefen sier at personvern gjør hjemmekontor umulig",
            "hvordan møter jeg bekymringen for informasjonssikkerhet",
            "jeg jobber med fortrolige opplysninger, hvordan kan jeg likevel få jobbe hjemme",
            "hvilke sikkerhetstiltak kan jeg foreslå for hjemmekontor",
        ],
        [
            "my boss says data protection rules out working from home",
            "how do I address information security concerns about remote work",
            "I handle confidential data, how could I still work from home",
            "what security measures can I propose for a home office",
        ],
    ),
    card(
        "innv_provetid",
        [
            IV + "innvending-du-er-ny-eller-i-provetid",
            HR + "nar-kontoret-er-riktig-arbeidssted-sensitiv-informasjon-provetid-og-selvorganisering",
        ],
        [[IV + "innvending-du-er-ny-eller-i-provetid", "Godta at opplæringsperioden krever mer tilstedeværelse"]],
        "Godta at opplæringen krever at du er mye på kontoret, men avtal når hjemmekontor kan vurderes, for eksempel"
        " når prøvetiden er over, og spør om tilpasset start- og sluttid i mellomtiden.",
        "Accept that training means being in the office a lot, but agree when home office can be considered, for"
        " example once probation is over, and ask about adjusted start and finish times in the meantime.",
        [
            "jeg er nyansatt, bør jeg vente med å be om hjemmekontor",
            "lederen vil ha meg på kontoret under opplæringen",
            "hvordan tar jeg opp fleksitid som ny i jobben",
            "lederen vil vente til prøvetiden min er over",
            "er det smart å spørre om hjemmedager de første månedene",
        ],
        [
            "I just started the job, should I wait before asking to work remotely",
            "my manager wants me in the office while I'm being trained",
            "how do I raise flexible hours as a new hire",
            "is it wise to ask for home days in my first months",
        ],
    ),
    card(
        "innv_kontroll",
        [
            IV + "innvending-lederen-frykter-a-miste-kontrollen",
            HR + "punkt-7-laer-lederne-a-coache-medarbeidere-som-jobber-fleksibelt",
        ],
        [[IV + "innvending-lederen-frykter-a-miste-kontrollen", "Tilby innsyn i stedet for oppmøte"]],
        "Tilby innsyn i stedet for oppmøte – statusmøter, delte planer og nøkkeltall for leveransene – og foreslå"
        " faste teammøter, så lederen kan lede etter resultater og ikke etter hvem som sitter ved pulten.",
        "Offer visibility instead of attendance – status meetings, shared plans and key figures for your deliveries –"
        " and suggest regular team meetings, so your manager can lead by results rather than by who is at a desk.",
        [
            "sjefen liker ikke at han ikke ser oss",
            "lederen stoler ikke på at folk jobber hjemme",
            "hvordan hjelper vi ledere som er vant til å se folk på kontoret",
            "mellomlederne er redde for å miste oversikten med fleksibelt arbeid",
        ],
        [
            "my boss doesn't trust people working from home",
            "my manager likes to see everyone at their desk",
            "how do we help managers used to seeing staff in the office",
            "team leads are afraid of losing oversight with flexible work",
        ],
    ),
    card(
        "innv_bemanning",
        [IV + "innvending-bemanning-turnus-og-vikarer"],
        [[IV + "innvending-bemanning-turnus-og-vikarer", "Be om en konkret beskrivelse av hvilke vakter"]],
        "Få lederen til å peke på nøyaktig hvilke vakter som blir et problem, og tilby selv en løsning: timer som"
        " flyttes mellom ukene, eller vaktbytte med en kollega.",
        "Get your manager to point to exactly which shifts would be a problem, and offer a solution yourself: hours"
        " moved between weeks, or a shift swap with a colleague.",
        [
            "sjefen sier turnusen ikke går opp hvis jeg får andre arbeidstider",
            "lederen mener det blir for dyrt å leie inn vikar",
            "hvordan svarer jeg på at vaktplanen blir for vanskelig",
            "jeg jobber skift, hvordan kan jeg likevel få tilpasset arbeidstiden",
        ],
        [
            "my manager says the rota won't work if I change my hours",
            "boss claims hiring cover would be too expensive",
            "how do I answer that the shift schedule becomes too hard",
            "I work shifts, how can I still get my hours adjusted",
        ],
    ),
    # --- HR ---------------------------------------------------------------------------------
    card(
        "hr_policy",
        [
            HR + "punkt-1-strategi-og-policy-for-fleksibelt-arbeid",
            HR + "utgangspunktet-hr-lager-rammene-leder-og-ansatt-avtaler-detaljene",
        ],
        [[HR + "punkt-1-strategi-og-policy-for-fleksibelt-arbeid", "Policyen bør slå fast"]],
        "Start med en strategi og en policy som sier hva dere mener med fleksibelt arbeid og hva som faller utenfor,"
        " hvem som kan bruke det, hvilke ordninger som finnes, hvordan man ber om dem og hva som må være på plass først.",
        "Start with a strategy and a policy saying what you mean by flexible work and what falls outside it, who can"
        " use it, which arrangements exist, how to ask for them and what must be in place first.",
        [
            "vi i HR skal lage retningslinjer for fleksibelt arbeid, hvor begynner vi",
            "hva skal med i en policy for hjemmekontor og fleksitid",
            "hvordan innfører en bedrift fleksibelt arbeid på en ryddig måte",
            "hvilke spørsmål bør personalpolitikken om hybridarbeid svare på",
        ],
        [
            "we in HR are writing guidelines for flexible work, where do we start",
            "what goes into a policy on remote work and flexitime",
            "how should a company introduce flexible working in an orderly way",
            "what questions should our hybrid work policy answer",
        ],
    ),
    card(
        "hr_kartlegg",
        [HR + "punkt-2-kartlegg-om-ansatte-og-team-er-klare-for-fleksibelt-arbeid"],
        [
            [
                HR + "punkt-2-kartlegg-om-ansatte-og-team-er-klare-for-fleksibelt-arbeid",
                "Like vilkår betyr like kriterier",
            ]
        ],
        "Vurder både den enkelte – kan hun planlegge og gjennomføre arbeidet uten tett oppfølging – og teamet som"
        " helhet, og bruk like kriterier i stedet for å gi alle det samme uten vurdering.",
        "Assess both the individual – can they plan and carry out their work without close supervision – and the team"
        " as a whole, and apply the same criteria rather than giving everyone the same thing without assessment.",
        [
            "hvordan avgjør HR hvem som egner seg for hjemmekontor",
            "hvordan vurderer vi om et team tåler at folk jobber fleksibelt",
            "skal alle ansatte automatisk få samme fleksible ordning",
            "hvilke kriterier bør vi bruke når ansatte ber om fleksibelt arbeid",
        ],
        [
            "how does HR decide who is suited to remote work",
            "how do we assess whether a team can cope with flexible working",
            "should every employee automatically get the same flexible arrangement",
            "which criteria should we use when staff ask for flexible work",
        ],
    ),
    card(
        "hr_proveordning",
        [HR + "punkt-3-start-med-en-avgrenset-proveordning"],
        [[HR + "punkt-3-start-med-en-avgrenset-proveordning", "Det er lurt å gå gradvis frem"]],
        "Start med en avgrenset prøveordning – én ordning av gangen, i for eksempel et halvt år eller i noen"
        " avdelinger – og gjør tydelig hva som testes før reglene blir permanente.",
        "Start with a limited pilot – one arrangement at a time, for say half a year or in a few departments – and"
        " make clear what is being tested before the rules become permanent.",
        [
            "bør bedriften innføre fleksibelt arbeid gradvis",
            "skal vi teste hjemmekontor i én avdeling før alle får det",
            "hvordan ruller vi ut fleksitid uten å binde oss for alltid",
            "hva er lurt å prøve ut først når vi innfører hybridarbeid",
        ],
        [
            "should the company roll out flexible work step by step",
            "should we try remote work in one department before everyone",
            "how do we introduce flexitime without committing forever",
            "what should we test first when bringing in hybrid work",
        ],
    ),
    card(
        "hr_ledere",
        [HR + "punkt-7-laer-lederne-a-coache-medarbeidere-som-jobber-fleksibelt"],
        [
            [
                HR + "punkt-7-laer-lederne-a-coache-medarbeidere-som-jobber-fleksibelt",
                "Lederstilen bør dreie fra kontroll",
            ]
        ],
        "Lær lederne å lede etter resultater: coachende spørsmål om fremdrift, hindringer og prioriteringer,"
        " tilgjengelighet i flere kanaler og faste teammøter så ingen faller utenfor.",
        "Train managers to lead by results: coaching questions about progress, obstacles and priorities, being"
        " reachable in several channels, and regular team meetings so nobody is left out.",
        [
            "hvordan skal en leder følge opp ansatte hun sjelden ser",
            "trenger lederne opplæring når vi innfører hjemmekontor",
            "hvordan leder man et team som jobber på ulike steder",
            "hvordan bør ledere endre stil med fleksibelt arbeid",
        ],
        [
            "how should a manager follow up staff they rarely see",
            "do our managers need training when we introduce remote work",
            "how do you lead a team that works from different places",
            "how should leadership style change with flexible work",
        ],
    ),
    card(
        "hr_kontorbruk",
        [HR + "punkt-9-mal-hvordan-kontorarealet-faktisk-brukes"],
        [[HR + "punkt-9-mal-hvordan-kontorarealet-faktisk-brukes", "Data om kontorbruk gir et bedre grunnlag"]],
        "Mål hvordan kontoret faktisk brukes – hvilke dager det er fullt, hvilke rom som står tomme og hva folk kommer"
        " for – og bruk tallene til å bestemme faste kontordager, møterom og stillesoner.",
        "Measure how the office is actually used – which days it is full, which rooms stand empty and what people"
        " come in for – and use the figures to decide fixed office days, meeting rooms and quiet zones.",
        [
            "hvordan finner vi ut hvilke dager kontoret faktisk er fullt",
            "bør vi registrere hvordan arbeidsplassene brukes når folk jobber hybrid",
            "hvordan planlegger vi møterom og stillesoner med hybridarbeid",
            "kontoret står halvtomt på fredager, hva gjør vi med det",
        ],
        [
            "how do we find out which days the office is really full",
            "should we track desk and room usage with hybrid work",
            "how do we plan meeting rooms and quiet areas for a hybrid workforce",
            "our office is half empty on Fridays, what should we do about it",
        ],
    ),
    card(
        "hr_kontorhuber",
        [HR + "punkt-5-fleksible-kontorer-kontorhuber-og-coworking"],
        [
            [
                HR + "punkt-5-fleksible-kontorer-kontorhuber-og-coworking",
                "Slike delte kontorløsninger kan gi profesjonelle",
            ]
        ],
        "Vurder kontorhuber, satellittkontorer eller coworking nær der de ansatte bor, som et alternativ mellom"
        " hovedkontoret og kjøkkenbordet.",
        "Consider office hubs, satellite offices or coworking spaces near where staff live, as an option between the"
        " head office and the kitchen table.",
        [
            "er delte kontorlokaler et alternativ til hjemmekontor",
            "ansatte med lang pendlevei, kan de jobbe fra et kontorfellesskap",
            "hva er fordelen med satellittkontor for bedriften",
            "bør bedriften leie plass i et coworking-lokale",
        ],
        [
            "are shared workspaces an alternative to working from home",
            "staff with long commutes, could they work from a local hub",
            "what does a company gain from satellite offices",
            "should we rent desks in a coworking space for employees",
        ],
    ),
    card(
        "hr_teamavtaler",
        [HR + "punkt-6-teamavtaler-og-gode-kommunikasjonskanaler"],
        [[HR + "punkt-6-teamavtaler-og-gode-kommunikasjonskanaler", "En teamavtale kan derfor også fastsette"]],
        "Lag en teamavtale om samarbeidet: når og hvordan kolleger kan nås, hvilken kanal som brukes til hva, og faste"
        " kontaktpunkter gjennom uken.",
        "Make a team agreement on how you work together: when and how colleagues can be reached, which channel is"
        " used for what, and fixed points of contact through the week.",
        [
            "hvordan holder et team kontakten når folk jobber på ulike steder og tider",
            "hvilke kanaler bør vi bruke til hva når vi jobber hybrid",
            "trenger teamet egne spilleregler for kommunikasjon med hjemmekontor",
            "hvordan unngår vi at noen faller utenfor når teamet er spredt",
        ],
        [
            "how does a team stay in touch when people work in different places and hours",
            "which channels should we use for what in a hybrid team",
            "does our team need its own communication rules for remote work",
            "how do we keep anyone from being left out when the team is spread out",
        ],
    ),
]


def more(c):
    """The card with its second-round phrasings (MORE) added: bokmål before `en_from`, English at the end."""
    if c["id"] not in MORE:
        return c
    nb, en = MORE[c["id"]]
    k = c["en_from"]
    return c | {"phrasings": [*c["phrasings"][:k], nb, *c["phrasings"][k:], en], "en_from": k + 1, "bm25_to": k + 1}


def main() -> None:
    """Write advisor/data/advice_cards.json."""
    out = Path(__file__).resolve().parents[1] / "advisor" / "data" / "advice_cards.json"
    doc = {
        "_doc": "Advice cards (generated by tools/advice_cards_src.py; edit there). One piece of advice from our"
        " guides per card, in bokmål and English, matched to a question by meaning like the legal rules"
        " (advisor.answering.advice). After editing: python -m advisor.answering.advice (phrasing vectors).",
        "cards": [
            more(c)
            | ({"cues": CUES[c["id"]], "cue_bonus": CUE_BONUS} if c["id"] in CUES else {})
            | ({"topic": TOPIC[c["id"]]} if c["id"] in TOPIC else {})
            | ({"requires": REQUIRES[c["id"]]} if c["id"] in REQUIRES else {})
            for c in CARDS
        ],
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(doc['cards'])} cards, {sum(len(c['phrasings']) for c in doc['cards'])} phrasings")


if __name__ == "__main__":
    main()
