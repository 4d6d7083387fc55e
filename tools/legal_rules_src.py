"""Source of advisor/data/legal_rules.json (run: python tools/legal_rules_src.py).

Each rule: a question a user can ask, several ways people ask it, the direct answer in our own
words (first line of the answer), conditions/exceptions and what to do, each cited to verbatim
sentences of corpus passages ([passage id, phrase of the sentence]). The answer and the
conditions cite law, regulations or decisions only; guides may be cited for what to do.
"""

import json
from pathlib import Path

from advisor.answering.asks import CLOCK_RANGE  # working hours as a bare clock range («07–15»): one home

A102_1 = "aml-10-2#arbeidsmiljoloven-p-10-2-1"
A102_2 = "aml-10-2#arbeidsmiljoloven-p-10-2-2"
A102_3 = "aml-10-2#arbeidsmiljoloven-p-10-2-3"
A102_4 = "aml-10-2#arbeidsmiljoloven-p-10-2-4"
A1013 = "aml-10-13#arbeidsmiljoloven-p-10-13"
A1012 = "aml-10-12#arbeidsmiljoloven-p-10-12-1-og-2"
A101_1 = "aml-10-1#arbeidsmiljoloven-p-10-1-1"
A101_2 = "aml-10-1#arbeidsmiljoloven-p-10-1-2"
A103 = "aml-10-3#arbeidsmiljoloven-p-10-3"
A106 = "aml-10-6#arbeidsmiljoloven-p-10-6-"
A108 = "aml-10-8#arbeidsmiljoloven-p-10-8-"
A1011 = "aml-10-11#arbeidsmiljoloven-p-10-11-"
A172 = "aml-17-2#arbeidsmiljoloven-p-17-2-"
A46 = "aml-4-6#arbeidsmiljoloven-p-4-6"
A148a = "aml-14-8a#arbeidsmiljoloven-p-14-8-a"
DL = "domstolloven#domstolloven-p-"
F = "tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-"
F5M = F + "5-behandling-i-mote"
H = "hjemmekontorforskriften#hjemmekontorforskriften-p-"
H_UNNTAK = H + "2-unntak-ved-palegg-eller-anbefaling-fra-myndighetene"
H_PSYK = H + "3-psykososialt-arbeidsmiljo-fra-1-juli-2022"
H_2022 = "hjemmekontorforskriften#hjemmekontorforskriften-endringene-fra-1-juli-2022"
H_GAMLE6 = "hjemmekontorforskriften#hjemmekontorforskriften-opphevede-arbeidstidsregler-gamle-p-6"
INGEN = "hjemmekontor-ingen-rett#ingen-lovfestet-rett-til-hjemmekontor"
T77 = "tln-77-23#tln-77-23"
T57 = "tln-57-21#tln-57-21"
T23 = "tln-23-11#tln-23-11"
T45 = "tln-45-22#tln-45-22"
T92 = "tln-92-23#tln-92-23"
T93 = "tln-93-25#tln-93-25"
T87 = "tln-87-18#tln-87-18"
T02 = "tln-02-21#tln-02-21"
HR = "hr-2024-423-a#hr-2024-423-a"
K = "tln-kriterier#tvistelosningsnemndas-praksis-"
S_INN = "tln-saksgang#tvistelosningsnemnda-slik-bringer-du-saken-inn"
S_OPPS = "tln-saksgang#tvistelosningsnemnda-ingen-oppsettende-virkning-mens-saken-behandles"
S_SKRIFTLIG = "tln-saksgang#tvistelosningsnemnda-ma-et-avslag-vaere-skriftlig-og-begrunnet"
G_AVSLAG = "guide-etter-avslag#"
G_AVT = "guide-skriftlig-avtale#"
G_INGEN = "guide-rettigheter#det-finnes-ingen-generell-lovfestet-rett-til-hjemmekontor"
G_SI_NEI = "guide-rettigheter#sporsmal-og-svar-kan-arbeidsgiver-si-nei"
G_T77 = "guide-rettigheter#tln-77-23-fleksibel-arbeidstid-gjelder-nar-ikke-hvor"

RULES = []
# a refusal reported in the user's own words (cue for the rules on what to do after one)
REFUSED = (
    r"\b(?:avsl[åo]\w*|avvis\w*|avviste|sa\s+nei|sagt\s+nei|(?:fikk|fått)\s+(?:et\s+)?(?:muntlig\s+|skriftlig\s+)?nei|"
    r"nekte[st]?|nektet|refus\w*|turned\s+down|rejected|declined|denied|(?:said|says)\s+no\b|got\s+a\s+no\b|answer\s+was\s+no\b)"
)


def rule(id, phrasings, answer, cite, conditions=(), todo=(), en_phrasings=(), confirm=(), cues=()):
    """Add one rule: its phrasings, its answer (nb, en) with citations, conditions, what to do.

    `cues`: regular expressions that must all be found in a question for the rule's small cue bonus
    (for rules whose question lies in a few words a long situation drowns: "avslått ... hva nå").
    """
    RULES.append(
        {
            "id": id,
            **({"confirm": list(confirm)} if confirm else {}),
            **({"cues": list(cues)} if cues else {}),
            "phrasings": list(phrasings) + list(en_phrasings),
            # BM25 and word weights: the phrasings up to `bm25_to` as one document, those from `en_from` on
            # (English) as another (advisor.answering.rules)
            "bm25_to": len(phrasings) + len(en_phrasings),
            "en_from": len(phrasings),
            "answer": {"nb": answer[0], "en": answer[1]},
            "cite": [list(c) for c in cite],
            "conditions": [{"nb": c[0], "en": c[1], "cite": [list(x) for x in c[2]]} for c in conditions],
            "todo": [{"nb": c[0], "en": c[1], "cite": [list(x) for x in c[2]]} for c in todo],
        }
    )


TODO_TLN = (
    "Vil du klage avslaget inn, må saken sendes skriftlig til Tvisteløsningsnemnda innen fire uker etter at det skriftlige avslaget kom frem.",
    "To challenge the refusal, send the case in writing to the Dispute Resolution Board within four weeks of receiving the written refusal.",
    [
        (F + "4-1", "senest fire uker etter"),
        (G_AVSLAG + "fristen-pa-fire-uker-til-tvistelosningsnemnda", "Fristen er kort"),
    ],
)
TODO_SKRIFTLIG = (
    "Be om et skriftlig og konkret begrunnet avslag, så du vet hva ulempen skal være og når fristen løper.",
    "Ask for a written refusal with concrete reasons, so you know what the alleged inconvenience is and when the deadline runs.",
    [
        (
            G_AVSLAG + "forste-steg-etter-et-nei-be-om-en-skriftlig-begrunnelse",
            "Be derfor om at begrunnelsen sier konkret",
        )
    ],
)

# ---------------------------------------------------------------- home office
rule(
    "ho_ingen_rett",
    [
        "gir loven meg rett til et bestemt antall hjemmedager i uka",
        "kan jeg kreve tre dager hjemmekontor per uke",
        "har arbeidstakere et rettskrav på å jobbe noen dager hjemme",
        "er det lovfestet at man får jobbe hjemmefra deler av uka",
        "kan jeg insistere på å få jobbe hjemme",
        "arbeidsgiver avslo hjemmekontor, er det lovlig",
        "finnes det noen lov som sier at jeg kan jobbe hjemmefra",
        "Er hjemmekontor noe jeg har lovfestet krav på?",
        "Kan jeg kreve å jobbe hjemmefra?",
        "har man krav på hjemmekontor etter loven",
        "står arbeidsgiver fritt til å avvise at jeg jobber hjemmefra",
        "kan sjefen si nei til at jeg jobber hjemme noen dager",
        "står det noe i arbeidsmiljøloven om rett til fjernarbeid",
        "er hjemmekontor en rettighet",
    ],
    (
        "Nei. Du har ingen lovfestet rett til hjemmekontor: med mindre annet er avtalt, avgjør arbeidsgiver hvor arbeidet gjøres, i kraft av og innenfor rammene av styringsretten, og retten til fleksibel arbeidstid gjelder når du jobber, ikke hvor (TLN 77/23).",
        "No. There is no statutory right to work from home: unless otherwise agreed, where the work is done is for the employer to decide under and within the limits of its management right, and the right to flexible working time concerns when you work, not where (TLN 77/23).",
    ),
    [(T77, "Hvor arbeidet gjøres, avgjør arbeidsgiver"), (INGEN, "Arbeidstaker kan ikke kreve hjemmekontor")],
    conditions=[
        (
            "Hjemmekontor kan avtales, og når hjemmekontorforskriften gjelder (ikke ved kortvarig eller sporadisk hjemmearbeid, med mindre du bare jobber hjemme), skal avtalen være skriftlig (§ 1 og § 2).",
            "Home office can be agreed, and when the home-office regulation applies (not to short-term or sporadic home work, unless you work only at home), the agreement must be in writing (§ 1 and § 2).",
            [
                (H + "1-2", "Forskriften gjelder ikke kortvarig eller sporadisk arbeid"),
                (H + "2-1", "skal det inngås skriftlig avtale"),
            ],
        ),
        (
            "Har du redusert arbeidsevne, kan tilpasning av arbeidet være en plikt for arbeidsgiver etter arbeidsmiljøloven § 4-6.",
            "If your capacity for work is reduced, adapting your work can be a duty for the employer under section 4-6.",
            [(A46, "Arbeidstakeren skal helst få fortsette")],
        ),
    ],
    todo=[
        (
            "Forhandle frem en avtale: legg frem et konkret forslag, og be om skriftlig begrunnelse hvis svaret er nei.",
            "Negotiate an agreement: make a concrete proposal and ask for written reasons if the answer is no.",
            [(G_AVSLAG + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor", "er forhandling hovedveien")],
        )
    ],
    en_phrasings=[
        "Is there a legal right to two home office days a week?",
        "Is home working something the law entitles me to?",
        "Is the employer free to keep me at the office?",
        "Does a manager need a legal reason to reject remote working?",
        "Can a request for home-office days simply be rejected by the company?",
    ],
    # retrieval finding the guide sections that state this very rule confirms it as well as the sources do
    confirm=[T77, INGEN, G_INGEN, G_SI_NEI, G_T77],
)

rule(
    "ho_palegge",
    [
        "sjefen vil at jeg skal sitte hjemme permanent, må jeg det",
        "kan ledelsen beordre hele avdelingen til hjemmekontor",
        "har arbeidsgiver lov til å flytte arbeidsplassen min hjem til meg",
        "kan sjefen bestemme at jeg skal jobbe hjemmefra fast",
        "Kan firmaet tvinge oss til å jobbe hjemme fordi de sier opp kontorlokalene?",
        "må jeg godta hjemmekontor hvis arbeidsgiver krever det",
    ],
    (
        "Som hovedregel nei, etter sekundærkildene: ingen lov gir arbeidsgiver en generell rett til å pålegge hjemmekontor, men etter DFØ kan styringsretten i noen tilfeller gi grunnlag for å pålegge arbeid fra et annet sted, og hvor grensen går, er ikke avklart.",
        "As a rule no, according to secondary sources: no statute gives the employer a general right to impose home office, but according to DFØ the management right may in some cases allow ordering work from another place, and where the line lies is not settled.",
    ),
    [
        (INGEN, "Arbeidsgiver kan som hovedregel heller ikke pålegge hjemmekontor"),
        (INGEN, "Ingen av partene har en lovfestet rett"),
        (INGEN, "DFØ: i statens standardavtale"),
    ],
    conditions=[
        (
            "Fagforeningene mener det er utenfor styringsretten å pålegge hjemmekontor i en normalsituasjon, men det er ikke avklart rett.",
            "The unions hold that imposing home office in a normal situation is outside the management right, but this is not settled law.",
            [(INGEN, "Det er fagforeningenes syn")],
        ),
        (
            "Når myndighetene pålegger eller anbefaler hjemmekontor, kreves ingen skriftlig avtale; arbeidsgiver informerer etter drøftinger med tillitsvalgte.",
            "When the authorities order or recommend home office, no written agreement is required; the employer informs after discussions with the union representatives.",
            [(H_UNNTAK, "I stedet kan arbeidsgiver gi informasjon")],
        ),
    ],
    todo=[
        (
            "Sjekk arbeidsavtalen (arbeidsstedet) og ta saken opp med tillitsvalgt.",
            "Check the employment contract (the place of work) and raise it with your union representative.",
            [(G_AVSLAG + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor", "Ta saken opp med tillitsvalgt")],
        )
    ],
    en_phrasings=["Is my employer allowed to move my workplace into my home?"],
)

rule(
    "ho_nemnd",
    [
        "kan tvisteløsningsnemnda behandle en sak om hjemmekontor",
        "ta avslag på hjemmekontor videre til nemnda",
        "er nemnda rett instans når hjemmearbeid blir nektet",
        "hvor klager jeg når jeg ikke får jobbe hjemmefra",
        "lederen sa nei til hjemmekontor, kan nemnda overprøve det",
        "Kan Tvisteløsningsnemnda bestemme at jeg skal få jobbe hjemme?",
        "går det an å få nemnda til å gi meg hjemmekontor på grunn av lang reisevei",
    ],
    (
        "Nei. Tvisteløsningsnemnda avgjør ikke krav om hjemmekontor: det gjelder hvor du jobber, ikke når, og slike saker avvises som utenfor nemndas kompetanse (TLN 77/23).",
        "No. The Dispute Resolution Board does not decide home-office claims: they concern where you work, not when, and such cases are dismissed as outside its competence (TLN 77/23).",
    ),
    [
        (T77, "Avvist 24.08.2023"),
        (K + "fleksibel-arbeidstid-gjelder-nar-ikke-hvor", "Tvisteløsningsnemnda avviser dem"),
    ],
    conditions=[
        (
            "Gjelder kravet også når du jobber (for eksempel start- og sluttid), kan den delen prøves etter § 10-2 (3).",
            "If the request also concerns when you work (for example start and end times), that part can be tried under section 10-2 (3).",
            [(A102_3, "Arbeidstaker har rett til fleksibel arbeidstid")],
        )
    ],
    todo=[
        (
            "Forhandle med arbeidsgiver i stedet, gjerne med hjelp fra tillitsvalgt.",
            "Negotiate with the employer instead, preferably with help from your union representative.",
            [(G_AVSLAG + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor", "er forhandling hovedveien")],
        )
    ],
    en_phrasings=[
        "Does the board decide where people work?",
        "Will the dispute resolution board hear a complaint about remote work being refused?",
    ],
)

# a refusal of home office and of working time together: the part about the hours can go to the nemnd
rule(
    "nemnd_delvis",
    [
        "jeg fikk nei både til hjemmekontor og til fleksitid, hva av dette kan nemnda behandle",
        "søknaden gjaldt både hjemmedager og endret arbeidstid, kan noe av det prøves for tvisteløsningsnemnda",
        "avslag på en kombinert søknad om hjemmekontor og kortere dager, hvor kan jeg klage",
        "hvilken del av et avslag på hjemmearbeid og fleksibel arbeidstid hører under nemnda",
        "kan jeg klage på den delen av avslaget som gjelder arbeidstiden når hjemmekontor ble nektet samtidig",
    ],
    (
        "Delvis: den delen av kravet som gjelder når du jobber (fleksibel eller redusert arbeidstid), kan bringes inn for Tvisteløsningsnemnda (§ 10-13), men den delen som gjelder hvor du jobber (hjemmekontor), avgjør ikke nemnda (TLN 77/23).",
        "Partly: the part of the request about when you work (flexible or reduced working time) can be brought before the Dispute Resolution Board (section 10-13), but the part about where you work (home office) is not for the board to decide (TLN 77/23).",
    ),
    [
        (A1013, "Tvist mellom arbeidsgiver og arbeidstaker"),
        (T77, "Avvist 24.08.2023"),
        (K + "fleksibel-arbeidstid-gjelder-nar-ikke-hvor", "Tvisteløsningsnemnda avviser dem"),
    ],
    conditions=[
        (
            "Retten til fleksibel arbeidstid gjelder når arbeidet gjøres, ikke hvor; hjemmekontor må avtales med arbeidsgiver.",
            "The right to flexible working time concerns when the work is done, not where; home office must be agreed with the employer.",
            [
                (K + "fleksibel-arbeidstid-gjelder-nar-ikke-hvor", "Retten til fleksibel arbeidstid i § 10-2 (3)"),
                (A102_3, "Arbeidstaker har rett til fleksibel arbeidstid"),
            ],
        )
    ],
    todo=[
        TODO_TLN,
        (
            "Hjemmekontordelen må du forhandle om med arbeidsgiver, gjerne med hjelp fra tillitsvalgt.",
            "The home-office part is for negotiation with the employer, preferably with help from your union representative.",
            [(G_AVSLAG + "hva-du-kan-gjore-etter-et-avslag-pa-hjemmekontor", "er forhandling hovedveien")],
        ),
    ],
    en_phrasings=[
        "Remote days and a later start were both turned down. Which part is for the board?",
        "Which part of a combined request for remote work and flexible hours can go to the dispute board?",
    ],
)

rule(
    "ho_vs_fleks",
    [
        "omfatter retten til fleksibel arbeidstid å velge arbeidssted",
        "Regnes hjemmekontor som fleksibel arbeidstid etter loven?",
        "hva er forskjellen på hjemmekontor og fleksibel arbeidstid",
        "dekker retten til fleksibel arbeidstid også hvor jeg jobber",
        "gjelder § 10-2 tredje ledd arbeidssted",
    ],
    (
        "Nei. Fleksibel arbeidstid etter § 10-2 (3) gjelder når arbeidet gjøres, ikke hvor; hjemmekontor er et spørsmål om arbeidssted, som arbeidsgiver avgjør (TLN 77/23).",
        "No. Flexible working time under section 10-2 (3) concerns when the work is done, not where; home office is a question of place of work, which the employer decides (TLN 77/23).",
    ),
    [
        (T77, "altså NÅR arbeidet gjøres"),
        (K + "fleksibel-arbeidstid-gjelder-nar-ikke-hvor", "Krav om hjemmekontor eller et annet arbeidssted"),
    ],
    en_phrasings=["Is the place of work covered by the flexible-hours right?"],
)

rule(
    "ho_mot_instruks",
    [
        "hva skjer om jeg jobber hjemme selv om lederen har sagt nei",
        "kan jeg miste jobben hvis jeg ikke møter på kontoret",
        "Hvilken risiko tar jeg hvis jeg nekter å møte på kontoret og blir hjemme?",
        "kan jeg bli sparket for å jobbe hjemmefra mot beskjed",
        "sjefen krever at jeg møter på kontoret, men jeg vil jobbe hjemme likevel",
    ],
    (
        "Du risikerer oppsigelse eller avskjed: i LE-2013-174577 var avskjed lovlig da en ansatt jobbet hjemmefra i åtte dager mot instruks og advarsler.",
        "You risk dismissal: in LE-2013-174577 summary dismissal was lawful when an employee worked from home for eight days against instructions and warnings.",
    ),
    [(INGEN, "LE-2013-174577")],
    conditions=[
        (
            "Arbeidssted hører under arbeidsgivers styringsrett så lenge ikke annet er avtalt.",
            "The place of work falls under the employer's management right unless otherwise agreed.",
            [(INGEN, "arbeidssted hører under arbeidsgivers styringsrett")],
        )
    ],
    en_phrasings=["What are the risks of ignoring an instruction to attend the office?"],
)

rule(
    "ho_forskrift_virkeomraade",
    [
        "når gjelder forskriften om arbeid i eget hjem",
        "gjelder reglene om hjemmekontor hvis jeg bare jobber hjemme av og til",
        "faller jeg inn under forskriften om hjemmearbeid",
        "Jeg jobber hjemme fast én dag i uka, gjelder forskriften da?",
        "er det for lite å jobbe hjemme én dag i måneden til at forskriften gjelder",
        "hva betyr kortvarig eller sporadisk hjemmearbeid",
        "gjelder hjemmekontorforskriften når man jobber fra hytta",
        "gjelder forskriften for en som bare jobber hjemmefra i noen uker",
    ],
    (
        "Det kommer an på om hjemmearbeidet er kortvarig eller sporadisk: forskriften gjelder arbeid i ditt eget hjem, men ikke kortvarig eller sporadisk hjemmearbeid, med mindre du bare jobber hjemme (hjemmekontorforskriften § 1).",
        "It depends on whether the home work is short-term or sporadic: the regulation covers work in your own home, but not short-term or sporadic home work, unless you work only at home (home-office regulation § 1).",
    ),
    [
        (H + "1-2", "Forskriften gjelder ikke kortvarig eller sporadisk arbeid"),
        (H + "1-1", "Denne forskriften gjelder"),
    ],
    conditions=[
        (
            "Den som bare jobber hjemme, er omfattet selv om perioden er kort.",
            "Someone who works only at home is covered even for a short period.",
            [(H + "1-2", "med mindre arbeidstaker kun utfører arbeid i eget hjem")],
        )
    ],
    todo=[
        (
            "Arbeidstilsynet nevner én fast hjemmekontordag i uka som eksempel på en fast ordning, og mindre enn én dag i uka i snitt som normaleksempel på sporadisk arbeid; det er veiledning, ikke en regel.",
            "Arbeidstilsynet gives one fixed home day a week as an example of a fixed arrangement, and less than one day a week on average as a normal example of sporadic work; that is guidance, not a rule.",
            [
                (G_AVT + "nar-hjemmekontorforskriften-krever-skriftlig-avtale", "Én fast hjemmekontordag hver uke"),
                (
                    G_AVT + "nar-hjemmekontorforskriften-krever-skriftlig-avtale",
                    "Som normaleksempel på sporadisk arbeid",
                ),
            ],
        )
    ],
    en_phrasings=["When is home work too occasional for the regulation?"],
)

rule(
    "ho_skriftlig_avtale",
    [
        "trenger vi å skrive ned avtalen om hjemmekontor",
        "må det lages en egen hjemmekontoravtale",
        "Er det krav om at hjemmekontor avtales skriftlig?",
        "kreves det skriftlig hjemmekontoravtale",
        "trenger vi en skriftlig avtale om hjemmearbeid",
        "kan avtalen om hjemmearbeid tas inn som et tillegg i arbeidsavtalen",
        "holder det med en muntlig avtale om hjemmekontor",
    ],
    (
        # (no opening yes/no: "må det være skriftlig?" and "er det i orden uten noe skriftlig?" get the same rule)
        "Når hjemmekontorforskriften gjelder, skal det inngås en skriftlig avtale om hjemmearbeidet i tillegg til arbeidsavtalen, så en muntlig ordning er ikke nok (§ 2 første ledd).",
        "When the home-office regulation applies, a written agreement on the home work must be made in addition to the employment contract, so an oral arrangement is not enough (§ 2 first paragraph).",
    ),
    [(H + "2-1", "skal det inngås skriftlig avtale om hjemmearbeidet")],
    conditions=[
        (
            "Kravet gjelder ikke kortvarig eller sporadisk hjemmearbeid, med mindre du bare jobber hjemme.",
            "The requirement does not apply to short-term or sporadic home work, unless you work only at home.",
            [(H + "1-2", "Forskriften gjelder ikke kortvarig eller sporadisk arbeid")],
        ),
        (
            "Når hjemmearbeidet skyldes pålegg eller anbefaling fra myndighetene, kreves ingen skriftlig avtale.",
            "When the home work is due to an order or recommendation from the authorities, no written agreement is required.",
            [(H_UNNTAK, "Fra 1. juli 2022 gjelder ikke kravet")],
        ),
    ],
    todo=[
        (
            "Skriv avtalen som et eget dokument eller som et tillegg til arbeidsavtalen, det som passer best, og sjekk at den dekker punktene i listen.",
            "Write the agreement as a separate document or as an annex to the employment contract, whichever suits, and check that it covers the items on the list.",
            [
                (
                    G_AVT + "egen-hjemmekontoravtale-eller-tillegg-til-arbeidsavtalen",
                    "Hjemmekontorforskriften stiller ikke krav til formen",
                )
            ],
        )
    ],
    en_phrasings=["Is a home-working arrangement required to be put in writing?"],
)

rule(
    "ho_avtale_innhold",
    [
        "hvilke punkter krever forskriften i avtalen om hjemmearbeid",
        "hva skal avtalen om hjemmekontor regulere",
        "hvilket innhold er påbudt i en avtale om arbeid hjemmefra",
        "hva skal hjemmekontoravtalen minst inneholde",
        "hvilke punkter er obligatoriske i avtalen om hjemmearbeid",
        "hva er frivillig og hva er påkrevd i hjemmekontoravtalen",
        "må utstyret være regulert i avtalen om hjemmearbeid",
        "lager mal for hjemmekontoravtale, hva er minimumskravene",
        "kan hjemmekontoravtalen være tidsbegrenset, og må varigheten stå i den",
        "må det stå i avtalen hvor mange dager jeg jobber hjemme og når",
    ],
    (
        "Avtalen skal minst regulere omfanget av hjemmearbeidet, arbeidstiden, eiendomsrett, drift og vedlikehold av utstyr og, hvis den er midlertidig, forventet varighet; tilgjengelighet, endring og oppsigelse, prøvetid og saksbehandling, taushetsplikt og oppbevaring av dokumenter tas med når partene har avtalt noe om det (hjemmekontorforskriften § 2 første ledd).",
        "The agreement must at least cover the extent of the home work, the working hours, ownership, operation and maintenance of equipment and, if temporary, the expected duration; availability, change and termination, trial period and case handling, confidentiality and storage of documents are included when the parties have agreed on them (home-office regulation § 2 first paragraph).",
    ),
    [
        (H + "2-1", "omfanget av hjemmearbeidet"),
        (H + "2-1", "arbeidstid for hjemmearbeidet"),
        (H + "2-1", "eiendomsrett, drift og vedlikehold av utstyr"),
        (H + "2-1", "dersom avtalen er midlertidig"),
    ],
    conditions=[
        (
            "Endringer i ordningen skal skrives inn i avtalen.",
            "Changes to the arrangement must be written into the agreement.",
            [(H + "2-2", "Endringer i hjemmearbeidsforholdet")],
        )
    ],
    todo=[
        (
            "Ta med tilgjengelighet og oppsigelse selv om de formelt er valgfrie.",
            "Include availability and termination even though they are formally optional.",
            [
                (
                    G_AVT + "punkter-som-tas-med-i-hjemmekontoravtalen-nar-de-er-avtalt",
                    "Selv om disse punktene formelt er valgfrie",
                )
            ],
        )
    ],
    en_phrasings=["Which items are mandatory in a home-working agreement?"],
)

rule(
    "ho_utstyr_betaling",
    [
        "hvem skal betale utstyret når jeg jobber hjemme",
        "Må bedriften dekke kontorstol og PC-skjerm hjemme?",
        "må arbeidsgiver dekke utstyr til hjemmekontor",
        "hvem eier utstyret på hjemmekontoret",
        "har jeg krav på at jobben betaler internett hjemme",
    ],
    (
        "Forskriften sier ikke hvem som betaler, men hjemmekontoravtalen skal regulere eiendomsrett, drift og vedlikehold av utstyr (§ 2 første ledd, sjuende strekpunkt); betalingen må altså avtales.",
        "The regulation does not say who pays, but the home-office agreement must settle ownership, operation and maintenance of equipment (§ 2 first paragraph, seventh dash); payment must therefore be agreed.",
    ),
    [(H + "2-1", "eiendomsrett, drift og vedlikehold av utstyr"), (H_2022, "Forskriften sier fortsatt ikke")],
    en_phrasings=["Does the regulation say who pays for equipment at home?"],
)

rule(
    "ho_unntak_myndigheter",
    [
        "kreves individuelle hjemmearbeidsavtaler når helsemyndighetene ber alle jobbe hjemme",
        "hva gjelder for avtalekravet når staten ber folk holde seg hjemme",
        "gjelder kravet om hjemmekontoravtale under en pandemi",
        "trenger vi avtale når hjemmekontor er pålagt av myndighetene",
        "trengs det skriftlig avtale når staten ber folk jobbe hjemme under en pandemi",
    ],
    (
        "Nei. Når hjemmearbeidet skyldes pålegg eller anbefaling fra myndighetene, kreves ingen skriftlig hjemmekontoravtale; arbeidsgiver kan i stedet gi informasjon etter drøftinger med de tillitsvalgte.",
        "No. When home work is due to an order or recommendation from the authorities, no written home-office agreement is required; the employer may instead give information after discussions with the union representatives.",
    ),
    [(H_UNNTAK, "Fra 1. juli 2022 gjelder ikke kravet"), (H_UNNTAK, "I stedet kan arbeidsgiver gi informasjon")],
    en_phrasings=["Is there an exception to the written-agreement rule during a pandemic?"],
)

rule(
    "ho_endringer",
    [
        "Må hjemmekontoravtalen endres når ordningen endres?",
        "vi skal endre antall hjemmedager, må avtalen oppdateres",
        "har bedriften adgang til å avslutte ordningen med hjemmearbeid",
        "er det å avslutte hjemmearbeidsordningen det samme som å si meg opp",
        "kan sjefen trekke tilbake hjemmekontordagen jeg har fått",
        "vi skal gå fra to til én hjemmedag, hvordan endres avtalen",
    ],
    (
        "Først og fremst den skriftlige avtalen: hjemmekontoravtalen kan ha egne regler om retten til å endre eller si opp avtalen (§ 2 første ledd), og endringer i hjemmearbeidet skal gjenspeiles i avtalen (§ 2 andre ledd).",
        "First of all the written agreement: the home-office agreement may have its own rules on the right to change or end it (§ 2 first paragraph), and changes in the home work must be reflected in the agreement (§ 2 second paragraph).",
    ),
    [
        (H + "2-2", "Endringer i hjemmearbeidsforholdet"),
        (H + "2-1", "eventuelle bestemmelser om retten til å endre eller si opp"),
    ],
    todo=[
        (
            "En oppsigelse av hjemmekontoravtalen er ikke det samme som en oppsigelse av jobben.",
            "Terminating the home-office agreement is not the same as terminating the job.",
            [
                (
                    G_AVT + "varighet-provetid-endring-og-oppsigelse-av-avtalen",
                    "Merk at en oppsigelse av hjemmekontoravtalen",
                )
            ],
        )
    ],
    en_phrasings=["Can a home-working arrangement be ended by the employer?"],
)

rule(
    "ho_psykososialt",
    [
        "gjelder arbeidsgivers ansvar for trivsel og kontakt med kolleger også hjemme",
        "føler meg isolert på hjemmekontor, har sjefen noe ansvar",
        "har arbeidsgiver ansvar for ergonomi og arbeidsmiljø hjemme",
        "kan arbeidsgiver se bort fra ensomhet blant dem som jobber hjemme",
    ],
    (
        "Ja. Arbeidsgiver skal så langt det er praktisk mulig sørge for et forsvarlig arbeidsmiljø på hjemmekontoret, også det psykososiale, og arbeidet bør om mulig organiseres slik at du har kontakt med kolleger (hjemmekontorforskriften § 3 etter 2022).",
        "Yes. The employer must as far as practicable ensure a sound working environment at home, including the psychosocial one, and the work should where possible be organised so that you have contact with colleagues (home-office regulation § 3 after 2022).",
    ),
    [(H_PSYK, "Ved endringen i 2022 ble det presisert"), (H_PSYK, "Arbeidsgiver skal så langt det er praktisk mulig")],
    conditions=[
        (
            "Du har selv plikt til å medvirke.",
            "You must cooperate yourself.",
            [(H_PSYK, "Arbeidstakeren skal medvirke.")],
        )
    ],
    en_phrasings=["Does the employer have to care about isolation and wellbeing of remote staff?"],
)

rule(
    "ho_internkontroll",
    [
        "skal arbeidsplassen hjemme inn i internkontrollen",
        "skal risikovurderingen omfatte hjemmekontor",
        "gjelder internkontrollen for de som jobber hjemme",
        "må arbeidsgiver vurdere farene ved arbeidsplassen hjemme",
        "plikter bedriften å gå gjennom HMS-risikoen ved hjemmearbeid",
    ],
    (
        "Ja. Arbeidsgivers internkontroll og HMS-arbeid skal også omfatte arbeid i arbeidstakers hjem (hjemmekontorforskriften § 4).",
        "Yes. The employer's internal control and HSE work must also cover work in the employee's home (home-office regulation § 4).",
    ),
    [(H + "4", "Arbeidsgivers internkontrollsystem")],
    en_phrasings=["Does internal control cover employees' home workplaces?"],
)

rule(
    "ho_verneombud",
    [
        "Har verneombudet lov til å besøke hjemmearbeidsplassen min?",
        "får verneombudet komme inn i boligen min for å se på arbeidsplassen",
        "hva er verneombudets rolle ved hjemmekontor",
        "hvilken rolle har verneombudet for dem som jobber hjemmefra",
    ],
    (
        "Nei, ikke uten en særskilt avtale: verneombudet har ikke tilgang til hjemmearbeidsplassen ellers, men skal ivareta interessene til dem som jobber hjemme (hjemmekontorforskriften § 5).",
        "No, not without a special agreement: the safety representative has no access to the home workplace otherwise, but must look after home workers' interests (home-office regulation § 5).",
    ),
    [(H + "5-2", "Verneombud har ikke tilgang"), (H + "5-1", "Verneombud og arbeidsmiljøutvalg skal")],
    en_phrasings=["Does the safety representative get access to homes?"],
)

rule(
    "ho_arbeidstilsynet",
    [
        "Kan tilsynsmyndigheten komme inn i hjemmet for å se på arbeidsplassen?",
        "hvem fører tilsyn med hjemmekontorforskriften",
        "kan tilsynet pålegge bedriften å lage avtaler for dem som jobber hjemme",
        "hvem kontrollerer at arbeidsgiver følger reglene for hjemmekontor",
    ],
    (
        "Arbeidstilsynet fører tilsyn med hjemmekontorforskriften og kan gi pålegg, men har ikke tilgang til hjemmet ditt uten særskilt avtale (§ 6).",
        "Arbeidstilsynet supervises the home-office regulation and can issue orders, but has no access to your home without a special agreement (§ 6).",
    ),
    [
        (H + "6-1", "Arbeidstilsynet fører tilsyn"),
        (H + "6-2", "Arbeidstilsynet gir de pålegg"),
        (H + "6-3", "Arbeidstilsynet har ikke tilgang"),
    ],
    en_phrasings=["Who supervises the home-office regulation?"],
)

rule(
    "ho_arbeidstid_gjelder",
    [
        "gjelder overtid og hviletid på samme måte hjemme som på kontoret",
        "er det egne regler for arbeidstid når man sitter hjemme",
        "gjelder overtidsreglene når man jobber hjemme",
        "har hjemmekontor egne arbeidstidsregler",
        "hvilke endringer kom i reglene om hjemmearbeid fra sommeren 2022",
    ],
    (
        "Ja. Siden 1. juli 2022 er forskriftens egne arbeidstidsregler opphevet, så arbeidsmiljølovens kapittel 10 om arbeidstid, overtid og hvile gjelder fullt ut også på hjemmekontor.",
        "Yes. Since 1 July 2022 the regulation's own working-time rules are repealed, so chapter 10 of the Working Environment Act on working time, overtime and rest applies in full at home too.",
    ),
    [
        (H_GAMLE6, "Disse reglene ble opphevet"),
        (H_2022, "De særlige arbeidstidsreglene"),
        (H + "1-3", "Arbeidsmiljøloven gjelder med de presiseringer"),
    ],
    conditions=[
        (
            "Endringen i 2022 endret også virkeområdet, unntaket ved pålegg fra myndighetene, det psykososiale ansvaret og Arbeidstilsynets tilsyn.",
            "The 2022 change also altered the scope, the exception for orders from the authorities, the psychosocial duty and Arbeidstilsynet's supervision.",
            [(H_2022, "Arbeidsgivers ansvar for det psykososiale"), (H_2022, "Arbeidstilsynet fikk tilsynskompetanse")],
        )
    ],
    en_phrasings=["Are overtime and rest rules the same at home as at the office?"],
)

# ---------------------------------------------------------------- flexible working time
rule(
    "fleks_rett",
    [
        "sjefen vil ikke la meg endre start og slutt på arbeidsdagen",
        "kan arbeidsgiver avslå ønske om fleksitid uten grunn",
        "Har jeg rett til fleksibel arbeidstid?",
        "har lederen fritt spillerom til å si nei til fleksitid",
        "har jeg krav på fleksitid etter arbeidsmiljøloven",
        "Kan arbeidsgiver si nei til at jeg begynner tidligere og går tidligere?",
        "har alle ansatte rett på fleksibel arbeidstid",
        "må man ha jobbet en stund før man kan få fleksibel arbeidstid",
        "sjefen avslo ønsket om å justere arbeidstiden min, har han lov",
        "hva vurderer nemnda når noen krever fleksibel arbeidstid",
        "på hvilke vilkår kan jeg få tilpasset når jeg jobber",
    ],
    (
        "Ja, som hovedregel: du har rett til fleksibel arbeidstid hvis det kan gjennomføres uten vesentlig ulempe for virksomheten (arbeidsmiljøloven § 10-2 (3)), og det er i utgangspunktet arbeidsgiver som må vise en slik ulempe (nemndas veiledning); retten gjelder ikke ledende eller særlig uavhengige stillinger (§ 10-12).",
        "Yes, as a rule: you have a right to flexible working time if it can be arranged without significant inconvenience to the business (Working Environment Act section 10-2 (3)), and as a starting point it is the employer who must show such inconvenience (the board's guidance); the right does not apply to senior or especially independent positions (section 10-12).",
    ),
    [
        (A102_3, "Arbeidstaker har rett til fleksibel arbeidstid"),
        (K + "arbeidsgiver-har-bevisbyrden", "Det er arbeidsgiver som må vise"),
        (A1012, "Det betyr at retten til fleksibel arbeidstid"),
    ],
    conditions=[
        (
            "Retten krever ingen særlig grunn, men et tungtveiende behov gjør at arbeidsgiver må strekke seg lenger.",
            "The right needs no special reason, but a weighty need means the employer must go further.",
            [
                (K + "jo-tyngre-behov-jo-hoyere-terskel-for-avslag", "Retten til fleksibel arbeidstid gjelder alle"),
                (T57, "Når behovet er så tungt"),
            ],
        ),
        (
            "Ansatte i ledende eller særlig uavhengig stilling har ikke denne retten.",
            "Employees in senior or especially independent positions do not have this right.",
            [(A1012, "Det betyr at retten til fleksibel arbeidstid")],
        ),
    ],
    todo=[TODO_SKRIFTLIG, TODO_TLN],
    en_phrasings=["Do I have a right to flexible working hours?", "Is the employer free to turn down flexible hours?"],
)

rule(
    "fleks_mer_enn_fleksitid",
    [
        "er fleksibel arbeidstid det samme som glidende arbeidstid",
        "hva betyr fleksibel arbeidstid i praksis",
        "kan fleksibel arbeidstid være noe annet enn fleksitid",
        "gir loven rett til en formell ordning med plusstimer og avspasering",
    ],
    (
        "Fleksibel arbeidstid er mer enn fleksitid: retten omfatter mange former for fleksibilitet rundt arbeidstiden, for eksempel tilpasset start og slutt, gjennomsnittsberegning eller å slippe bestemte tider eller dager.",
        "Flexible working time is more than flexitime: the right covers many forms of flexibility around working time, such as adjusted start and end, averaging of hours, or avoiding certain times or days.",
    ),
    [
        (K + "fleksibel-arbeidstid-er-mer-enn-fleksitid", "Retten til fleksibel arbeidstid omfatter mange former"),
        (K + "fleksibel-arbeidstid-er-mer-enn-fleksitid", "Andre former kan være"),
    ],
    conditions=[
        (
            "Noen kommentatorer mener at man ikke uten videre kan kreve en formell fleksitidsordning.",
            "Some commentators hold that a formal flexitime scheme cannot simply be demanded.",
            [(K + "fleksibel-arbeidstid-er-mer-enn-fleksitid", "Enkelte kommentatorer mener")],
        )
    ],
    en_phrasings=["What kinds of arrangements count as flexible working time?"],
)

rule(
    "fleks_ledere",
    [
        "gjelder retten til fleksitid for ansatte med lederansvar",
        "er jeg som leder unntatt fra reglene om fleksibel arbeidstid",
        "har en avdelingssjef krav på fleksibel arbeidstid",
        "omfattes folk med personalansvar av retten til fleksibel arbeidstid",
        "som seksjonssjef, kan jeg påberope meg § 10-2 tredje ledd",
        "gjelder § 10-2 for ledende stillinger",
        "er mellomledere unntatt fra retten til fleksibel arbeidstid",
    ],
    (
        "Nei, ikke hvis du er i ledende eller særlig uavhengig stilling: da gjelder ikke retten til fleksibel arbeidstid i § 10-2 (3), mens reglene om forsvarlig arbeidstid, nattfritak og redusert arbeidstid gjelder (§ 10-12).",
        "No, not if you hold a senior or especially independent position: then the right to flexible working time in section 10-2 (3) does not apply, while the rules on sound arrangements, night-work exemption and reduced hours do (section 10-12).",
    ),
    [(A1012, "Det betyr at retten til fleksibel arbeidstid")],
    todo=[
        (
            "Ikke ta tittelen for gitt: gå gjennom med tillitsvalgt hva stillingen faktisk innebærer før du godtar at den er ledende eller særlig uavhengig.",
            "Do not take the title for granted: go through with your union representative what the post actually involves before you accept that it is senior or especially independent.",
            [
                (
                    "guide-rettigheter#ledere-i-ledende-eller-saerlig-uavhengig-stilling",
                    "ikke av stillingstittelen alene",
                )
            ],
        )
    ],
    en_phrasings=["Are senior positions excluded from flexible hours?"],
)

# what the leaders' exception leaves in force (answers11: a question on reduced hours or night work for a manager had
# only the flexitime rule's «Nei, ikke hvis du er i ledende stilling», or a quote)
rule(
    "ledere_redusert_natt",
    [
        "har ledere også rett til redusert arbeidstid",
        "gjelder unntaket for ledende stillinger retten til kortere arbeidstid",
        "kan en med personalansvar få fritak fra nattarbeid",
        "hvilke deler av paragraf 10-2 gjelder for ledere",
        "mister jeg retten til deltid fordi jeg er sjef",
        "er en ansatt i særlig uavhengig stilling unntatt fra fjerde ledd",
        "kan en avdelingsdirektør be om lavere stillingsprosent av helsegrunner",
        "omfatter lederunntaket også nattfritaket",
    ],
    (
        "Ja: unntaket for ledende og særlig uavhengige stillinger i § 10-12 gjelder ikke § 10-2 første, andre og fjerde ledd, så også ledere har rett til redusert arbeidstid og fritak fra nattarbeid på de samme vilkårene som andre; av § 10-2 er det bare retten til fleksibel arbeidstid i tredje ledd de ikke har, og resten av arbeidstidskapitlet, blant annet overtidsreglene, gjelder ikke for dem.",
        "Yes: the exception for senior and especially independent positions in section 10-12 does not reach section 10-2 first, second and fourth paragraphs, so managers too have the right to reduced hours and to exemption from night work on the same conditions as others; of section 10-2 only the right to flexible working time in the third paragraph does not apply to them, and the rest of the working-time chapter, including the overtime rules, does not apply to them either.",
    ),
    [
        (A1012, "mens reglene om forsvarlige arbeidstidsordninger"),
        (A1012, "er unntatt fra arbeidstidsreglene i kapittel 10"),
    ],
    conditions=[
        (
            "Redusert arbeidstid krever at du har fylt 62 år eller har helsemessige, sosiale eller andre vektige velferdsgrunner, og at reduksjonen kan gjennomføres uten vesentlig ulempe for virksomheten (§ 10-2 (4)).",
            "Reduced hours require that you are 62 or have health, social or other weighty welfare reasons, and that the reduction can be arranged without significant inconvenience to the business (section 10-2 (4)).",
            [(A102_4, "Arbeidstaker som har fylt 62 år")],
        )
    ],
    en_phrasings=[
        "Do managers keep the right to work reduced hours?",
        "Does the exception for senior positions take away night-work exemption too?",
        "Which parts of section 10-2 still apply to someone in a leading position?",
        "As head of a department, can I still ask to go part-time for health reasons?",
    ],
)

rule(
    "vesentlig_ulempe",
    [
        "arbeidsgiver begrunner avslaget med hensynet til driften, er det tilstrekkelig",
        "avslaget viser bare til at det ikke er praktisk for virksomheten",
        "er 'ikke hensiktsmessig' en gyldig grunn til å si nei",
        "godtar nemnda et avslag som bare sier at det skaper utfordringer",
        "lederen mener fleksitid er uheldig for arbeidsmiljøet, holder en slik begrunnelse",
        "avslaget er begrunnet med at det passer dårlig, er det nok",
        "arbeidsgiver sier bare at det blir vanskelig, holder det",
        "hvor høy er terskelen for vesentlig ulempe",
        "er en løs påstand om at driften blir vanskeligere tilstrekkelig",
        "avslaget sier bare at det passer dårlig for avdelingen, er det godt nok",
        "hva skal til for at arbeidsgiver kan nekte fleksibel arbeidstid",
        "er en generell begrunnelse nok til å avslå",
        "lederen skriver at ordningen er upraktisk, er det grunn nok til å si nei",
        "kan arbeidsgiver avslå med en vag henvisning til driftshensyn",
        "kan sjefen nekte fordi han er redd for at kollegene også vil ha samme ordning",
        "er frykten for å skape presedens en lovlig grunn til avslag",
    ],
    (
        "Nei, en generell begrunnelse holder ikke: ulempen må være konkret og forholdsvis betydelig for akkurat denne ordningen, og det er ikke nok å vise til en generell ulempe.",
        "No, a general reason is not enough: the inconvenience must be concrete and fairly substantial for this particular arrangement, and a general inconvenience does not suffice.",
    ),
    [
        (K + "ulempen-ma-vaere-konkret-og-dokumentert", "Generelle eller løse påstander"),
        (K + "ulempen-ma-vaere-konkret-og-dokumentert", "Det er ikke nok å påvise en generell ulempe"),
    ],
    conditions=[
        (
            "I TLN 93/25 var arbeidsgivers argumenter i hovedsak generelle, mens flertallet la avgjørende vekt på at fabrikken og avdelingen var store, på 31 års ansiennitet og et sterkt, dokumentert helsebehov; arbeidstakeren fikk medhold.",
            "In TLN 93/25 the employer's arguments were mainly general, while the majority gave decisive weight to the size of the factory and the department, to 31 years' service and a strong, documented health need; the employee won.",
            [(T93, "Flertallet fant at argumentene"), (T93, "Flertallet la avgjørende vekt")],
        )
    ],
    todo=[TODO_SKRIFTLIG],
    # retrieval finding the guide sections that check a refusal's reason against § 10-2 (3) confirms the rule
    # as well as the nemnd's criterion does (the criterion's own section is rarely among the first found)
    confirm=[
        K + "ulempen-ma-vaere-konkret-og-dokumentert",
        G_AVSLAG + "sjekk-om-et-avslag-pa-fleksibel-arbeidstid-holder-etter-p-10-2-3",
    ],
    en_phrasings=[
        "The employer just says it is bad for operations, is that enough?",
        "How high is the bar for refusing on operational grounds?",
        "Is worry that everyone else will ask for the same a valid ground for refusal?",
    ],
)

rule(
    "bevisbyrde",
    [
        "hvem må bevise at ordningen skaper problemer",
        "må arbeidsgiver dokumentere at fleksitid ikke går",
        "hvem av partene må dokumentere ulempene",
        "er det jeg som må vise at ordningen fungerer",
        "hvem har bevisbyrden ved avslag på fleksitid",
    ],
    (
        "Arbeidsgiver: i utgangspunktet er det arbeidsgiver som må vise at ordningen gir vesentlig ulempe, ikke du som må vise at den ikke gjør det (Tvisteløsningsnemndas veiledning om § 10-2).",
        "The employer: as a starting point it is the employer who must show that the arrangement causes significant inconvenience, not you who must show it does not (the Dispute Resolution Board's guidance on section 10-2).",
    ),
    [
        (K + "arbeidsgiver-har-bevisbyrden", "Det er arbeidsgiver som må vise"),
        (K + "arbeidsgiver-har-bevisbyrden", "Nemnda sier det slik"),
    ],
    en_phrasings=["Who has the burden of proof?"],
    # the guide section that explains the standard says it too ("arbeidsgiveren som må påvise"), and is found
    # far more often than the criterion's own section
    confirm=[
        K + "arbeidsgiver-har-bevisbyrden",
        "guide-rettigheter#hva-vesentlig-ulempe-betyr-ved-fleksibel-arbeidstid",
    ],
)

rule(
    "vikar",
    [
        "kan kostnaden ved å hente inn en erstatter begrunne et avslag",
        "kan vi si nei fordi vi sliter med å få vikarer",
        "er vikarutgifter vesentlig ulempe",
        "vi har turnus og vikarproblemer, kan vi avslå",
        "holder det at timene mine må dekkes opp av andre",
        "kan arbeidsgiver nekte fordi de da må ansette noen ekstra",
        "er det lovlig å avslå fordi noen må leies inn i mitt sted",
    ],
    (
        "Som regel ikke alene: sekundærkildene regner det å måtte bruke vikar eller omorganisere som en generell ulempe arbeidsgiver normalt må tåle, og i TLN 57/21 fikk arbeidstakeren medhold selv om arbeidsgiver viste til vikarproblemer; men i TLN 45/22 ble avslaget stående da det var vanskelig å finne vikar, med logistiske utfordringer, kostnader og større belastning på kollegene.",
        "Usually not on its own: the secondary sources treat having to use substitutes or reorganise as a general inconvenience the employer must normally accept, and in TLN 57/21 the employee won although the employer pointed to substitute problems; but in TLN 45/22 the refusal stood where substitutes were hard to find, with logistical problems, costs and a heavier load on colleagues.",
    ),
    [
        (K + "vanlige-vikarutgifter-og-omorganisering-er-som-regel-ikke-nok", "At arbeidsgiver må bruke vikar"),
        (T57, "Mindretallet mente derimot"),
        (T45, "Etter nemndas sammendrag var det vanskelig"),
    ],
    conditions=[
        (
            "Er behovet tungt, som levering i barnehage, må arbeidsgiver strekke seg lenger (TLN 57/21).",
            "With a weighty need, such as nursery drop-off, the employer must go further (TLN 57/21).",
            [(T57, "Når behovet er så tungt")],
        )
    ],
    en_phrasings=[
        "Is needing a substitute enough to refuse?",
        "Can they say no because someone would have to be hired to cover my hours?",
    ],
)

rule(
    "stillingens_art",
    [
        "Kan vi nekte fleksitid fordi noen må stå i kassa i åpningstiden?",
        "jobben krever at noen betjener publikum, kan det begrunne nei",
        "har stillingens art betydning for fleksibel arbeidstid",
        "resepsjonen må være bemannet hele dagen, kan det gi grunnlag for avslag",
    ],
    (
        "Det kan det: stillingens art teller, og der noen må være til stede for kunder eller brukere, kan det begrunne avslag, men arbeidsgiver må fortsatt vise en konkret vesentlig ulempe.",
        "It can: the nature of the post counts, and where someone must be present for customers or users, that can justify refusal, but the employer must still show a concrete significant inconvenience.",
    ),
    [(K + "stillingens-art", "Det samme kan stillinger der noen må være til stede"), (A102_3, "uten vesentlig ulempe")],
    conditions=[
        (
            "Etter en sekundærkilde (NHO) er handlingsrommet mindre i små virksomheter, og i store er en løsning lettere å finne.",
            "According to a secondary source (NHO), small businesses have less room for manoeuvre, and in large ones a solution is easier to find.",
            [(K + "virksomhetens-storrelse-og-handlingsrom", "Jo større virksomheten")],
        ),
        (
            "Etter Arbeidstilsynets veiledning skal arbeidsgiver forsøke å gjøre ulempene så små som mulig før et avslag.",
            "Under Arbeidstilsynet's guidance the employer should try to minimise the inconvenience before refusing.",
            [(K + "arbeidsgiver-skal-begrense-ulempene", "Arbeidsgiver skal også forsøke")],
        ),
    ],
    en_phrasings=["Does the nature of a customer-facing job matter?"],
)

rule(
    "storrelse",
    [
        "Har størrelsen på virksomheten betydning?",
        "vi er en stor fabrikk, kan vi nekte fritak fra skift",
        "betyr det noe hvor mange andre som allerede har tilpasset arbeidstid",
        "i en stor bedrift burde det vel være lettere å finne en løsning, teller det",
        "spiller antall ansatte inn på om de kan avslå",
        "vi er et lite team, er det lettere for arbeidsgiver å si nei",
        "betyr det noe at avdelingen bare har noen få ansatte",
    ],
    (
        "Det kan ha betydning: i TLN 93/25 la flertallet avgjørende vekt på størrelsen på fabrikken og avdelingen, slik at en løsning burde være mulig, men sammen med 31 års ansiennitet og et sterkt, dokumentert helsebehov.",
        "It can matter: in TLN 93/25 the majority gave decisive weight to the size of the factory and the department, so that a solution should be possible, but together with 31 years' service and a strong, documented health need.",
    ),
    [
        (T93, "Flertallet la avgjørende vekt"),
        (K + "virksomhetens-storrelse-og-handlingsrom", "I en stor fabrikk eller avdeling"),
    ],
    conditions=[
        (
            "At det generelt er lettere å finne en løsning jo større virksomheten eller avdelingen er, bygger på en sekundærkilde (NHO), ikke på loven eller en regel nemnda har slått fast.",
            "That a solution is generally easier to find the larger the business or department is rests on a secondary source (NHO), not on the Act or a rule the board has laid down.",
            [(K + "virksomhetens-storrelse-og-handlingsrom", "Jo større virksomheten")],
        )
    ],
    en_phrasings=["Does the size of the business matter?"],
)

rule(
    "tyngre_behov",
    [
        "Betyr det noe at jeg må hente i barnehagen?",
        "har det betydning hvor stort behovet mitt er",
        "jeg har et dokumentert helsebehov, må arbeidsgiver strekke seg lenger",
        "teller omsorg for barn når arbeidsgiver vurderer søknaden min",
    ],
    (
        "Ja: behovet ditt kreves ikke for å be om fleksibel arbeidstid, men et tungtveiende velferds- eller helsebehov gjør at arbeidsgiver må strekke seg lenger før et avslag holder (TLN 57/21; for nattarbeid TLN 87/18).",
        "Yes: no need is required to ask for flexible working time, but a weighty welfare or health need means the employer must go further before a refusal holds (TLN 57/21; for night work TLN 87/18).",
    ),
    [
        (K + "jo-tyngre-behov-jo-hoyere-terskel-for-avslag", "Men når arbeidstakeren har et tungtveiende"),
        (T57, "Når behovet er så tungt"),
        (T87, "Nemnda uttrykte det slik"),
    ],
    conditions=[
        (
            "Ved alvorlig helserisiko er terskelen høy, men konkrete organisatoriske ulemper kan likevel være nok (HR-2024-423-A, om fritak fra nattarbeid).",
            "With a serious health risk the threshold is high, but concrete organisational inconvenience can still suffice (HR-2024-423-A, on exemption from night work).",
            [(HR, "Ved alvorlige, potensielt livstruende helseplager")],
        )
    ],
    todo=[TODO_TLN],
    en_phrasings=["Does my childcare need count?"],
)

rule(
    "tidligere_praksis",
    [
        "ny leder vil fjerne fleksitiden jeg har hatt i mange år, kan han det",
        "vi har hatt fleksitid lenge uten problemer, kan den tas bort",
        "Har jeg en sak når ordningen har fungert i mange år?",
        "ordningen har gått fint lenge, men nå vil arbeidsgiver stoppe den",
        "betyr det noe at vi har hatt denne ordningen før",
    ],
    (
        "Ja, det styrker saken din: har ordningen fungert før uten dokumenterte problemer, står en påstand om vesentlig ulempe svakt (TLN 92/23).",
        "Yes, it strengthens your case: if the arrangement has worked before without documented problems, a claim of significant inconvenience is weak (TLN 92/23).",
    ),
    [
        (K + "tidligere-praksis-svekker-arbeidsgivers-argumenter", "Har ordningen, eller en lignende ordning"),
        (T92, "Arbeidstakeren hadde i praksis jobbet med fleksitid i 20 år"),
    ],
    todo=[TODO_SKRIFTLIG, TODO_TLN],
    en_phrasings=["Does a long period without problems weaken a refusal?"],
)

rule(
    "tidspunkt",
    [
        "Når bør jeg søke om endret arbeidstid?",
        "hjelper det å søke før turnusen legges",
        "hvor lang tid får arbeidsgiver til å vurdere søknaden",
        "lønner det seg å søke før turnusen for neste år lages",
        "sjefen sier jeg søkte for sent til at de rekker å planlegge, teller det",
    ],
    (
        "Søk gjerne i god tid: etter en sekundærkilde (NHO), ikke loven eller et vedtak, teller det i din favør å søke før turnus eller timeplaner er lagt, og arbeidsgiver skal få rimelig tid til å vurdere søknaden og tilpasse driften.",
        "Apply early if you can: according to a secondary source (NHO), not the Act or a decision, applying before rotas or timetables are set counts in your favour, and the employer should get reasonable time to assess the request and adapt.",
    ),
    [
        (K + "tidspunkt-og-planlegging", "Det teller i arbeidstakerens favør"),
        (K + "tidspunkt-og-planlegging", "Samtidig må arbeidsgiver"),
    ],
    en_phrasings=["When should I apply for changed hours?"],
)

rule(
    "alternativ_tilbud",
    [
        "kan bedriften avslå fordi den har foreslått en annen jobb til den ansatte",
        "arbeidsgiver tilbyr dagstilling på land i stedet for nattfritak",
        "teller et alternativt tilbud fra arbeidsgiver",
        "sjefen foreslo en annen løsning enn den jeg ba om, hva betyr det",
        "må jeg godta et kompromiss arbeidsgiver tilbyr",
    ],
    (
        "Det teller, men er ikke nok alene: et tilbud om annet arbeid tas med i vurderingen av vesentlig ulempe, men fjerner ikke retten til å bli i stillingen (HR-2024-423-A, en sak om fritak fra nattarbeid).",
        "It counts but is not enough on its own: an offer of other work is part of the inconvenience assessment, but does not remove the right to stay in the post (HR-2024-423-A, a case on exemption from night work).",
    ),
    [
        (HR, "Et tilbud om annet arbeid slår ikke retten bort"),
        (K + "tilbud-om-alternative-ordninger-teller-med", "Tilbudet fjerner likevel ikke retten"),
    ],
    en_phrasings=["Does an offer of other work count in the assessment?"],
)

rule(
    "tidsbegrenset",
    [
        "gjelder ordningen nemnda gir meg for alltid",
        "får man ordningen varig hvis man vinner i nemnda",
        "er vedtaket fra nemnda for alltid",
        "gir nemnda fleksitid for en bestemt periode",
    ],
    (
        "Normalt for en bestemt periode, ofte rundt to år etter vår lesning av vedtakene; deretter må behov og ulemper eventuelt vurderes på nytt.",
        "Normally for a set period, often about two years on our reading of the decisions; after that need and inconvenience may have to be assessed again.",
    ),
    [
        (K + "ordningen-blir-tidsbegrenset", "Når nemnda gir arbeidstakeren medhold"),
        (T92, "Utfall: Arbeidstakeren fikk medhold, med en ordning som gjelder i to år"),
    ],
    conditions=[
        (
            "At perioden ofte er rundt to år, er vår lesning, ikke en regel.",
            "That the period is often about two years is our reading, not a rule.",
            [(K + "ordningen-blir-tidsbegrenset", "Merk: at perioden ofte er rundt to år")],
        )
    ],
    en_phrasings=["Are board decisions usually time-limited?"],
)

# ---------------------------------------------------------------- reduced working time and night work
rule(
    "redusert_rett",
    [
        "gir loven meg mulighet til å jobbe færre timer",
        "kan jeg kreve å gå ned i stilling",
        "hvem har rett til å jobbe deltid etter loven",
        "kan jeg gå ned til fire dagers uke",
        "kan jeg få lavere stillingsprosent hvis jeg ønsker det",
    ],
    (
        "Ja, hvis du har fylt 62 år eller har helsemessige, sosiale eller andre vektige velferdsgrunner, og reduksjonen kan gjennomføres uten vesentlig ulempe for virksomheten (arbeidsmiljøloven § 10-2 (4)).",
        "Yes, if you are 62 or older or have health, social or other weighty welfare reasons, and the reduction can be arranged without significant inconvenience to the business (section 10-2 (4)).",
    ),
    [(A102_4, "Arbeidstaker som har fylt 62 år")],
    conditions=[
        (
            "Grunnlaget må kunne dokumenteres; helsegrunner krever legeattest, og sykdom som kan avhjelpes med sykmelding gir ikke rett.",
            "The ground must be documented; health grounds need a medical certificate, and illness that sick leave can deal with gives no right.",
            [
                (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Helsemessige grunner"),
                (
                    K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid",
                    "Sykdom som kan avhjelpes med sykmelding",
                ),
            ],
        ),
        (
            "Etter den avtalte perioden har du rett til å gå tilbake til tidligere arbeidstid.",
            "After the agreed period you may return to your previous hours.",
            [(A102_4, "Når avtalt periode med redusert arbeidstid er over")],
        ),
    ],
    todo=[TODO_TLN],
    en_phrasings=["Do I have a right to reduced working hours?"],
)

rule(
    "redusert_62",
    [
        "seniorarbeidstaker vil redusere stillingen, trenger hun en grunn",
        "får en 62-åring automatisk kortere arbeidstid",
        "eldre arbeidstaker ønsker fri én dag i uka, har hun krav på det",
        "Jeg har passert 62, kan jeg kreve lavere stillingsprosent?",
        "gir alder alene rett til å jobbe mindre",
        "har seniorer rett til kortere arbeidstid",
    ],
    (
        "Ja: har du fylt 62 år, har du rett til redusert arbeidstid uten annen begrunnelse, hvis det kan gjennomføres uten vesentlig ulempe for virksomheten (§ 10-2 (4)).",
        "Yes: from age 62 you have a right to reduced working time without further reasons, if it can be arranged without significant inconvenience to the business (section 10-2 (4)).",
    ),
    [
        (A102_4, "Arbeidstaker som har fylt 62 år"),
        (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Fylt 62 år"),
    ],
    todo=[TODO_TLN],
    en_phrasings=["Does turning 62 give me a right to shorter hours?", "Does age alone give a right to fewer hours?"],
)

rule(
    "redusert_smabarn",
    [
        "har jeg krav på redusert arbeidstid fordi jeg har små barn",
        "må foreldre til små barn begrunne ønsket om kortere arbeidstid",
        "har en far med to barn i barnehagen krav på å jobbe 80 prosent",
        "har foreldre med barn under ti år rett til redusert arbeidstid",
        "hva må jeg dokumentere for å få redusert arbeidstid som forelder",
        "må jeg forklare hvorfor jeg vil jobbe mindre når barna går i barnehagen",
        "småbarnsforelder, har jeg rett til å gå ned i tid",
        "barna mine går i småskolen, kan jeg kreve redusert stilling",
    ],
    (
        "Ja, som hovedregel: foreldre med barn under 10 år regnes etter forarbeidene å ha behov for redusert arbeidstid uten å måtte begrunne det nærmere, men reduksjonen kan nektes ved vesentlig ulempe (§ 10-2 (4)).",
        "Yes, as a rule: parents of children under 10 are regarded by the preparatory works as needing reduced hours without further reasons, but the reduction can be refused for significant inconvenience (section 10-2 (4)).",
    ),
    [
        (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Andre vektige velferdsgrunner"),
        (A102_4, "Arbeidstaker som har fylt 62 år"),
    ],
    todo=[TODO_TLN],
    en_phrasings=["Are parents of children under ten presumed to need reduced hours?"],
)

rule(
    "redusert_sosial_helse",
    [
        "Kan jeg få kortere arbeidstid fordi mor trenger pleie?",
        "har jeg rett til redusert arbeidstid av helsegrunner",
        "syk ektefelle, kan jeg gå ned i stilling",
        "hva regnes som sosiale grunner for redusert arbeidstid",
        "trenger jeg legeattest for å få redusert arbeidstid",
        "barnet mitt har en diagnose og trenger tett oppfølging, kan jeg jobbe mindre",
        "jeg har en kronisk sykdom, har jeg krav på lavere stillingsprosent",
        "kan jeg gå ned i stilling for å følge opp et barn med spesielle behov",
    ],
    (
        "Ja, omsorg for en pleietrengende forelder, syk ektefelle eller barn med funksjonsnedsettelse er sosiale grunner, og egen sykdom dokumentert med legeattest er helsegrunner for redusert arbeidstid, hvis det ikke gir vesentlig ulempe (§ 10-2 (4)).",
        "Yes, caring for a parent in need of care, a sick spouse or a disabled child are social grounds, and your own illness documented by a medical certificate is a health ground for reduced hours, unless it causes significant inconvenience (section 10-2 (4)).",
    ),
    [
        (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Sosiale grunner"),
        (A102_4, "Arbeidstaker som har fylt 62 år"),
    ],
    conditions=[
        (
            "Sykdom som kan avhjelpes med sykmelding, gir ikke rett; lang reisevei og fritidsaktiviteter er heller ikke nok.",
            "Illness that sick leave can deal with gives no right; long commutes and leisure activities are not enough either.",
            [
                (
                    K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid",
                    "Sykdom som kan avhjelpes med sykmelding",
                ),
                (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Lang reisevei"),
            ],
        )
    ],
    todo=[TODO_TLN],
    en_phrasings=["Can I reduce my hours to care for a sick parent?"],
)

# reasons that do not count: a long commute, leisure, political work (the nemnd's practice on § 10-2 (4))
rule(
    "reisevei",
    [
        "gir lang reisevei rett til redusert arbeidstid",
        "teller pendling som en velferdsgrunn",
        "jeg har lang vei til jobben, kan jeg få kortere arbeidsdager av den grunn",
        "er fritidsaktiviteter god nok grunn til å jobbe mindre",
        "kan jeg få redusert stilling for å ha tid til politisk arbeid",
        "har jeg krav på firedagersuke fordi jeg bor langt unna arbeidsplassen",
    ],
    (
        "Nei, normalt ikke: lang reisevei, fritidsaktiviteter og politisk arbeid regnes etter veiledningen om § 10-2 (4) ikke som helsemessige, sosiale eller andre vektige velferdsgrunner som gir rett til redusert arbeidstid.",
        "Normally not: under the guidance on section 10-2 (4) a long commute, leisure activities and political work are not health, social or other weighty welfare reasons that give a right to reduced working time.",
    ),
    [
        (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Lang reisevei"),
        (A102_4, "Arbeidstaker som har fylt 62 år"),
    ],
    conditions=[
        (
            "Har du fylt 62 år, har du barn under 10 år eller omsorg for en pleietrengende, eller egen sykdom, kan du likevel ha rett, men da på det grunnlaget.",
            "If you are 62 or older, have children under 10, care for someone in need of care or are ill yourself, you may still have the right, but on that ground.",
            [
                (A102_4, "Arbeidstaker som har fylt 62 år"),
                (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Andre vektige velferdsgrunner"),
            ],
        )
    ],
    todo=[
        (
            "Be heller om fleksibel arbeidstid, for eksempel for å unngå rushtiden: den retten har ingen slike inngangsvilkår.",
            "Ask for flexible working time instead, for example to avoid the rush hour: that right has no such entry conditions.",
            [
                (K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid", "Retten til fleksibel arbeidstid"),
                (A102_3, "Arbeidstaker har rett til fleksibel arbeidstid"),
            ],
        )
    ],
    en_phrasings=[
        "Does a long commute give me a right to reduced hours?",
        "Is travel time a welfare reason for going part-time?",
    ],
)

rule(
    "redusert_plassering",
    [
        "hvem avgjør om reduksjonen tas ut som kortere dager eller en fri dag",
        "hvem velger fridagene når stillingen reduseres",
        "ønsker fri fredager i den reduserte stillingen, kan sjefen legge fridagen et annet sted",
        "hvem bestemmer hvordan reduksjonen legges",
        "kan arbeidsgiver bestemme hvilke ukedager jeg jobber redusert",
        "får arbeidstakeren styre hvordan den reduserte tiden fordeles over uka",
    ],
    (
        "Plasseringen kan også prøves: nemnda har latt arbeidstakerens ønskede dager stå der arbeidsgiver ikke kunne vise at de ga vesentlig ulempe (TLN 23/11).",
        "The placement can be tried too: the board let the employee's chosen days stand where the employer could not show they caused significant inconvenience (TLN 23/11).",
    ),
    [
        (T23, "Saken viser at også plasseringen"),
        (K + "hvordan-reduksjonen-legges-kan-proves", "Nemnda har latt arbeidstakerens ønskede plassering"),
    ],
    en_phrasings=["Who decides how a reduction in hours is placed?"],
)

rule(
    "redusert_tilbake",
    [
        "Kan jeg gå tilbake til full stilling etter redusert arbeidstid?",
        "har jeg fortrinnsrett til å øke stillingen igjen",
        "hva skjer når perioden med redusert arbeidstid er over",
        "har jeg krav på å få tilbake hele stillingen etter en periode med redusert tid",
        "når perioden med lavere stillingsprosent er over, kan jeg gå opp igjen",
    ],
    (
        "Ja: når den avtalte perioden er over, har du rett til å gå tilbake til tidligere arbeidstid, og under ellers like forhold fortrinnsrett til å øke arbeidstiden når en stilling med helt eller i det vesentlige de samme arbeidsoppgavene blir ledig (§ 10-2 (4)).",
        "Yes: when the agreed period ends you may return to your previous hours, and other things being equal you have a preference to increase your hours when a post with wholly or essentially the same duties becomes vacant (section 10-2 (4)).",
    ),
    [(A102_4, "Når avtalt periode med redusert arbeidstid er over"), (A102_4, "Under ellers like forhold")],
    conditions=[
        (
            "Fortrinnsrett etter §§ 14-2 og 14-3 (blant annet for oppsagte og for deltidsansatte) går foran denne fortrinnsretten.",
            "A preference under sections 14-2 and 14-3 (among others for dismissed and for part-time staff) ranks before this one.",
            [(A102_4, "Fortrinnsrett etter §§ 14-2 og 14-3 går foran")],
        )
    ],
    en_phrasings=["Can I go back to full time after reduced hours?"],
)

rule(
    "sykmelding_4_6",
    [
        "kan nemnda pålegge arbeidsgiver å gi meg kortere dager mens jeg kommer tilbake fra sykdom",
        "delvis sykmeldt og vil trappe opp gradvis, kan tvisteløsningsnemnda hjelpe",
        "tilpasset arbeidstid etter sykefravær, hvilken regel gjelder",
        "har arbeidsgiver plikt til å tilrettelegge etter sykdom",
        "kan jeg få tilrettelegging etter langtidssykmelding",
    ],
    (
        "Nei, ikke gjennom nemnda: tilpasning av arbeidstiden etter sykdom er arbeidsgivers tilretteleggingsplikt etter arbeidsmiljøloven § 4-6, og Tvisteløsningsnemnda kan ikke avgjøre slike tvister (TLN 02/21).",
        "Not through the board: adapting working hours after illness is the employer's duty to adapt under section 4-6, and the Dispute Resolution Board cannot decide such disputes (TLN 02/21).",
    ),
    [
        (T02, "Tvisteløsningsnemnda har ikke myndighet"),
        (A46, "Tvisteløsningsnemnda kan ikke avgjøre tvister om tilrettelegging"),
    ],
    conditions=[
        (
            "Arbeidsgiver skal så langt mulig tilrettelegge, også med tilpasset arbeidstid, under og etter sykmelding.",
            "The employer must adapt as far as possible, including adjusted hours, during and after sick leave.",
            [(A46, "Tilrettelegging under og etter sykmelding")],
        ),
        (
            "Har du et varig behov (for eksempel helsegrunner dokumentert med legeattest), kan et krav om redusert arbeidstid etter § 10-2 (4) likevel gå til nemnda.",
            "If your need is lasting (e.g. health grounds documented by a doctor), a claim for reduced hours under section 10-2 (4) can still go to the board.",
            [(A102_4, "Arbeidstaker som har fylt 62 år")],
        ),
    ],
    todo=[
        (
            "Ta tilretteleggingen opp med arbeidsgiver, gjerne med tillitsvalgt eller verneombud, i oppfølgingen av sykmeldingen.",
            "Raise the adaptation with the employer, preferably with your union or safety representative, in the sick-leave follow-up.",
            [(A46, "Slike spørsmål tas opp med arbeidsgiver")],
        )
    ],
    en_phrasings=["Whose duty is it to adapt my job after illness?"],
)

rule(
    "natt_fritak",
    [
        "har jeg rett til å slippe nattskift av helsemessige grunner",
        "legen sier nei til nattevakter, kan jeg slippe",
        "har nattarbeidere rett til å slippe nattskift",
        "kan en nattevakt få fritak av helsegrunner",
    ],
    (
        "Ja, hvis du jobber regelmessig om natten og har helsemessige, sosiale eller andre vektige velferdsgrunner, og fritaket kan gjennomføres uten vesentlig ulempe for virksomheten (§ 10-2 (2)).",
        "Yes, if you regularly work at night and have health, social or other weighty welfare reasons, and the exemption can be arranged without significant inconvenience to the business (section 10-2 (2)).",
    ),
    [(A102_2, "Arbeidstaker som regelmessig arbeider om natten")],
    conditions=[
        (
            "Tunge helsebehov stiller strengere krav til ulempene arbeidsgiver må vise (TLN 87/18), men konkrete organisatoriske ulemper kan likevel være nok (HR-2024-423-A).",
            "Weighty health needs raise the bar for the employer (TLN 87/18), but concrete organisational inconvenience can still suffice (HR-2024-423-A).",
            [
                (T87, "Når arbeidstakeren har tunge helsemessige"),
                (HR, "Likevel var de konkrete organisatoriske ulempene"),
            ],
        )
    ],
    todo=[TODO_TLN],
    en_phrasings=[
        "Is there a right to stop night shifts for health reasons?",
        "Can a night worker be taken off nights on medical advice?",
    ],
)

# ---------------------------------------------------------------- overtime, working time and rest
rule(
    "overtid_grenser",
    [
        "hva er grensen for overtid i løpet av sju dager",
        "finnes det et tak på antall overtidstimer",
        "hvor mange timer overtid er lov i uka",
        "hva er maks overtid i året",
        "overtidsgrensene i arbeidsmiljøloven",
    ],
    (
        "Overtid kan ikke overstige 10 timer per sju dager, 25 timer per fire uker eller 200 timer per 52 uker (§ 10-6 (4)).",
        "Overtime may not exceed 10 hours per seven days, 25 hours per four weeks or 200 hours per 52 weeks (section 10-6 (4)).",
    ),
    [(A106 + "4", "Overtid kan ikke overstige 10 timer")],
    conditions=[
        (
            "Overtid er bare lov ved et særlig og tidsavgrenset behov.",
            "Overtime is only allowed for an exceptional, time-limited need.",
            [(A106 + "1", "Overtid er bare tillatt")],
        ),
        (
            "Med tariffavtale kan grensene avtales høyere, og Arbeidstilsynet kan gi tillatelse til mer.",
            "With a collective agreement the limits can be raised by agreement, and Arbeidstilsynet can allow more.",
            [(A106 + "5", "I virksomhet som er bundet av tariffavtale"), (A106 + "6", "Arbeidstilsynet kan tillate")],
        ),
    ],
    en_phrasings=["What are the statutory overtime caps?"],
)

rule(
    "overtid_vilkaar",
    [
        "Når kan arbeidsgiver pålegge overtid?",
        "må arbeidsgiver ha grunn for å be om overtid",
        "er overtid alltid lov",
        "kan arbeidsgiver pålegge overtid bare fordi det er travelt",
    ],
    (
        "Bare ved et særlig og tidsavgrenset behov (§ 10-6 (1)).",
        "Only for an exceptional and time-limited need (section 10-6 (1)).",
    ),
    [(A106 + "1", "Overtid er bare tillatt")],
    en_phrasings=["When can the employer order overtime?"],
)

rule(
    "overtid_tariff",
    [
        "Kan en tariffbundet bedrift avtale mer overtid med tillitsvalgte?",
        "kan tillitsvalgte avtale utvidet overtid",
        "hvor mye overtid kan avtales med tariffavtale",
        "kan tillitsvalgte avtale mer overtid enn loven tillater",
        "gir tariffavtalen rom for flere overtidstimer i uka",
    ],
    (
        "Ja: i virksomhet med tariffavtale kan arbeidsgiver og tillitsvalgte skriftlig avtale inntil 20 timer per sju dager, 50 timer per fire uker og 300 timer per 52 uker (§ 10-6 (5)).",
        "Yes: in a business bound by a collective agreement, employer and union representatives may agree in writing up to 20 hours per seven days, 50 per four weeks and 300 per 52 weeks (section 10-6 (5)).",
    ),
    [(A106 + "5", "I virksomhet som er bundet av tariffavtale")],
    en_phrasings=["Can we agree more overtime with the union?"],
)

rule(
    "samlet_arbeidstid",
    [
        "hvor mange timer i døgnet kan man maksimalt jobbe",
        "hva er maks arbeidstid per døgn",
        "hva er øvre grense for samlet ukentlig arbeidstid inkludert overtid",
        "hvor lenge kan en arbeidsdag vare når overtiden regnes med",
    ],
    (
        "Samlet arbeidstid kan ikke overstige 13 timer per døgn eller 48 timer per sju dager (§ 10-6 (8)).",
        "Total working time may not exceed 13 hours per 24 hours or 48 hours per seven days (section 10-6 (8)).",
    ),
    [(A106 + "8", "Samlet arbeidstid")],
    conditions=[
        (
            "Grensen på 48 timer per sju dager kan etter kildegrunnlaget beregnes som et gjennomsnitt over åtte uker.",
            "The limit of 48 hours per seven days may, according to the sources, be averaged over eight weeks.",
            [(A106 + "8", "Grensen på 48 timer kan")],
        )
    ],
    en_phrasings=["Is there a daily maximum for total working time?"],
)

rule(
    "overtid_fritak",
    [
        "har jeg rett til å si nei til overtid fordi jeg har syke foreldre å ta meg av",
        "kan jeg avslå ekstra vakter på grunn av omsorgsoppgaver hjemme",
        "slipper jeg overtid når jeg har en syk ektefelle",
        "må jeg ta ekstra timer når jeg har pleieansvar for en syk mor",
        "ryggen min tåler ikke lange dager, kan jeg slippe overtid",
        "deltidsansatt, kan jeg slippe ekstravakter",
        "har jeg rett til å slippe merarbeid",
        "hvem avgjør tvist om fritak fra overtid",
        "er jeg forpliktet til å jobbe mer enn stillingsprosenten min når helsa ikke tåler det",
        "kan jeg slippe overtid når arbeidet kan utsettes uten skade",
        "må jeg ta overtiden når en kollega kan gjøre jobben i stedet",
    ],
    (
        "Ja: du skal etter eget ønske fritas fra arbeid utover avtalt arbeidstid, også merarbeid for deltidsansatte, når helse eller vektige sosiale grunner tilsier det, og ellers når arbeidet kan utsettes eller gjøres av andre uten skade (§ 10-6 (10)); tvister avgjøres av Tvisteløsningsnemnda.",
        "Yes: at your request you are to be exempted from work beyond your agreed hours, including extra hours for part-timers, when health or weighty social reasons call for it, and otherwise when the work can be postponed or done by others without harm (section 10-6 (10)); disputes go to the Dispute Resolution Board.",
    ),
    [
        (A106 + "10", "Arbeidstaker skal etter eget ønske fritas"),
        (A106 + "10", "Tvisteløsningsnemnda beskriver retten"),
    ],
    conditions=[
        (
            "Nemnda avgjør tvister om fritak fra overtid.",
            "The board decides disputes about overtime exemption.",
            [(A1013, "§ 10-6 tiende ledd")],
        )
    ],
    todo=[TODO_TLN],
    en_phrasings=[
        "Do caring duties excuse me from working beyond my agreed hours?",
        "Are part-timers protected against extra shifts for health reasons?",
        "Is there a right to be excused from extra hours for weighty social reasons?",
    ],
)

rule(
    "arbeidstid_definisjon",
    [
        "Hva er arbeidstid?",
        "teller det som arbeidstid å svare på mail hjemme",
        "er det arbeidstid når sjefen forventer at jeg er tilgjengelig",
        "er det arbeidstid når jeg leser jobbmeldinger i spisepausen",
        "regnes tid der jeg må være tilgjengelig på telefon som arbeid",
    ],
    (
        "Arbeidstid er all tid du står til disposisjon for arbeidsgiver, også hjemme (§ 10-1 (1)); tid du ikke står til disposisjon, er arbeidsfri.",
        "Working time is all time you are at the employer's disposal, at home too (section 10-1 (1)); time not at the employer's disposal is time off.",
    ),
    [(A101_1, "Med arbeidstid menes"), (A101_2, "Med arbeidsfri menes")],
    en_phrasings=["Is time on call at home working time?"],
)

rule(
    "koble_fra",
    [
        "kan jeg la være å svare på jobbmail om kvelden",
        "har jeg lov til å være offline etter arbeidstid",
        "er jeg forpliktet til å ta telefonen fra sjefen på fridagen",
        "må jeg følge med på Teams etter at jeg har logget ut",
        "har jeg rett til å være utilgjengelig etter arbeidstid",
        "kan jeg skru av jobbtelefonen når arbeidsdagen er slutt",
        "finnes det en rett til å koble fra jobben",
        "må jeg være tilgjengelig på telefon etter arbeidstid",
        "kan sjefen forvente svar på e-post i helgene",
        "må jeg lese jobbmeldinger etter at jeg har gått for dagen",
    ],
    (
        "Det finnes ingen uttrykkelig rett til å koble fra i norsk lov, men tid du står til disposisjon er arbeidstid (§ 10-1), og reglene om hvile og nattarbeid setter grenser.",
        "Norwegian law has no express right to disconnect, but time at the employer's disposal is working time (section 10-1), and the rest and night-work rules set limits.",
    ),
    [(A101_1, "Med arbeidstid menes"), (A108 + "1", "Arbeidstaker skal ha minst 11 timer")],
    todo=[
        (
            "Avtal i hjemmekontoravtalen når du skal være tilgjengelig, og når du ikke skal være det.",
            "Agree in the home-office agreement when you must be available, and when not.",
            [(G_AVT + "kjernetid-tilgjengelighet-og-responstid-i-avtalen", "Like viktig er det å skrive")],
        )
    ],
    en_phrasings=[
        "Must I answer work emails in the evening?",
        "Does Norwegian law protect time off from work messages?",
    ],
)

rule(
    "hvile",
    [
        "sluttet sent i går kveld, når er det tidligst lov å starte igjen",
        "hvor mange timer fri må jeg ha før neste arbeidsdag starter",
        "logget av ved midnatt, kan jeg være på morgenmøtet kl 8",
        "hvor mye sammenhengende fritid skal det være mellom to vakter",
        "når kan jeg begynne dagen etter hvis jeg jobbet sent kvelden før",
        "hvor lang hviletid skal det være mellom arbeidsdagene",
        "hvor mange timers pause må det være mellom to arbeidsøkter",
        "gjelder 11 timers hvile på hjemmekontor",
        "hvor mye hvile skal man ha mellom arbeidsdagene",
        "hvor lang ukehvile har jeg krav på",
        "jobbet langt ut på natta i går, hvor sent må jeg møte i dag",
    ],
    (
        "Du skal ha minst 11 timer sammenhengende arbeidsfri per døgn og 35 timer sammenhengende per sju dager (§ 10-8 (1) og (2)), også på hjemmekontor: slutter du kl. 23, kan du normalt ikke begynne før kl. 10.",
        "You must have at least 11 consecutive hours off per 24 hours and 35 consecutive hours per seven days (section 10-8 (1) and (2)), at home too: if you stop at 23.00 you normally cannot start before 10.00.",
    ),
    [(A108 + "1", "Arbeidstaker skal ha minst 11 timer"), (A108 + "2", "Arbeidstaker skal ha 35 timer")],
    conditions=[
        (
            "Tariffbundne virksomheter kan avtale kortere hvile mot kompenserende hvile, men aldri under 8 timer.",
            "Tariff-bound businesses may agree shorter rest with compensatory rest, but never below 8 hours.",
            [(A108 + "3", "Den daglige arbeidsfrie perioden")],
        )
    ],
    en_phrasings=[
        "I worked until late last night, when may I start today?",
        "How much rest must I have between working days?",
    ],
)

rule(
    "kveld_21_23",
    [
        "er nattarbeid på hjemmekontor lov når arbeidet krever det",
        "gjelder forbudet mot nattarbeid også når jeg sitter hjemme",
        "kan arbeidsgiver la meg jobbe etter klokka ni om kvelden hjemmefra",
        "er det lov å logge på jobben igjen sent på kvelden",
        "Kan jeg ta igjen arbeid sent på kvelden når barna sover?",
        "er det lov å jobbe mellom 21 og 23 hjemme",
        "trenger vi avtale for at ansatte skal jobbe om kvelden etter kl 21",
        "kan sjefen pålegge meg å svare på henvendelser til kl 22",
    ],
    (
        "Arbeid etter kl. 21 er nattarbeid og trenger et grunnlag: at arbeidets art gjør det nødvendig (§ 10-11 (2)), en skriftlig avtale om at du på eget initiativ kan jobbe mellom kl. 21 og 23 (§ 10-11 (3)), eller en avtale mellom tariffbundne parter (§ 10-11 (4)).",
        "Work after 21.00 is night work and needs a basis: the nature of the work (section 10-11 (2)), a written agreement that you may work 21-23 on your own initiative (section 10-11 (3)), or an agreement by tariff-bound parties (section 10-11 (4)).",
    ),
    [
        (A1011 + "1", "Også kveldsarbeid hjemme etter kl. 21"),
        (A1011 + "3", "Arbeidsgiver og arbeidstaker kan inngå skriftlig avtale"),
        (A1011 + "2", "Nattarbeid er ikke tillatt"),
        (A1011 + "4", "Arbeidsgiver og arbeidstakernes tillitsvalgte"),
    ],
    conditions=[
        (
            "Hvilereglene gjelder også da: minst 11 timer sammenhengende fri.",
            "The rest rules still apply: at least 11 consecutive hours off.",
            [(A108 + "1", "Arbeidstaker skal ha minst 11 timer")],
        )
    ],
    en_phrasings=["Is working late in the evening allowed by agreement?"],
)

rule(
    "arbeidsplan",
    [
        "har tillitsvalgte rett til å bli hørt før vaktplanen endres",
        "må arbeidsplanen lages sammen med de tillitsvalgte",
        "hvor tidlig skal ny arbeidsplan drøftes",
        "må arbeidsplanen drøftes med de tillitsvalgte",
        "har de ansatte krav på å vite arbeidsplanen i god tid",
    ],
    (
        "Ja: arbeidsplanen skal lages i samarbeid med de tillitsvalgte og, hvis tariffavtalen ikke sier noe annet, drøftes med dem så tidlig som mulig og senest to uker før den tas i bruk (§ 10-3).",
        "Yes: the work schedule must be drawn up together with the union representatives and, unless the collective agreement says otherwise, discussed with them as early as possible and at least two weeks before it starts (section 10-3).",
    ),
    [(A103, "Arbeidsplanen skal utarbeides"), (A103, "Dersom ikke annet fremgår av tariffavtale")],
    en_phrasings=["How early must a new work schedule be discussed?"],
)

rule(
    "forsvarlig_10_2_1",
    [
        "Må arbeidstidsordningen være forsvarlig?",
        "kan jeg klage til nemnda på at turnusen er helseskadelig",
        "hvem kontrollerer at arbeidstiden ikke er belastende",
        "vaktplanen sliter meg ut, finnes det et krav om at arbeidstiden skal være forsvarlig",
        "kan jeg klage til nemnda fordi arbeidstidsordningen er belastende",
    ],
    (
        "Ja: arbeidstidsordninger skal ikke gi uheldige fysiske eller psykiske belastninger (§ 10-2 (1)), men det er ikke en sak for Tvisteløsningsnemnda, som bare avgjør tvister etter § 10-2 andre, tredje og fjerde ledd og § 10-6 tiende ledd.",
        "Yes: working-time arrangements must not cause harmful physical or mental strain (section 10-2 (1)), but that is not a case for the Dispute Resolution Board, which decides only disputes under section 10-2 second to fourth paragraphs and 10-6 tenth paragraph.",
    ),
    [(A102_1, "Arbeidstidsordninger skal være slik"), (A1013, "Tvist mellom arbeidsgiver og arbeidstaker")],
    todo=[
        (
            "Ta det opp med verneombud og tillitsvalgt, som kan løfte belastningen i virksomheten.",
            "Raise it with the safety and union representatives, who can take the strain up within the business.",
            [(G_AVSLAG + "tillitsvalgt-og-verneombud-som-stotte-etter-et-avslag", "Verneombudet skal blant annet")],
        )
    ],
    en_phrasings=["Must the working time arrangement be safe?"],
)

# ---------------------------------------------------------------- the nemnd: competence, deadlines, procedure
rule(
    "tln_kompetanse",
    [
        "hva slags saker kan tvisteløsningsnemnda avgjøre",
        "hvilke typer uenighet om arbeidstid kan nemnda ta stilling til",
        "hvilke spørsmål kan tvisteløsningsnemnda ta stilling til",
        "hvilke saker behandler nemnda",
        "hører en tvist om fleksitid under nemnda eller arbeidstilsynet",
    ],
    (
        "Tvisteløsningsnemnda avgjør tvister om fritak fra nattarbeid, fleksibel arbeidstid og redusert arbeidstid (§ 10-2 andre, tredje og fjerde ledd) og om fritak fra overtid (§ 10-6 tiende ledd), jf. § 10-13; krav om hjemmekontor, tilrettelegging etter sykdom og diskriminering hører ikke under nemnda.",
        "The Dispute Resolution Board decides disputes on night-work exemption, flexible and reduced working time (section 10-2 second, third and fourth paragraphs) and overtime exemption (section 10-6 tenth paragraph), cf. section 10-13; home-office claims, adaptation after illness and discrimination are not for the board.",
    ),
    [(A1013, "Tvist mellom arbeidsgiver og arbeidstaker"), (T77, "Avvist 24.08.2023")],
    confirm=[A1013],  # TLN 77/23 ranks high for any question about the nemnd: it must not confirm this rule
    conditions=[
        (
            "Krav om hjemmekontor, tilrettelegging etter sykdom (§ 4-6) og diskriminering hører ikke under nemnda.",
            "Home-office claims, adaptation after illness (section 4-6) and discrimination are outside the board.",
            [(K + "andre-grenser-for-nemndas-kompetanse", "Noen krav hører ikke hjemme")],
        )
    ],
    en_phrasings=["Which working-time rights can be tried by the board?"],
)

rule(
    "etter_avslag",
    [
        "fritak fra nattevakter ble nektet, hva kan jeg gjøre",
        "arbeidsgiver sa nei til at jeg slipper kveldsvaktene, hvilke veier har jeg",
        "søknad om kortere arbeidsuke avslått, hvordan tar jeg det videre",
        "fikk avslag på å slippe overtid, kan jeg gå videre med det",
        "hva er mine alternativer når lederen avviser fleksitid",
        "avslaget er kommet, hva kan jeg gjøre videre",
        "arbeidsgiver avviste ønsket om kortere arbeidsdager, hvordan går jeg videre",
        "hvordan klager jeg på et nei til fleksibel arbeidstid",
        "kan et avslag på redusert stilling overprøves",
        "kan jeg få avslaget på nattfritak vurdert av noen andre",
        "ble nektet fleksitid, finnes det en klageinstans",
        "hva er veien videre etter at søknaden om fritak fra overtid ble avvist",
        "er det mulig å anke sjefens nei til tilpasset arbeidstid",
        "søknaden om endret arbeidstid ble avslått, hvor henvender jeg meg",
        "hva skjer nå som lederen har sagt nei til at jeg kan jobbe redusert",
    ],
    (
        "Et avslag på fleksibel arbeidstid, redusert arbeidstid, fritak fra nattarbeid eller fritak fra overtid kan du bringe inn for Tvisteløsningsnemnda: send saken skriftlig senest fire uker etter at det skriftlige avslaget kom frem (forskrift om tvisteløsningsnemnd § 4 (1), arbeidsmiljøloven § 10-13).",
        "A refusal of flexible working time, reduced hours, exemption from night work or from overtime can be brought before the Dispute Resolution Board: send the case in writing within four weeks of receiving the written refusal (regulation on the board § 4 (1), Working Environment Act section 10-13).",
    ),
    [
        (F + "4-1", "Sak må reises for tvisteløsningsnemnda senest fire uker"),
        (A1013, "Tvist mellom arbeidsgiver og arbeidstaker"),
    ],
    confirm=[F + "4-1", A1013, S_INN, A172 + "2"],
    cues=[
        REFUSED,
        r"\b(?:hva\s+(?:gjør|kan|nå|skjer)|neste\s+(?:skritt|steg)|muligheter|videre|klage\w*|anke\w*|overprøv\w*|"
        r"what\s+(?:now|can|next)|next\s+step\w*|options|challenge|appeal)",
    ],
    conditions=[
        (
            "I nemnda må arbeidsgiver i utgangspunktet vise at ordningen gir vesentlig ulempe for virksomheten.",
            "Before the board the employer must, as a starting point, show that the arrangement causes significant inconvenience.",
            [(K + "arbeidsgiver-har-bevisbyrden", "Det er arbeidsgiver som må vise")],
        ),
        (
            "Et avslag på hjemmekontor kan ikke bringes inn for nemnda: hvor du jobber, avgjør arbeidsgiver (TLN 77/23).",
            "A refusal of home office cannot be brought before the board: where you work is for the employer to decide (TLN 77/23).",
            [(T77, "Hvor arbeidet gjøres, avgjør arbeidsgiver")],
        ),
    ],
    todo=[
        TODO_SKRIFTLIG,
        (
            "Send saken per brev eller eDialog, med hva tvisten gjelder, arbeidsforholdet og ordningen du ber om.",
            "Send the case by letter or eDialog, with what the dispute is about, your employment and the arrangement you ask for.",
            [(S_INN, "Hvordan: Nemnda skriver")],
        ),
        (
            "Utforsk samtidig andre løsninger med lederen; et nei til én ordning er ikke nødvendigvis et nei til all fleksibilitet.",
            "Explore other solutions with your manager at the same time; a no to one arrangement is not necessarily a no to all flexibility.",
            [(G_AVSLAG + "utforsk-alternativer-etter-et-avslag", "Et nei til én ordning")],
        ),
    ],
    en_phrasings=[
        "The employer said no to my reduced hours request. What next?",
        "Is there anywhere to turn after the employer's no?",
        "Can I challenge a refusal of reduced hours?",
    ],
)

rule(
    "tln_frist",
    [
        "hvor lang tid har jeg på meg til å klage på avslaget",
        "er det en tidsfrist for å gå til nemnda",
        "når må klagen til nemnda være sendt",
        "rekker jeg fortsatt å klage tre uker etter avslaget",
        "hvor raskt må jeg reagere hvis jeg vil ta avslaget videre",
        "hva er fristen for å gå til nemnda etter avslag",
        "fikk skriftlig nei på søknaden om endret arbeidstid, hvor lenge kan jeg vente før jeg klager",
        "når går fristen for å klage på avslag på redusert arbeidstid ut",
        "sjefen sa nei, hvor lang tid har jeg",
    ],
    (
        "Du har fire uker: saken må reises for Tvisteløsningsnemnda senest fire uker etter at arbeidsgivers skriftlige avslag kom frem til deg (forskrift om tvisteløsningsnemnd § 4 (1)).",
        "You have four weeks: the case must be brought before the Dispute Resolution Board within four weeks after the employer's written refusal reached you (regulation on the board § 4 (1)).",
    ),
    [(F + "4-1", "Sak må reises for tvisteløsningsnemnda senest fire uker")],
    conditions=[
        (
            "Fristen regnes fra avslaget kom frem, ikke fra datoen på brevet, og beregnes etter domstolloven kapittel 8.",
            "The deadline runs from when the refusal arrived, not from the letter's date, and is computed under chapter 8 of the Courts Act.",
            [(S_INN, "Fristen løper altså fra avslaget kom frem"), (F + "4-1", "Fristen beregnes og avbrytes")],
        )
    ],
    todo=[
        (
            "Send saken skriftlig, per brev eller eDialog, med beskrivelse av ordningen du ber om.",
            "Send the case in writing, by letter or eDialog, describing the arrangement you ask for.",
            [(S_INN, "Hvordan: Nemnda skriver")],
        ),
        TODO_SKRIFTLIG,
    ],
    en_phrasings=["How many weeks do I have to bring a case to the board?"],
)

rule(
    "frist_beregning",
    [
        "hvordan teller man uker i en frist etter domstolloven",
        "hvilken dato må klagen senest være sendt hvis jeg fikk nei 3. mars",
        "teller fire uker fra dagen avslaget kom eller dagen etter",
        "Hvordan regner jeg ut fristen på fire uker?",
        "avslaget kom frem på en tirsdag, når er siste dag",
        "hvilken dag går fireukersfristen ut",
    ],
    (
        "Fristen ender på samme ukedag fire uker etter at avslaget kom frem: kom det en tirsdag, er siste dag tirsdagen fire uker senere (domstolloven § 148 (2)).",
        "The deadline ends on the same weekday four weeks after the refusal arrived: if it arrived on a Tuesday, the last day is the Tuesday four weeks later (Courts Act section 148 (2)).",
    ),
    [(DL + "148-2", "En frist som er fastsatt i uker"), (F + "4-1", "Fristen beregnes og avbrytes")],
    conditions=[
        (
            "Faller siste dag på en lørdag, søndag eller helligdag, forlenges fristen til nærmeste dag som ikke er det (domstolloven § 149 (1)).",
            "If the last day falls on a Saturday, Sunday or public holiday, the deadline runs to the next day that is not (Courts Act section 149 (1)).",
            [(DL + "149-1", "Faller fristens siste dag")],
        )
    ],
    en_phrasings=["How is a deadline counted in weeks?", "How do I count the four-week deadline?"],
)

rule(
    "frist_helg",
    [
        "siste dag for å klage er første juledag, når må saken være sendt",
        "fireukersfristen utløper en søndag, får jeg en dag ekstra",
        "hva om fristen går ut i påsken",
        "regnes helligdager med når fristen ender",
        "Hva hvis fristen ender på en lørdag?",
        "fristen går ut på 17. mai, hva da",
        "flyttes fristen hvis den slutter på en helligdag",
    ],
    (
        "Da flyttes fristen til neste virkedag: ender den på en lørdag, søndag eller helligdag, løper den ut den nærmeste dagen som ikke er det; 1. og 17. mai regnes som søndager (domstolloven § 149 (1)).",
        "Then the deadline moves to the next working day: if it ends on a Saturday, Sunday or public holiday it runs to the next day that is not; 1 and 17 May count as Sundays (Courts Act section 149 (1)).",
    ),
    [(DL + "149-1", "Faller fristens siste dag"), (DL + "149-1", "1. mai og 17. mai")],
    en_phrasings=["Does a deadline move if it ends at Easter?", "What if the deadline ends on a Saturday?"],
)

rule(
    "frist_postlagt",
    [
        "er det datoen for innsending som gjelder",
        "nemnda fikk brevet etter fristen, men jeg postet det før, er det for sent",
        "teller poststempelet eller når nemnda mottar klagen",
        "Holder det å poste klagen siste dag av fristen?",
        "må nemnda ha mottatt saken innen fristen",
        "er det avsendelsen eller mottaket som teller",
    ],
    (
        "Ja, det holder: saken er kommet inn i tide når den er postlagt eller sendt elektronisk til riktig adresse før fristen går ut (domstolloven § 146 (2)).",
        "Yes: the case is in time when it was posted, or sent electronically to the right address, before the deadline ran out (Courts Act section 146 (2)).",
    ),
    [(DL + "146-2", "En skriftlig henvendelse er kommet inn i tide"), (DL + "146-2", "Det er altså avsendelsen")],
    en_phrasings=[
        "Does the postmark count, or the day the board receives it?",
        "Is it enough to post the case on the last day?",
    ],
)

rule(
    "tln_hvordan",
    [
        "på hvilken måte leverer man en klage til nemnda",
        "hva må en klage til nemnda inneholde",
        "kan arbeidsgiver også bringe saken inn for nemnda",
        "hvordan bringer vi et avslag på fleksibel arbeidstid inn for nemnda",
        "hvordan klager jeg et avslag på redusert tid inn for nemnda",
    ],
    (
        "Saken sendes skriftlig til Tvisteløsningsnemnda, per brev eller eDialog, av arbeidstaker eller arbeidsgiver, senest fire uker etter at det skriftlige avslaget kom frem (forskrift om tvisteløsningsnemnd § 5 (1) og § 4 (1)).",
        "The case is sent in writing to the board, by letter or eDialog, by the employee or the employer, at the latest four weeks after the written refusal arrived (regulation on the board § 5 (1) and § 4 (1)).",
    ),
    [
        (F + "5-1", "Sak skal fremmes skriftlig"),
        (S_INN, "Hvordan: Nemnda skriver"),
        (F + "4-1", "senest fire uker etter"),
    ],
    conditions=[
        (
            "Fristen er fire uker fra det skriftlige avslaget kom frem.",
            "The deadline is four weeks from when the written refusal arrived.",
            [(F + "4-1", "senest fire uker etter")],
        )
    ],
    todo=[
        (
            "Ta med navn og kontaktopplysninger, hva tvisten gjelder, arbeidsforholdet og ordningen du ber om.",
            "Include names and contact details, what the dispute is about, the employment and the arrangement you ask for.",
            [(S_INN, "Innhold: Nemnda anbefaler")],
        )
    ],
    en_phrasings=["How do I bring a case to the Dispute Resolution Board?"],
)

rule(
    "tln_behandling",
    [
        "holder nemnda muntlige høringer",
        "må jeg stille i møte hos tvisteløsningsnemnda",
        "avgjøres saken bare på grunnlag av dokumentene",
        "får jeg forklare meg muntlig for nemnda",
        "hvordan behandler nemnda en sak som ikke avvises",
        "kan nemnda be arbeidsgiver komme og forklare seg",
    ],
    (
        "Normalt på papiret: saker som ikke avvises, avgjøres av nemnda i møte på grunnlag av partenes skriftlige innlegg og dokumentene i saken, men nemnda kan kalle inn partene (forskrift om tvisteløsningsnemnd § 5, gjengitt med egne ord).",
        "Normally on the papers: cases that are not dismissed are decided by the board in a meeting on the parties' written submissions and the documents, but the board may call the parties (regulation on the board § 5, in our own words).",
    ),
    [(F5M, "Saker som ikke avvises")],
    conditions=[
        (
            "Er det åpenbart at saken ikke kan realitetsbehandles, kan nemndas leder eller en av nestlederne avvise den alene.",
            "If the case obviously cannot be decided on the merits, the chair or a deputy chair may dismiss it alone.",
            [(F + "5-2", "Dersom det er åpenbart")],
        ),
        (
            "Vedtaket fattes med alminnelig flertall og skal begrunnes.",
            "The decision is made by simple majority and must give reasons.",
            [(F + "5-4", "Tvisteløsningsnemndas vedtak fattes")],
        ),
    ],
    todo=[
        (
            "Legg ved alt du vil at nemnda skal se, siden saken normalt avgjøres på dokumentene.",
            "Enclose everything you want the board to see, since the case is normally decided on the documents.",
            [(S_INN, "Innhold: Nemnda anbefaler")],
        )
    ],
    en_phrasings=["Does the board hold hearings?", "Will I have to appear before the board in person?"],
)

rule(
    "tln_fullmakt",
    [
        "kan noen andre sende inn klagen til nemnda på mine vegne",
        "kan fagforeningen føre saken for nemnda for meg",
        "kan advokat eller fagforening fremme saken for meg",
        "hva trenger en representant for å klage til nemnda",
    ],
    (
        "Ja, men en representant må legge ved skriftlig fullmakt; det er Tvisteløsningsnemndas krav.",
        "Yes, but a representative must enclose a written authority; that is the Dispute Resolution Board's requirement.",
    ),
    [(S_INN, "Representant: Sender en tillitsvalgt"), (S_INN, "Nemnda (siden om fritak fra overtid)")],
    en_phrasings=["Can a union representative file the case for a member?"],
)

rule(
    "avslag_skriftlig",
    [
        "må arbeidsgiver gi avslaget skriftlig",
        "stiller loven krav om at arbeidsgiver grunngir et nei",
        "arbeidsgiver har bare sagt nei muntlig, er det gyldig",
        "har sjefen plikt til å forklare hvorfor søknaden ble avslått",
        "arbeidsgiver har aldri svart skriftlig, når løper fristen",
        "sjefen avslo bare i en samtale uten noe på papir",
        "må et nei til fleksitid gis på papir",
        "kreves det at arbeidsgiveren grunngir avslaget skriftlig",
    ],
    (
        "Arbeidsmiljøloven § 10-2 har ingen uttrykkelig regel om at avslaget må være skriftlig eller begrunnet, men fristen for å gå til nemnda løper fra arbeidsgivers skriftlige avslag, og det er i utgangspunktet arbeidsgiver som må vise vesentlig ulempe.",
        "Section 10-2 of the Working Environment Act has no express rule that the refusal must be written or reasoned, but the deadline for the board runs from the employer's written refusal, and as a starting point it is the employer who must show significant inconvenience.",
    ),
    [
        (S_SKRIFTLIG, "Arbeidsmiljøloven § 10-2 har ingen uttrykkelig regel"),
        (F + "4-1", "arbeidsgivers skriftlige avslag"),
        (K + "arbeidsgiver-har-bevisbyrden", "Nemnda sier det slik"),
    ],
    conditions=[
        (
            "En plikt til skriftlig og begrunnet svar innen en måned finnes i § 14-8 a, men bare når en deltidsansatt eller midlertidig ansatt ber om en mer forutsigbar og trygg ansettelsesform.",
            "A duty to give a written, reasoned reply within a month exists in section 14-8 a, but only when a part-time or temporary employee asks for a more predictable and secure form of employment.",
            [(A148a, "et skriftlig og begrunnet svar innen en måned")],
        ),
        (
            "Om saken kan bringes inn når arbeidsgiver aldri svarer skriftlig, er uavklart.",
            "Whether a case can be brought when the employer never answers in writing is unsettled.",
            [(S_SKRIFTLIG, "Om en sak kan bringes inn")],
        ),
    ],
    todo=[TODO_SKRIFTLIG],
    en_phrasings=["Does the employer have to give reasons for a no?"],
)

rule(
    "aml_14_8a",
    [
        "Har sjefen plikt til å svare skriftlig når jeg ber om fast stilling?",
        "deltidsansatt ber om større stilling, hvor raskt må arbeidsgiver svare",
        "gjelder kravet om skriftlig svar innen en måned fleksibel arbeidstid",
        "jeg er tilkallingsvikar og vil ha mer forutsigbare vakter, kan jeg be om det",
        "har en deltidsansatt rett til svar om fast stilling eller flere timer",
    ],
    (
        "Ja, hvis du er deltidsansatt eller midlertidig ansatt og ber om en mer forutsigbar og trygg ansettelsesform: da skal du ha et skriftlig og begrunnet svar innen en måned (arbeidsmiljøloven § 14-8 a).",
        "Yes, if you are part-time or temporary and ask for a more predictable and secure form of employment: then you are to receive a written, reasoned reply within a month (section 14-8 a).",
    ),
    [(A148a, "Når en arbeidstaker som arbeider deltid")],
    conditions=[
        (
            "Gjelder etter seks måneders ansettelse og fullført prøvetid, og ikke krav om fleksibel eller redusert arbeidstid etter § 10-2.",
            "Applies after six months and completed probation, and not to requests under section 10-2.",
            [(A148a, "Retten gjelder etter seks måneders"), (A148a, "Regelen gjelder ikke ønsker")],
        )
    ],
    en_phrasings=["Must my employer answer my request for a permanent post in writing?"],
)

rule(
    "oppsettende",
    [
        "Får jeg jobbe fleksitid mens saken ligger hos nemnda?",
        "gjelder avslaget mens nemnda behandler saken",
        "har klagen oppsettende virkning",
        "hva gjelder mens vi venter på nemndas avgjørelse",
    ],
    (
        "Etter vår lesning nei: ingen bestemmelse sier at ordningen du ba om, gjelder mens saken behandles, så i praksis står avslaget til nemnda har fattet vedtak (vår slutning, ikke en uttrykkelig regel).",
        "On our reading no: no provision makes the arrangement you asked for apply while the case is pending, so in practice the refusal stands until the board decides (our inference, not an express rule).",
    ),
    [(S_OPPS, "I praksis står arbeidsgivers avslag"), (S_OPPS, "Dette er vår egen slutning")],
    conditions=[
        (
            "Etter vedtaket gjelder nemndas konklusjon også mens en eventuell rettssak pågår.",
            "After the decision, the board's conclusion applies even while any court case is pending.",
            [(A172 + "2", "Ved domstolsprøving av tvisten")],
        )
    ],
    en_phrasings=["Is there suspensive effect while the case is pending?"],
)

rule(
    "tln_avvisning",
    [
        "kan nemndsleder alene avvise en klage som åpenbart faller utenfor",
        "hva skjer med saker som åpenbart ikke hører under nemnda",
        "hvem kan avvise en klage til nemnda",
        "kan nemnda avvise saken min uten å behandle den i møte",
        "hva skjer hvis saken åpenbart ikke hører under nemnda",
    ],
    (
        "Ja: er det åpenbart at vilkårene for realitetsbehandling ikke er oppfylt, kan nemndas leder eller en av nestlederne avvise saken alene (forskrift om tvisteløsningsnemnd § 5 (2)).",
        "Yes: if it is obvious that the conditions for a decision on the merits are not met, the chair or a deputy chair may dismiss the case alone (regulation on the board § 5 (2)).",
    ),
    [(F + "5-2", "Dersom det er åpenbart")],
    en_phrasings=["Can the chair dismiss a case alone?"],
)

rule(
    "tln_sammensetning",
    [
        "hvem er medlemmene i nemnda",
        "hvordan er nemnda sammensatt",
        "hvor mange medlemmer har tvisteløsningsnemnda",
        "er det representanter fra partene i arbeidslivet i nemnda",
    ],
    (
        "Nemnda har én leder, inntil to nestledere og seks ordinære faste medlemmer, med varamedlemmer; Kongen oppnevner dem for tre år, tre av de faste medlemmene etter forslag fra arbeidstakersiden og tre fra arbeidsgiversiden (forskrift om tvisteløsningsnemnd § 1).",
        "The board has one chair, up to two deputy chairs and six ordinary members, with deputies; the King appoints them for three years, three of the ordinary members on the employee side's proposal and three on the employer side's (regulation on the board § 1).",
    ),
    [
        (F + "1", "Nemnda skal ha én leder"),
        (F + "1-oppnevning-og-funksjonstid", "Tre av de faste medlemmene oppnevnes"),
    ],
    en_phrasings=["Who sits on the Dispute Resolution Board?"],
)

rule(
    "tln_sekretariat",
    [
        "Hvem er sekretariat for nemnda?",
        "er det arbeidstilsynet som avgjør tvister om fleksitid",
        "hvilken rolle har arbeidstilsynet i nemnda",
        "hvem forbereder sakene for tvisteløsningsnemnda",
        "er det Arbeidstilsynet som avgjør sakene i nemnda",
    ],
    (
        "Direktoratet for arbeidstilsynet er sekretariat: det forbereder sakene og kaller, i samråd med nemndas leder eller nestleder, inn til møte når det er nødvendig, men det er nemnda som fatter vedtak (forskrift om tvisteløsningsnemnd § 3 (1) og § 5 (4)).",
        "The Directorate of Labour Inspection is the secretariat: it prepares the cases and, in consultation with the chair or a deputy chair, calls meetings when needed, but the board makes the decisions (regulation on the board § 3 (1) and § 5 (4)).",
    ),
    [
        (F + "3-1", "Direktoratet for arbeidstilsynet er sekretariat"),
        (F + "3-1", "Sekretariatet forbereder sakene"),
        (F + "5-4", "Tvisteløsningsnemndas vedtak fattes"),
    ],
    en_phrasings=["Who is the board's secretariat?"],
)

rule(
    "tln_vedtak",
    [
        "Hvordan fatter nemnda vedtak?",
        "må nemnda begrunne vedtaket",
        "hva betyr dissens i nemnda",
        "avgjøres saken i nemnda ved flertall",
    ],
    (
        "Nemnda avgjør med alminnelig flertall, vedtaket skal begrunnes, og det føres protokoll (forskrift om tvisteløsningsnemnd § 5 (4)).",
        "The board decides by simple majority, the decision must give reasons, and minutes are kept (regulation on the board § 5 (4)).",
    ),
    [(F + "5-4", "Tvisteløsningsnemndas vedtak fattes")],
    en_phrasings=["How does the board decide?"],
)

rule(
    "domstol_forst_nemnd",
    [
        "kan saken om arbeidstiden min starte i tingretten",
        "må nemnda ha avgjort saken før retten kan ta den",
        "hopper vi over tvisteløsningsnemnda og stevner arbeidsgiver",
        "må vi gjennom tvisteløsningsnemnda før vi kan saksøke",
        "kan vi hoppe over nemnda og gå til retten",
        "er det mulig å saksøke arbeidsgiveren om arbeidstidsordningen uten å gå veien om nemnda",
        "kan uenighet om arbeidstidsordning tas direkte til domstolene",
        "må saken til nemnda før den kan tas til domstolene",
        "kan advokaten stevne arbeidsgiver direkte i en sak om nattarbeid",
    ],
    (
        "Nei: en tvist som hører under Tvisteløsningsnemnda, kan ikke bringes inn for domstolene før nemnda har behandlet den og fattet vedtak (arbeidsmiljøloven § 17-2 (2)).",
        "No: a dispute that belongs to the Dispute Resolution Board cannot be brought before the courts until the board has tried it and decided (section 17-2 (2)).",
    ),
    [(A172 + "2", "Tvist kan ikke bringes inn for domstolene")],
    conditions=[
        (
            "Etter vedtaket kan saken bringes inn for retten innen åtte uker fra parten ble underrettet om avgjørelsen.",
            "After the decision, the case can be brought to court within eight weeks of the party being notified of it.",
            [(A172 + "3", "Fristen for å bringe tvisten")],
        )
    ],
    todo=[TODO_TLN],
    en_phrasings=[
        "Is the board a mandatory step before the courts?",
        "Must a working-time dispute pass the board before a lawsuit?",
    ],
)

rule(
    "domstol_under_sak",
    [
        "Må arbeidsgiver følge vedtaket mens saken går i retten?",
        "hva gjelder mens nemndas vedtak prøves for domstolene",
        "kan arbeidsgiver vente med å følge vedtaket til retten har avgjort",
        "arbeidsgiver har tatt nemndas vedtak til retten, må de følge vedtaket i mellomtiden",
        "gjelder nemndas avgjørelse mens rettssaken pågår",
    ],
    (
        "Ja: mens domstolene behandler saken, skal nemndas konklusjon stå ved lag, med mindre retten etter krav fra en av partene fastsetter en annen midlertidig ordning fordi det ellers vil virke urimelig (§ 17-2 (2)).",
        "Yes: while the courts handle the case, the board's conclusion stands, unless the court, on a party's demand, sets another interim arrangement because that would otherwise be unreasonable (section 17-2 (2)).",
    ),
    [(A172 + "2", "Ved domstolsprøving av tvisten"), (A172 + "2", "Dersom dette vil virke urimelig")],
    en_phrasings=["Must the employer follow the decision while the case is in court?"],
)

rule(
    "domstol_frist",
    [
        "Hvor lang frist er det for å ta nemndas vedtak til retten?",
        "hvor lenge kan den som tapte i nemnda vente med å saksøke",
        "når må søksmål mot nemndas vedtak reises",
        "hvilken dag begynner de åtte ukene å løpe",
    ],
    (
        "Åtte uker: fristen for å bringe tvisten inn for domstolene er åtte uker fra parten ble underrettet om nemndas avgjørelse (§ 17-2 (3)).",
        "Eight weeks: the deadline for bringing the dispute to court is eight weeks from when the party was notified of the board's decision (section 17-2 (3)).",
    ),
    [(A172 + "3", "Fristen for å bringe tvisten")],
    conditions=[
        (
            "Reises ikke søksmål i tide, får vedtaket virkning som en rettskraftig dom.",
            "If no action is brought in time, the decision has the effect of a final judgment.",
            [(A172 + "4", "Reises det ikke søksmål innen fristen")],
        )
    ],
    en_phrasings=[
        "What is the time limit for suing after a board decision?",
        "How many weeks does the losing side have to take the board's decision to court?",
    ],
)

rule(
    "rettskraft",
    [
        "kan arbeidsgiver se bort fra ordningen nemnda ga meg",
        "må bedriften respektere nemndas vedtak om arbeidstiden min",
        "hva blir virkningen av nemndas vedtak når ingen av partene går til retten",
        "hvis arbeidsgiver lar søksmålsfristen løpe ut, hva da",
        "blir vedtaket endelig når fristen for å gå til retten er ute",
        "kan vedtaket håndheves hvis det ikke blir anlagt sak",
        "hva skjer om ingen reiser søksmål mot nemndas vedtak",
        "hva om arbeidsgiver ikke saksøker innen fristen",
        "må partene rette seg etter nemndas vedtak hvis ingen går til retten",
        "er vedtaket fra tvisteløsningsnemnda bindende",
        "blir nemndas avgjørelse endelig hvis ingen tar den videre",
        "er nemndas vedtak bindende",
        "må sjefen følge vedtaket fra nemnda",
        "kan vedtaket tvangsfullbyrdes",
    ],
    (
        "Da blir vedtaket bindende: reises ikke søksmål innen åtte uker, har vedtaket virkning som en rettskraftig dom og kan fullbyrdes som en dom (§ 17-2 (4)).",
        "Then the decision becomes binding: if no action is brought within eight weeks, it has the effect of a final judgment and can be enforced like one (section 17-2 (4)).",
    ),
    [(A172 + "4", "Reises det ikke søksmål innen fristen")],
    conditions=[
        (
            "Er fristen oversittet, kan nemnda gi oppfriskning etter tvisteloven §§ 16-12 til 16-14, og et vedtak om oppfriskning kan bringes inn for tingretten.",
            "If the deadline was missed, the board can grant restoration under the Dispute Act sections 16-12 to 16-14, and a decision on restoration can be brought before the district court.",
            [(A172 + "4", "Nemnda kan gi oppfriskning"), (A172 + "4", "Et vedtak om oppfriskning")],
        )
    ],
    en_phrasings=[
        "Is the board's decision final once the time to sue has passed?",
        "Can a board decision be enforced like a judgment?",
    ],
)

rule(
    "oppfriskning",
    [
        "Jeg har gått glipp av søksmålsfristen, hva nå?",
        "kan man få oppfriskning for oversittet frist",
        "søksmålet kom for sent, kan det reddes",
        "jeg sendte saken etter fristen fordi jeg var syk, kan den likevel behandles",
        "finnes det unntak hvis fristen til nemnda ble oversittet",
    ],
    (
        "Nemnda kan gi oppfriskning for oversittet søksmålsfrist etter tvisteloven §§ 16-12 til 16-14, og et vedtak om oppfriskning kan bringes inn for tingretten (§ 17-2 (4)).",
        "The board can grant restoration for a missed deadline under the Dispute Act sections 16-12 to 16-14, and a decision on restoration can be brought before the district court (section 17-2 (4)).",
    ),
    [(A172 + "4", "Nemnda kan gi oppfriskning"), (A172 + "4", "Et vedtak om oppfriskning")],
    en_phrasings=["I missed the deadline to sue, what now?"],
)

rule(
    "diskriminering",
    [
        "Hvor klager jeg hvis avslaget er diskriminering?",
        "kan nemnda behandle påstand om diskriminering",
        "avslaget skyldes min funksjonsnedsettelse, hvor går jeg",
        "tror avslaget kom fordi jeg venter barn, hvem tar stilling til det",
        "føler meg forskjellsbehandlet på grunn av alder da jeg fikk nei, hvor tar jeg det opp",
    ],
    (
        "Til Diskrimineringsnemnda: påstander om diskriminering hører ikke under Tvisteløsningsnemnda (TLN 77/23).",
        "To the Anti-Discrimination Tribunal: discrimination claims do not belong to the Dispute Resolution Board (TLN 77/23).",
    ),
    [
        (T77, "Diskrimineringsanførselen hører under Diskrimineringsnemnda"),
        (K + "andre-grenser-for-nemndas-kompetanse", "Påstander om diskriminering"),
    ],
    en_phrasings=[
        "Where do I complain about discrimination?",
        "I believe I was refused because I am pregnant, which body handles that?",
    ],
)

# ---------------------------------------------------------------- the coverage audit's rules (answers12)
import legal_rules_coverage as _coverage  # noqa: E402 (tools/legal_rules_coverage.py)

_coverage.add(rule)

# ---------------------------------------------------------------- more English phrasings
# English questions matched poorly against the bokmål phrasings, and most rules had one English phrasing;
# these are English ways employees, HR and union reps ask what each rule answers (written from the rules'
# meaning, informal and formal, British and American, some situation first, both directions of a yes/no).
EN_MORE = {
    "ho_ingen_rett": [
        "Do I have a right to work from home in Norway?",
        "My manager won't let me work remotely. Is that legal?",
        "Can I demand to work from home three days a week?",
        "Can my boss refuse to let me WFH?",
    ],
    "ho_palegge": [
        "Can my employer force me to work from home permanently?",
        "The company is giving up its offices. Can they make us all work from home?",
        "Do I have to accept being told to work from home full time?",
        "Is the employer entitled to order staff to work remotely?",
        "Can management require the whole team to go fully remote?",
    ],
    "ho_nemnd": [
        "Can the Dispute Resolution Board order my employer to let me work from home?",
        "My request to work from home was turned down. Can I take it to the tribunal?",
        "Is a refused home-office request something the board can rule on?",
        "Where can I appeal when I'm not allowed to work remotely?",
    ],
    "ho_vs_fleks": [
        "Does the right to flexible working time include working from home?",
        "Is home office the same thing as flexible working hours under the law?",
        "What's the difference between flexitime and remote work legally?",
        "Does section 10-2 (3) give me a say over where I work?",
        "Can I use the flexible working right to ask for remote days?",
    ],
    "ho_mot_instruks": [
        "Can I be fired for working from home after my manager said no?",
        "What happens if I just keep working from home against my boss's instructions?",
        "My employer insists I come into the office but I'd rather stay home. What's the risk?",
        "Could refusing to return to the office cost me my job?",
        "Is it a dismissal matter if an employee works remotely without permission?",
    ],
    "ho_forskrift_virkeomraade": [
        "Does the home-office regulation apply if I only work from home now and then?",
        "I work from home one fixed day a week. Am I covered by the regulation?",
        "Which home workers does the Norwegian home-working regulation apply to?",
        "Is occasional remote work covered by the home-office rules?",
        "Does the regulation cover someone who works from home for a few weeks only?",
    ],
    "ho_skriftlig_avtale": [
        "Do we need a written agreement for working from home?",
        "Is a verbal agreement about home office enough?",
        "Does remote work have to be agreed in writing?",
        "We have a fixed WFH day. Must that be put in a written contract?",
        "Can the home-working terms be an addendum to the employment contract?",
    ],
    "ho_avtale_innhold": [
        "Can a home-office agreement be temporary, and must it say how long it lasts?",
        "Does the agreement have to state how many days I work at home and my hours there?",
        "What must a home-office agreement contain?",
        "I'm drafting a remote work agreement template. What are the minimum requirements?",
        "What does the regulation require a working-from-home agreement to cover?",
        "Which points have to be in a written agreement on home working?",
        "What should a WFH contract say under Norwegian rules?",
    ],
    "ho_utstyr_betaling": [
        "Who pays for equipment when I work from home?",
        "Does my employer have to pay for a desk chair and monitor at home?",
        "Is the company obliged to cover my home internet?",
        "Who owns the laptop and screen I use on home office?",
        "Must the employer provide office equipment for remote workers?",
    ],
    "ho_unntak_myndigheter": [
        "Do we need individual home-office agreements when the government tells everyone to work from home?",
        "During a pandemic lockdown, does the written-agreement requirement apply?",
        "The health authorities recommended home working. Do we still need written agreements?",
        "Is home office ordered by the authorities exempt from the agreement rule?",
        "What applies to home-working agreements when the state orders people to stay home?",
    ],
    "ho_endringer": [
        "Can my employer end our work-from-home arrangement?",
        "We're changing the number of home days. Must the agreement be updated?",
        "Is ending a home-office arrangement the same as firing me?",
        "Can the company withdraw remote working once it has been agreed?",
        "How can a home-working agreement be changed or terminated?",
    ],
    "ho_psykososialt": [
        "I feel isolated working from home. Is my employer responsible?",
        "Does the employer's duty for a good working environment apply at home?",
        "Does my employer have to make sure remote staff keep in touch with colleagues?",
        "Is the employer responsible for ergonomics on home office?",
        "Who is responsible for the psychosocial work environment of home workers?",
    ],
    "ho_internkontroll": [
        "Does my employer have to assess the risks of my home workstation?",
        "Must home offices be included in the employer's HSE system?",
        "Does the risk assessment have to cover people working from home?",
        "Does internal control apply to remote workers?",
        "Is the employer's health and safety work required to include home workplaces?",
        "Do we have to include WFH staff in our internal control?",
    ],
    "ho_verneombud": [
        "Is our verneombud allowed to visit me at home to see my work setup?",
        "Is the health and safety representative allowed to visit home offices?",
        "What is the safety representative's role for people working from home?",
        "Does the safety delegate have access to my flat because I work from home?",
        "Must the safety representative look after remote workers?",
    ],
    "ho_arbeidstilsynet": [
        "Are labour inspectors entitled to enter a private home to look at the workspace?",
        "Who enforces the home-working regulation?",
        "Can the labour inspectorate order the company to make home-office agreements?",
        "Is Arbeidstilsynet allowed into my home to check my workplace?",
        "Who checks that employers follow the rules on working from home?",
    ],
    "ho_arbeidstid_gjelder": [
        "Do the working time rules apply when I work from home?",
        "Are there separate working hours rules for home office?",
        "Does the overtime limit still apply if I'm working remotely?",
        "What changed in the home-working rules in July 2022?",
        "Do rest periods count the same way when working from home?",
    ],
    "fleks_rett": [
        "What test does the board apply to a request for flexible hours?",
        "On what conditions am I entitled to flexible working time?",
        "Can I ask to start and finish work at different times?",
        "My manager won't let me change my start time. Do I have any rights?",
        "Is there a legal right to flexitime in Norway?",
        "I want to start at 7 and leave at 3. Can my employer refuse?",
        "Is flexible working time a legal right for employees?",
    ],
    "fleks_mer_enn_fleksitid": [
        "Is flexible working time just flexitime?",
        "What does flexible working time mean in practice?",
        "Does the right cover adjusting my start and finish times, not only a flexitime scheme?",
        "Can flexible working time mean avoiding certain days or times?",
        "What counts as flexible hours under the Working Environment Act?",
    ],
    "fleks_ledere": [
        "Do managers have the right to flexible working hours?",
        "I'm a department head. Can I claim flexible working time?",
        "Are employees in senior positions exempt from the flexible hours right?",
        "Does section 10-2 (3) apply to someone in a leading position?",
        "Are middle managers excluded from the right to flexitime?",
    ],
    "ledere_redusert_natt": [
        "Is a CEO still entitled to ask for fewer hours when caring for a sick parent?",
        "Are employees with staff responsibility covered by the rules on exemption from night work?",
    ],
    "vesentlig_ulempe": [
        "My employer refused saying it's 'not practical'. Is that a valid reason?",
        "What counts as significant inconvenience for the business?",
        "Can a refusal be based on general operational concerns?",
        "How concrete does the employer's reason for saying no have to be?",
    ],
    "bevisbyrde": [
        "Who has to prove the arrangement would cause problems, me or my employer?",
        "Does the employer have to document the inconvenience?",
        "Must I show that flexitime would work?",
        "Is the burden of proof on the employer when flexible hours are refused?",
        "Who carries the burden of showing significant inconvenience?",
    ],
    "vikar": [
        "Can my employer refuse because they would need to hire a temp?",
        "We struggle to find substitutes. Can we turn down the request?",
        "Is the cost of covering my hours a good enough reason to refuse?",
        "Do staffing problems count as significant inconvenience?",
    ],
    "stillingens_art": [
        "Can they refuse flexible hours because someone has to staff reception?",
        "Does it matter that my job is front-line with customers?",
        "We need cover at the counter during opening hours. Can we say no to flexitime?",
        "Can the type of job justify refusing flexible working?",
        "Is a role that serves the public treated differently?",
    ],
    "storrelse": [
        "We're a small unit. Does that make a refusal easier to justify?",
        "Does it matter how big the company is?",
        "We're a large organisation. Is it harder for us to refuse?",
        "Should a big employer find it easier to accommodate requests?",
        "Does the number of staff affect whether a refusal holds?",
        "Does it count how many colleagues already have adjusted hours?",
    ],
    "tyngre_behov": [
        "Does it matter that I need to pick up my kids from nursery?",
        "I have a documented health need. Does my employer have to try harder?",
        "Do I need a reason to ask for flexible hours?",
        "Does a strong welfare need weigh in my favour?",
        "Does childcare count when the employer considers my request?",
    ],
    "tidligere_praksis": [
        "A new manager wants to take away the flexitime I've had for years. Can he?",
        "Our arrangement has worked fine for a long time. Does that help my case?",
        "The employer wants to stop a flexible arrangement that has worked well. Can they?",
        "Does it matter that we've had this arrangement before?",
        "Is a past arrangement without problems evidence against the refusal?",
    ],
    "tidspunkt": [
        "When is the best time to ask for changed working hours?",
        "Does it help to apply before the rota is set?",
        "How long does my employer get to consider my request?",
        "Should I submit my request before the new schedule is made?",
        "Is timing important when requesting flexible hours?",
    ],
    "alternativ_tilbud": [
        "My manager proposed a compromise instead of what I asked for. Does that matter legally?",
        "My employer offered me a day job instead of exempting me from nights. Does that count?",
        "Can the company refuse because it offered me a different position?",
        "Does an alternative offer from the employer remove my right?",
        "Do I have to accept another role instead of the arrangement I asked for?",
        "Is offering other work enough to justify a refusal?",
    ],
    "tidsbegrenset": [
        "If I win at the board, is the arrangement permanent?",
        "How long does a board decision on flexible hours last?",
        "Does the board grant arrangements for a limited period?",
        "Will the decision have to be reassessed after a couple of years?",
        "Is an arrangement granted by the tribunal for ever?",
    ],
    "redusert_rett": [
        "Can I ask to work part-time?",
        "Can I insist on going down to a four-day week?",
        "Who has a right to reduced hours under Norwegian law?",
        "Can my employer refuse my request to work fewer hours?",
        "Is there a legal right to lower my position percentage?",
    ],
    "redusert_62": [
        "I turned 64 last month and would like a four-day week. Is my employer allowed to refuse?",
        "Do I have to give a reason for reduced hours once I'm over 62?",
        "Does age alone give a right to work less?",
        "Are senior employees entitled to shorter working hours?",
        "As an older worker, can I demand a lower percentage?",
    ],
    "redusert_smabarn": [
        "I have small children. Do I have a right to reduced hours?",
        "Do parents of young kids need to justify going part-time?",
        "Can a father with two kids in kindergarten claim 80 percent?",
        "Are parents of children under ten entitled to shorter hours?",
        "What do I have to document to get reduced hours as a parent?",
        "My toddler starts nursery soon. Is it up to my boss whether I can cut my hours?",
        "Mum of a six-year-old here: can I insist on working part-time until she is older?",
    ],
    "redusert_sosial_helse": [
        "My child has special needs. Am I entitled to go part-time?",
        "I have a long-term illness. Can I demand a lower percentage?",
        "My mother needs care. Can I get reduced hours?",
        "Do I have a right to work less for health reasons?",
        "My husband is ill. Can I cut my hours?",
        "What counts as social reasons for reduced working time?",
        "Do I need a doctor's note to get reduced hours?",
    ],
    "redusert_plassering": [
        "Who decides whether my reduction is shorter days or a day off?",
        "I want Fridays off in my reduced position. Can my manager pick another day?",
        "Can the employer choose which days I work when I go part-time?",
        "Do I get to decide how my reduced hours are spread over the week?",
        "Can the placement of the day off be disputed at the board?",
    ],
    "redusert_tilbake": [
        "Can I return to full-time after a period of reduced hours?",
        "Do I have priority to increase my hours again?",
        "What happens when my part-time period ends?",
        "Am I entitled to my old hours back after working part-time?",
        "Do part-timers have a preferential right to a bigger position?",
    ],
    "sykmelding_4_6": [
        "Back at work after illness, can I demand adjusted hours?",
        "I'm coming back from sick leave and need shorter days. Can the board order that?",
        "Does my employer have to adapt my hours after illness?",
        "Partially on sick leave and want a gradual return. Which rule applies?",
        "Can the Dispute Resolution Board help with adjusted hours after long-term sickness?",
        "Is adjustment after illness a matter for the tribunal?",
    ],
    "natt_fritak": [
        "My doctor says I should stop night shifts. Can I be exempted?",
        "Can I get out of night work for family reasons?",
        "Do night workers have a right to switch to day shifts?",
        "Can my employer refuse to take me off nights?",
    ],
    "overtid_grenser": [
        "How much overtime is allowed per week?",
        "What's the maximum overtime per year?",
        "Is there a cap on overtime hours in Norway?",
        "What are the overtime limits in the Working Environment Act?",
        "How many overtime hours can I be asked to do in four weeks?",
    ],
    "overtid_vilkaar": [
        "Can my employer order overtime whenever they want?",
        "Does the employer need a reason to require overtime?",
        "Is overtime always allowed?",
        "Under what conditions can overtime be imposed?",
        "Can overtime be a permanent part of the job?",
    ],
    "overtid_tariff": [
        "Can union reps agree to extended overtime?",
        "How much overtime can be agreed under a collective agreement?",
        "We're bound by a collective agreement. Can we agree more than 10 hours overtime a week?",
        "What overtime limits apply if the shop stewards agree?",
        "Can the overtime caps be raised by agreement with the union?",
    ],
    "samlet_arbeidstid": [
        "How long may a shift last once overtime is added?",
        "What is the maximum number of hours I can work in a day?",
        "How many hours a week can I work including overtime?",
        "Is there a limit on total working hours per 24 hours?",
        "What's the legal max for a working day in Norway?",
        "Can I work more than 48 hours in a week?",
    ],
    "overtid_fritak": [
        "Can I refuse overtime because I care for a sick parent?",
        "I'm part-time. Can I say no to extra shifts?",
        "My back can't cope with long days. Can I be exempted from overtime?",
        "Can my employer refuse to exempt me from overtime?",
        "Can I be excused from overtime if a colleague could do the job instead?",
        "Do I have to do overtime on work that can be postponed without harm?",
    ],
    "arbeidstid_definisjon": [
        "If I read work messages on my lunch break, is that working time?",
        "Is a break where I must stay reachable counted as work?",
        "Does answering work emails at home count as working time?",
        "What is working time under Norwegian law?",
        "Is it working time when my boss expects me to be available?",
        "Does being on standby count as hours worked?",
        "How is working time defined in the Working Environment Act?",
    ],
    "koble_fra": [
        "Do I have to answer work emails in the evening?",
        "Is there a right to disconnect in Norway?",
        "Can I switch off my work phone after hours?",
        "Am I obliged to check Teams after I've logged off?",
    ],
    "hvile": [
        "I finished late last night. When can I legally start again?",
        "How many hours of rest do I need between shifts?",
        "What is the minimum daily rest period?",
        "How much weekly rest am I entitled to?",
    ],
    "kveld_21_23": [
        "Is it legal to work late in the evening from home?",
        "Can I work after 9 pm when the kids are asleep?",
        "Does the night work ban apply at home?",
        "Can my employer let me log on again between 9 and 11 pm?",
        "What's needed to allow evening work between 21 and 23?",
    ],
    "arbeidsplan": [
        "Do union reps have a right to be consulted before the rota changes?",
        "Must the work schedule be drawn up with the union representatives?",
        "How much notice must be given of a new shift plan?",
        "Can the employer change the roster without discussing it with the shop steward?",
        "When does a new working schedule have to be discussed with staff reps?",
    ],
    "forsvarlig_10_2_1": [
        "Must working hours be arranged so they don't harm my health?",
        "Can I complain to the board that my shift pattern is damaging my health?",
        "Who checks that a rota isn't too straining?",
        "Is an unhealthy shift system something the tribunal can rule on?",
        "Does the law require working time arrangements to be sound?",
    ],
    "tln_kompetanse": [
        "What kinds of cases can the Dispute Resolution Board decide?",
        "Which disputes about working hours go to the tribunal?",
        "Does a flexitime dispute go to the board or to the labour inspectorate?",
        "What is the board's jurisdiction?",
        "Which questions can the Norwegian Dispute Resolution Board rule on?",
    ],
    "etter_avslag": [
        "My request for flexitime was turned down. What can I do?",
        "My night-shift exemption was refused. What are my options?",
        "I've been refused. How do I take it further?",
    ],
    "tln_frist": [
        "What's the deadline for appealing a refusal to the board?",
        "How long do I have to complain after being refused?",
        "Is there a time limit for taking my case to the tribunal?",
        "I got a no three weeks ago. Is it too late to go to the board?",
        "When must the complaint reach the Dispute Resolution Board?",
    ],
    "frist_beregning": [
        "I got the refusal on 3 March. What's the last day to send my case?",
        "Does the four-week period start the day the refusal arrived or the day after?",
        "The refusal arrived on a Tuesday. When is my last day?",
        "How do you calculate a deadline of four weeks?",
    ],
    "frist_helg": [
        "The deadline falls on a Sunday. Do I get an extra day?",
        "What happens if the last day is a public holiday?",
        "Does the deadline get extended if it ends on Christmas Day?",
        "My deadline is on 17 May. When must I send it?",
    ],
    "frist_postlagt": [
        "Is it the date I send it or the date they receive it that counts?",
        "The board got my letter after the deadline but I posted it before. Is it too late?",
        "Does the case have to reach the board before the deadline?",
        "If I email the complaint on the last day, is it on time?",
    ],
    "tln_hvordan": [
        "How do I file a complaint with the tribunal?",
        "What must a submission to the board contain?",
        "Can the employer also take the case to the board?",
        "How do we submit a refusal of flexible hours to the Dispute Resolution Board?",
        "Can I send my case to the board through eDialog?",
    ],
    "tln_behandling": [
        "Is the case decided only on the documents?",
        "Do I get to explain my side orally to the board?",
        "How does the board handle a case that isn't dismissed?",
        "Can the board ask the employer to come and explain?",
    ],
    "tln_fullmakt": [
        "Can someone else send the complaint to the board for me?",
        "Can my union handle the case at the board on my behalf?",
        "Can a lawyer bring the case for me?",
        "What does a representative need to file a case for an employee?",
        "Do I need a power of attorney if my union rep submits the case?",
    ],
    "avslag_skriftlig": [
        "Must a refusal of reduced hours be given in writing?",
        "Is a no on the phone a proper refusal?",
        "Does the refusal have to be in writing?",
        "My boss only said no verbally. Is that valid?",
        "Does my manager have to explain why my request was rejected?",
        "My employer never replied in writing. When does the deadline run?",
        "Is the employer required to give a written, reasoned refusal?",
    ],
    "aml_14_8a": [
        "I'm part-time and asked for a bigger position. How quickly must my employer answer?",
        "Does my employer have to reply in writing when I ask for a permanent job?",
        "I'm a temp and asked to be made permanent. Is there a deadline for the reply?",
        "Does the one-month written answer rule apply to flexible working requests?",
        "Must a request for more predictable employment be answered within a month?",
    ],
    "oppsettende": [
        "Can I work flexitime while the board is handling my case?",
        "Does the refusal still apply while my appeal is pending?",
        "Does a complaint to the board suspend the employer's decision?",
        "What applies in the meantime until the board decides?",
        "Do I get the arrangement while waiting for the tribunal?",
    ],
    "tln_avvisning": [
        "Who can dismiss a complaint to the board?",
        "What happens to cases that obviously don't belong to the board?",
        "Can the chair of the board reject a case without the full board?",
        "Can a case be thrown out if it clearly falls outside the board's remit?",
        "Does the whole tribunal have to sit to dismiss a case?",
    ],
    "tln_sammensetning": [
        "How is the Dispute Resolution Board composed?",
        "How many members does the board have?",
        "Who are the members of the tribunal?",
        "Is the board made up of employer and employee representatives?",
        "How many deputy chairs does the board have?",
    ],
    "tln_sekretariat": [
        "Is it the Labour Inspection Authority that decides flexitime disputes?",
        "What role does Arbeidstilsynet play for the board?",
        "Who prepares the cases for the Dispute Resolution Board?",
        "Who runs the board's secretariat?",
        "Does the labour inspectorate make the decision in my case?",
    ],
    "tln_vedtak": [
        "Does the board have to give reasons for its decision?",
        "How does the tribunal reach a decision?",
        "What does it mean if a board member dissents?",
        "Does the board decide by majority vote?",
        "Are minutes kept of the board's decisions?",
    ],
    "domstol_forst_nemnd": [
        "Can we skip the board and go straight to court?",
        "Can a working-time dispute start in the district court?",
        "Do we have to go through the Dispute Resolution Board before suing?",
        "Can my lawyer sue the employer directly over night work?",
    ],
    "domstol_under_sak": [
        "Does the employer have to comply with the board's decision while it's in court?",
        "What applies while the board's decision is being challenged in court?",
        "Can my employer wait until the court rules before following the decision?",
        "The employer has sued over the board's decision. Do I keep my arrangement meanwhile?",
        "Can the court set a different interim arrangement?",
    ],
    "domstol_frist": [
        "How long do we have to take the board's decision to court?",
        "When must a lawsuit against a board decision be filed?",
        "From which day do the eight weeks for suing run?",
        "What's the deadline for challenging the tribunal's ruling in court?",
    ],
    "rettskraft": [
        "Can my employer ignore the arrangement the board gave me?",
        "Is the board's decision binding?",
        "What happens if neither side goes to court after the board's decision?",
        "Does the employer have to respect the tribunal's ruling on my hours?",
    ],
    "oppfriskning": [
        "We missed the deadline to go to court. Is there anything we can do?",
        "Can a missed time limit be restored?",
        "Our lawsuit was filed too late. Can it be saved?",
        "Is restoration possible after missing the eight-week deadline?",
        "Can I apply for an extension after the deadline to sue has passed?",
    ],
    "diskriminering": [
        "I think I was refused because of my disability. Where do I go?",
        "Can the board deal with a discrimination claim?",
        "I was turned down and I think it's age discrimination. Who decides that?",
        "Which body handles discrimination in working-time refusals?",
        "Should a discrimination complaint go to the Anti-Discrimination Tribunal?",
    ],
    "nemnd_delvis": [
        "Home office and an earlier finish were both refused. What part of that is for the board?",
        "Can the tribunal hear the working-hours half of a refusal that also covered remote days?",
    ],
    "reisevei": [
        "I live far from the office. Is that a weighty reason for part-time under section 10-2 (4)?",
        "Do hobbies or political duties count as a reason for fewer hours?",
    ],
}
EN_MORE |= _coverage.EN_MORE
for _id, _more in _coverage.PHRASINGS.items():
    EN_MORE[_id] = EN_MORE[_id] + _more
_ids = {r["id"] for r in RULES}
assert set(EN_MORE) == _ids, sorted(_ids ^ set(EN_MORE))
for _r in RULES:
    _r["phrasings"] = _r["phrasings"] + [p for p in EN_MORE[_r["id"]] if p not in _r["phrasings"]]


# Illness named (a nurse, «sykepleier», or a nursing home, «sykehjem», is a profession or a workplace, not an illness)
SICK = r"syk(?!e(?:pleie|hjem))\w*"
# A request to move the working day: someone asks to start, finish or work other hours («vil begynne kl. 10», "asked to
# work 10 to 6", "wants to start at 7") — the phones or the mail named then are the work to cover, not being reachable
MOVE_DAY = (
    r"\b(?:ask(?:s|ed)?|wants?|wanted|would\s+like|ønsker|ønsket|vil|ville|ba\s+om|bedt\s+om|har\s+søkt\s+om)\s+(?:\w+\s+){0,2}?"
    r"(?:to\s+|å\s+|at\s+\w+\s+(?:skal\s+)?)?(?:start|begin|finish|leave|work|begynne|starte|slutte|gå|jobbe|komme|møte)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:kl\.?\s*|klokka\s+|at\s+|from\s+|fra\s+)?\d{1,2}\b"
)
# Words that name a court or suing, and a deadline said to be missed ("sendte den én dag for sent")
COURT = (
    r"(?:domstol\w*|tingrett\w*|lagmannsrett\w*|\bretten\b|rettssak\w*|rettsak\w*|søksmål\w*|saksøk\w*|stevn\w*|"
    r"gå\s+(?:rett\s+)?til\s+sak|reise\s+sak|court\w*|\bsued?\b|suing|lawsuit\w*|litigat\w*|legal\s+action|judge\w*)"
)
MISSED = (
    r"(?:oversitt\w*|glemte\s+fristen|(?:dag|dager|uke|uker)\s+for\s+sent|kom\s+for\s+sent|"
    r"send(?:te|er|t)?\s+(?:\w+\s+){0,4}for\s+sent|etter\s+at\s+fristen\s+(?:gikk|var|hadde)|fristen\s+(?:er|var)\s+(?:gått\s+)?ute|"
    r"missed\s+the\s+deadline|(?:days?|weeks?)\s+late|after\s+the\s+deadline\s+(?:had\s+)?passed|"
    # a deadline told as passed in other words («fristen … gikk ut forrige uke», «løp ut mens jeg var syk», "the eight
    # weeks expired"), not one still to come or met («før fristen gikk ut», «går ut neste fredag», "before it expired")
    r"(?<!før\s)(?<!innen\s)(?<!til\s)\b\w*frist\w*\s+(?:\S+\s+){0,10}?(?:gikk|har\s+gått|er\s+gått|var\s+gått|løp|har\s+løpt|er\s+løpt)\s+ut\b|"
    r"(?<!før\s)(?<!innen\s)\b\w*frist\w*\s+(?:\S+\s+){0,8}?(?:er|var|har\s+vært)\s+(?:\w+\s+)?(?:utløpt|passert|oversittet)\b|"
    r"(?<!before\s)(?<!until\s)\b(?:deadline|time\s+limit|(?:eight|8|four|4)\s+weeks)\s+(?:\S+\s+){0,8}?"
    r"(?:expired|ran\s+out|has\s+run\s+out|had\s+run\s+out|lapsed|passed|has\s+passed|had\s+passed)\b|"
    r"\bmissed\s+(?:the\s+|my\s+|our\s+|her\s+|his\s+)?(?:\w+\s+){0,3}?(?:deadline|time\s+limit|eight\s+weeks|8\s+weeks))"
)


# A court case said not to have been brought ("har heller ikke gått til retten", "nobody sued"): what holds
# when nobody sues (§ 17-2 (4)), never what holds while a case is in court
NO_SUIT = (
    r"(?:\bikke\s+(?:\w+\s+){0,2}(?:gått|gikk|går|gå|tatt|tar|reist|reiser|saksøkt|saksøker|anlagt|stevnet)\b|"
    r"\bingen\s+(?:\w+\s+)?(?:saksøk\w*|går\s+til|reiser)|(?:hasn.t|has\s+not|haven.t|have\s+not)\s+(?:gone|taken|sued|brought)|"
    r"(?:didn.t|did\s+not)\s+(?:go|take|sue|bring)|(?:nobody|no\s+one)\s+sue\w*|(?:doesn.t|does\s+not)\s+sue|"
    # neither ... nor: «verken følger vedtaket eller går til retten», "neither sued nor changed anything"
    r"\b(?:verken|hverken)\b[^.?!]*?\beller\s+(?:\w+\s+){0,2}?(?:går|gå|gikk|saksøk\w*|stevn\w*|reis\w*|anke\w*|anker|tar)\b|"
    r"\b(?:verken|hverken)\s+(?:\w+\s+){0,2}?(?:saksøk\w*|stevn\w*|anke\w*|anker)\b|"
    r"\bneither\s+(?:\w+\s+){0,2}?(?:sue\w*|appeal\w*|went|goes|go|took|takes|brought|brings)\b|"
    r"\bnor\s+(?:\w+\s+){0,2}?(?:sue\w*|appeal\w*|went|goes|go|took|takes|brought|brings)\b)"
)
# Home work now and then or when needed: the regulation's scope (short-term or sporadic work is outside it)
SPORADIC = (
    r"\b(?:av\s+og\s+til|(?:en|ei|et|ett)\s+og\s+annen\s+\w+|sporadisk\w*|innimellom|noen\s+ganger|iblant|sometimes|from\s+time\s+to\s+time|en\s+sjelden\s+gang|kortvarig\w*|etter\s+behov|ved\s+behov|"
    r"når\s+det\s+trengs|noen\s+(?:få\s+)?(?:dager|ganger)\s+(?:i|per|pr\.?)\s+måned\w*|(?:en|én)\s+gang\s+(?:i|per)\s+måned\w*|"
    r"now\s+and\s+then|occasional\w*|once\s+in\s+a\s+while|sporadic\w*|as\s+needed|when\s+needed|"
    r"a\s+few\s+days\s+a\s+month|once\s+a\s+month)"
)
# Going back up after reduced hours, in so many words ("tilbake i full stilling", "100 prosent igjen")
BACK_TO_FULL = (
    r"(?:tilbake\s+(?:i|til)\s+(?:full|hel|100|tidligere|opprinnelig)|opp\s+igjen|øke\s+stilling\w*|"
    r"(?:100|full)\s*(?:%|prosent)?\s*(?:stilling\s+)?igjen|back\s+to\s+full|increase\s+(?:my\s+)?(?:hours|position)|"
    r"return\s+to\s+full|(?:old|previous)\s+hours|\bøke\s+(?:\w+\s+){0,3}?igjen|increase\s+(?:\w+\s+){0,3}?again)"
)
# Children named: the parents' presumption answers only a question about them
CHILDREN = (
    r"\b(?:barn|barna|barnet|unger|ungene|ungen|småbarn\w*|barnehage\w*|skolebarn\w*|children|child|kids?|datter|døtre|døtrene|"
    r"sønn|sønnen|sønner|sønnene|daughters?|sons?|"
    r"toddlers?|kindergarten|nursery|preschool\w*|\w+åring\w*|\w+-year-olds?)\b"
)
# What a home-office agreement must contain (§ 2 first paragraph), asked in so many words
CONTENT = (
    r"(?:innhold\w*|minimum\w*|hva\s+(?:skal|må|bør)\s+(?:\w+\s+){0,3}(?:stå|være\s+med|inneholde|regulere|dekke)|"
    r"\bcontain\w*|what\s+(?:must|should|has\s+to)\s+(?:\w+\s+){0,3}(?:include|say|cover|contain))"
)


# A reduction named: the rules on reduced hours answer a question about working less, not "å gå tidlig"
REDUCTION = (
    r"(?:redus\w*|reduc\w*|færre|fewer|deltid\w*|part[\s-]time|ned\s+(?:i|til)|lavere|lower|kortere|shorter|mindre|"
    r"\bless\b|\bcut\w*|\bkutt\w*|fire\s*dager\w*|firedagers\w*|four[\s-]day|prosent|percent|%|fri\s+(?:én|en)\s+dag|day\s+off)"
)
# A health, care or welfare reason named (the health and social reasons of § 10-2 (4))
REASONS = (
    r"(?:syk(?!e(?:pleie|hjem))\w*|helse\w*|pleie\w*|omsorg\w*|diagnos\w*|sosial\w*|velferd\w*|legeattest\w*|lege\b|funksjons\w*|"
    r"spesielle\s+behov|kronisk\w*|autis\w*|adhd|kreft\w*|ektefelle\w*|forelder|foreldre\w*|\bmor\b|\bfar\b|"
    r"sick\w*|\bill\b|illness|health\w*|care\w*|diagnos\w*|social|welfare|doctor\w*|disab\w*|special\s+needs|chronic\w*|"
    r"cancer|parents?|mother|father|husband|wife|spouse|partner)"
)
# What flexible working time is or covers: that rule answers no question about the board's test or a refusal
WHAT_FLEX_IS = (
    r"(?:just\s+flexitime|plusstimer|avspasering|hva\s+(?:er|betyr|omfatter|menes|innebærer|regnes)|i\s+praksis|"
    r"forskjell\w*|det\s+samme\s+som|noe\s+annet|andre\s+(?:ting|former|ordninger)|bare\s+fleksitid|something\s+else|"
    r"different|only\s+flexitime|other\s+(?:things|forms|arrangements)|omfatter|dekker|inkluder\w*|\bmean\w*|in\s+practice|difference|"
    r"\bcover\w*|\binclud\w*|counts?\s+as|kinds?\s+of|types?\s+of|forms?\s+of|what\s+is|avoiding|start\s+and\s+finish)"
)
# Cue words for rules whose question lies in a few words that a long question drowns (see rule()).
# The facets of the written home-office agreement (hjemmekontorforskriften § 2): a question about the
# agreement's form (written, its own document or part of the contract) or about changing and ending it
# names the facet in a few words that the cluster of home-office rules, all close in meaning, drowns.
# (a child or a parent at home is not home office: «en treåring hjemme», «hjemme med syke barn»)
AT_HOME = (
    r"(?<!åring\s)(?<!barn\s)(?<!barna\s)(?<!unger\s)(?<!ungen\s)(?<!ungene\s)(?<!mor\s)(?<!far\s)(?<!mamma\s)(?<!pappa\s)"
    r"hjemme(?!\s+med\s+(?:\w+\s+)?(?:barn\w*|unge\w*|\w*åring\w*|syk\w*))\w*"
)
HOME = (
    r"(?:hjemmekontor\w*|hjemmearbeid\w*|"
    + AT_HOME
    + r"|home[\s-]?(?:office|working)|remote\w*|work(?:ing)?\s+from\s+home)"
)
# Someone in a leading or especially independent position as the one the rules are asked about (not «lederen» or
# «sjefen» who refused): «gjelder det for ledere?», «som daglig leder», "I'm a head of department", "managers"
LEADER = (
    r"(?:\bledere\b|\blederne\b|\bfor\s+(?:en\s+)?(?:daglig\s+)?leder\b|\bdaglig\s+leder\b(?!\s+(?:sa|avslo|nektet|har\s+sagt))|"
    r"\b(?:jeg\s+er|er\s+jeg|jobber\s+som|som)\s+(?:\w+\s+)?\w*(?:leder|sjef|direktør)\b|\b\w*direktør\w*|lederunntak\w*|"
    r"lederansvar|personalansvar|staff\s+responsibilit\w*|ledende\s+stilling\w*|lederstilling\w*|mellomleder\w*|særlig\s+uavhengig\w*|\bmanagers\b|"
    r"senior\s+(?:position|manager)\w*|leading\s+position\w*|managerial|(?:i\s+am|i'm|work\s+as|as)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:manager|head|leader|lead|supervisor|director|ceo)\b|\bceo\b|head\s+of\s+(?:a\s+|the\s+)?department)"
)
AGREEMENT = r"(?:avtal\w*|ordning\w*|agreement\w*|arrangement\w*)"
# The agreed home days cut by the employer, told without the word "change": «bare får én dag i stedet for to», «skal ned
# til én fra januar», "only Fridays from next month", "cut it"
CUT_TOLD = (
    r"(?:(?:skal|må|går|settes)\s+ned\s+til|ned\s+fra\s+\w+\s+til|kutte\w*|kuttet|"
    r"fra\s+(?:og\s+med\s+)?(?:neste\s+(?:måned|uke|år)|nyttår|januar|februar|mars|april|mai|juni|juli|august|september|oktober|"
    r"november|desember)|\bcut\w*|reduc\w*\s+(?:it|them|my|our|the)\b|(?:only|just)\s+\w+\s+(?:\w+\s+)?from\s+next|"
    r"from\s+next\s+(?:month|week|year))"
)
ONE_SIDED_CUT = r"(?:i\s+stedet\s+for|istedenfor|instead\s+of|" + CUT_TOLD + r")"
# A refusal of a request about working time: a rule that answers for home office alone does not answer it
# (the law's name as the asker's premise is no request about the hours: «jeg trodde retten til fleksibel arbeidstid også
# gjaldt hvor jeg jobber», "the law gives a right to flexible work")
WORKING_TIME_TOO = (
    r"(?:(?<!rett\stil\s)(?<!retten\stil\s)(?<!right\sto\s)(?:fleksitid\w*|fleksibel\s+arbeidstid)|(?<!fleksibel\s)arbeidstid\w*|"
    r"redus\w*|kortere\s+(?:dag|arbeidsdag|uke)\w*|"
    r"(?:begynne|starte|slutte|gå|komme|møte|dra)\w*\s+(?:\w+\s+){0,2}(?:kl\.?\s*|klokka\s+)?\d{1,2}\b|\bkl\.?\s*\d{1,2}\b|"
    r"\b\d{1,2}[.:]\d{2}\b|(?:starte|begynne|slutte|gå\s+hjem)\s+(?:tidligere|senere)|(?<!right\sto\s)(?:flexi\w*|flexible\s+hours)|working[\s-]hours|"
    r"reduced\s+hours|shorter\s+days|(?:earlier|later)\s+(?:start|finish)|start(?:ing)?\s+times?|" + CLOCK_RANGE + ")"
)
# An arrangement kept on after the authorities' order ("som fortsatt har faste hjemmedager", "etter pandemien")
STILL_AFTER = (
    r"(?:\bfortsatt\b|fremdeles|fortsetter|videreført\w*|etter\s+(?:pandemien|korona\w*|covid\w*|nedstengning\w*)|"
    r"er\s+(?:nå\s+)?(?:borte|over|opphevet|fjernet|avsluttet)|ikke\s+lenger|siden\s+(?:pandemien|korona\w*|covid\w*|20[12]\d)|"
    r"after\s+the\s+(?:pandemic|lockdown)|no\s+longer|(?:are|is)\s+(?:now\s+)?(?:gone|over|lifted)|ever\s+since)"
)
# Home work now and then in other words ("nå og da", "annenhver uke når det passer", "et par ganger i måneden"),
# counted only where home work is named (alone they are words of any timing: "begynne når det passer")
SPORADIC_HOME = (
    rf"(?:{SPORADIC}|^(?=.*{HOME}).*\b(?:nå\s+og\s+da|i\s+ny\s+og\s+ne|en\s+gang\s+i\s+blant|annenhver\s+uke|"
    r"hver\s+andre\s+uke|når\s+det\s+passer|sjelden\w*|(?:et\s+par|noen\s+få|få)\s+ganger\s+(?:i|per|pr\.?)\s+(?:måned\w*|år\w*)|"
    r"every\s+other\s+week|rarely|a\s+couple\s+of\s+times\s+a\s+month|"
    # less often than every week, however it is counted: "annenhver fredag", "every second Monday", a few days
    # or times a month ("et par dager i måneden", "maybe three times a month")
    r"annenhver\s+\w+|hver\s+andre\s+\w+|every\s+(?:other|second)\s+\w+|"
    r"(?:en|én|ett|et|to|tre|fire|[1-4]|et\s+par|par|noen|få|one|two|three|four|a\s+couple\s+of|a\s+few|few|once|twice)\s+"
    r"(?:(?:dager|dag|ganger|gang|days?|times?)\s+)?(?:i|per|pr\.?|a|an|each|every)\s+(?:måned\w*|month)\b))"
)
# A long way to work, leisure or political work named as the reason (not a reason of § 10-2 (4))
COMMUTE = (
    r"(?:reisevei\w*|reisetid\w*|pendl\w*|\btimer?\s+(?:hver\s+vei|tur[/\s-]retur)|lang\s+vei\s+(?:til|på)\s+(?:jobb|arbeid)\w*|"
    r"bor\s+langt\s+(?:unna|fra)|fritidsaktivitet\w*|hobby\w*|politisk\w*\s+(?:arbeid|verv)|commut\w*|travel(?:ling)?\s+time|"
    r"long\s+journey|each\s+way|live\s+far\s+(?:from|away)|leisure|hobb(?:y|ies)|political\s+(?:work|office|duties))"
)
# Who decides a case: the directorate (Arbeidstilsynet) is the nemnd's secretariat, not its judge
SECRETARIAT = (
    r"^(?!.*"
    + HOME
    + r").*(?:arbeidstilsyn\w*|labour\s+inspection\w*|labour\s+inspectorate|directorate|sekretariat\w*|secretariat)"
)
CUES = {
    # an offer of something else than what was asked (legal14: «Arbeidsgiveren tilbød meg en annen ordning … Betyr det
    # noe for saken i nemnda?» had the rule on how a case is sent)
    "alternativ_tilbud": [
        r"\b(?:tilb(?:ød|yr|udt|ys|ud)\w*|foreslo\w*|foreslått\w*|offer\w*)",
        r"\b(?:annen|annet|andre|alternativ\w*|i\s+stedet|istedenfor|another|other|instead)\b",
    ],
    "tln_sekretariat": [
        SECRETARIAT,
        r"(?:avgjør\w*|bestemm\w*|utfall\w*|dømme\w*|\bdecid\w*|\brul(?:e|es|ing)\b|\bjudge\w*|outcome|verdict|"
        r"forbered\w*|\brolle\b|\brole\b|paperwork|prepar\w*|sets?\s+up\s+the\s+meeting|kaller\s+inn)",
        r"(?:\w*nemnd\w*|tvist\w*|\bsak(?:en|a)?\b|klage\w*|avslag\w*|board|tribunal|dispute\w*|\bcases?\b|complaint\w*|refusal\w*)",
    ],
    # a provision the question names itself is what it asks about («etter § 14-8 a må vi vel …», "section 14-8 a says …")
    "aml_14_8a": [r"14\s*-\s*8\s*a\b"],
    # no flexitime scheme at the workplace: whether the right still reaches other flexibility ("anything besides a flexitime
    # scheme", «vi har ingen fleksitidsordning»)
    "fleks_mer_enn_fleksitid": [
        r"(?:(?:\bno|\bnot\s+(?:a|any)|without|ingen|ikke\s+noen?|uten)\s+(?:\w+\s+){0,2}?(?:flexi-?time|fleksitid)\w*|"
        r"(?:besides|other\s+than|apart\s+from|annet\s+enn|utenom)\s+(?:\w+\s+){0,2}?(?:flexi-?time|fleksitid)\w*)",
        r"(?:\bright\w*|\blaw\b|\bact\b|\bcover\w*|\bapply\b|\bapplies\b|\bask\b|\brett\w*|\bloven\b|omfatt\w*|gjelder|"
        r"be\s+om|betyr|\bmean\w*|besides|other\s+than|annet\s+enn)",
    ],
    # a long commute (or leisure, politics) as the reason for working less: not a welfare reason (not home office)
    "reisevei": [rf"^(?!.*{HOME}).*{COMMUTE}", REDUCTION + r"|kortere|firedagers\w*|jobbe\s+mindre|work\s+less"],
    # a refusal of home office and of working time together, asked what can go to the nemnd
    "nemnd_delvis": [
        HOME,
        WORKING_TIME_TOO,
        r"(?:\w*nemnd\w*|board|tribunal)",
        r"(?:både|begge|i\s+tillegg|samtidig|også|kombin\w*|noe\s+av|hvilken\s+del|den\s+delen|both|as\s+well|also|"
        r"any\s+of|which\s+part|combined)",
    ],
    # how long there is to sue after the nemnd's decision: the eight weeks of § 17-2 (3)
    "domstol_frist": [
        r"(?:hvor\s+lang\s+tid|hvor\s+lenge|innen\s+(?:når|hvilken\s+(?:frist|dato|dag))|hvilken\s+frist|\w*frist\w*|how\s+long|"
        r"by\s+when|deadline|time\s+limit)",
        COURT,
        r"(?:\w*nemnd\w*|vedtak\w*|avgjørelse\w*|\bvant\b|tapte|medhold|board|tribunal|decision|ruling|\bwon\b|\blost\b)",
    ],
    # a substitute or reorganising given as the employer's reason, asked whether it is enough: the nemnd's
    # practice on substitutes (not the employee asked to take extra shifts)
    "vikar": [
        r"(?:vikar(?!vakt)\w*|innleie\w*|leie\s+inn|leid\s+inn|omorganiser\w*|substitut\w*|\btemps?\b|temp\s+staff|"
        r"temporary\s+staff)",
        r"(?:\bnok\b|holder\s+(?:det|som)|god\s+nok|gyldig\w*|grunn\w*|ulempe\w*|avslå\w*|avslag\w*|\bsi\s+nei|sier\s+nei|"
        r"enough|valid|reason\w*|refus\w*|turn\w*\s+down|justif\w*|inconvenien\w*)",
    ],
    # whether a refusal of working time must be written or reasoned (not a part-timer's request for a fuller or
    # permanent post, § 14-8 a's question, nor a home-office agreement, which the nemnd does not handle); or a refusal
    # that gave no reason, and whether it holds (english9)
    "avslag_skriftlig": [
        r"(?:(?:didn.t|did\s+not|doesn.t|does\s+not|never|without)\s+(?:\w+\s+)?(?:say|give|state|explain|tell)\w*\s+(?:\w+\s+)?(?:why|reasons?)|"
        r"no\s+reasons?\s+(?:given|stated)|without\s+(?:any\s+)?reasons?|unreasoned|uten\s+(?:noen\s+)?begrunnelse|ikke\s+(?:\w+\s+)?begrunnet|"
        r"(?:sa|sier|forklarte)\s+ikke\s+(?:hvorfor|noe\s+om\s+hvorfor))|"
        # (a refusal named, and asked whether it must be written, or whether an oral no holds: not "fikk skriftlig nei ...
        # når går fristen ut?")
        r"^(?=.*(?:avslag\w*|avslå\w*|avslo|\bnei\b|svar\w*|refus\w*|rejection|reject\w*|turned\s+down|\bno\b|repl\w*|answer\w*))"
        r"(?!.*(?:full\w*\s+stilling|fast\s+(?:\w+\s+)?stilling|større\s+stilling|høyere\s+stilling|deltid\w*|midlertidig\w*|"
        r"vikariat\w*|permanent|full[\s-]time|bigger\s+(?:post|position|job)|part[\s-]time|temporary|" + HOME + r")).*"
        r"(?:(?:må|skal|bør|trenger|plikt\w*|forplikt\w*|krav\w*|kreve\w*|have\s+to|has\s+to|must|required?|obliged|need\w*)\b"
        r".{0,60}?\b(?:skriftlig\w*|begrunn\w*|in\s+writing|written|explain\s+why|give\s+reasons)|"
        r"(?:muntlig\w*|verbal\w*|orally)\b.{0,80}?\b(?:gyldig\w*|holder|godt\s+nok|teller|valid|count\w*|enough|proper)|"
        # (the same asked the other way round: «holder et muntlig avslag?», "is a verbal refusal valid?")
        r"\b(?:holder|gjelder|teller|gyldig\w*|valid|count\w*)\s+(?:\w+\s+){0,3}?(?:muntlig\w*|verbal\w*|oral)\b)"
    ],
    "ho_skriftlig_avtale": [
        # (not what the agreement must contain, nor work at home now and then: the content's and the scope's
        # questions, which name writing too)
        # (nor an agreed arrangement cut by the employer: «avtalt skriftlig tre dager, nå skal vi ned til én»; not
        # «i stedet for» alone, which is also the asker's own wish: «jobbe hjemme tre dager i stedet for to»)
        rf"^(?!.*(?:{CONTENT}|{SPORADIC_HOME}|{CUT_TOLD})).*{HOME}",
        # (not the employment contract alone: «står det noe i arbeidsavtalen min om ...» asks what it says)
        r"\b(?:skriftlig\w*|muntlig\w*|skrevet\s+(?:ned|inn)|skrive\w*\s+ned|på\s+papiret|eget\s+dokument|vedlegg\w*|"
        r"tillegg\s+til\s+(?:arbeidsavtalen|arbeidskontrakten|ansettelseskontrakten)|in\s+writing|written|oral\w*|verbal\w*|"
        r"separate\s+document|annex\w*|addendum)",
    ],
    "ho_endringer": [
        HOME,
        AGREEMENT,
        r"\b(?:si\s+opp|sier\s+opp|sa\s+opp|oppsigelse\w*|avslutt\w*|endre\w*|endring\w*|tidsbegrens\w*|"
        r"terminat\w*|cancel\w*|chang\w*|(?:can|may|could)\s+\w+\s+(?:\w+\s+)?end\b|be\s+ended|" + ONE_SIDED_CUT + r")",
    ],
    # how long a home-office agreement lasts, or whether it may be temporary: the agreement's duration
    # is one of the items § 2 first paragraph lists
    "ho_avtale_innhold": [
        HOME,
        AGREEMENT,
        r"\b(?:varighet\w*|midlertidig\w*|(?:ett|et|ett|to|tre)\s+år\b|periode\w*|prøvetid\w*|hvor\s+lenge|"
        r"how\s+long|fixed[\s-]term|temporary|duration|trial\s+period|(?:one|a|two)\s+years?\b)|" + CONTENT,
    ],
    # more hours than the total limit allows in a day (13) or a week (48), named as a number
    "samlet_arbeidstid": [
        r"^(?:(?=.*\b(?:1[3-9]|2[0-4])\s*(?:timer|t|hours?)\b)(?=.*\b(?:dag\w*|døgn\w*|days?|shifts?|vakt\w*)\b)|"
        r"(?=.*\b(?:4[89]|[5-9]\d)\s*(?:timer|t|hours?)\b)(?=.*\b(?:uke\w*|sju\s+dager|weeks?|seven\s+days)\b))"
    ],
    # the deadline for suing said to be missed: restoration (§ 17-2 (4) speaks of the eight weeks to sue,
    # not of the four weeks to bring a case to the nemnd)
    "oppfriskning": [MISSED, COURT + r"|åtte\s+uker|8\s+uker|eight\s+weeks|8\s+weeks|søksmålsfrist\w*"],
    # working from home although told not to: the risk of defying the instruction, not whether there is a right
    "ho_mot_instruks": [
        HOME,
        r"(?:likevel|uansett|mot\s+(?:beskjed\w*|instruks\w*|ordre\w*|viljen)|uten\s+(?:lov|tillatelse|å\s+spørre)|anyway|"
        # the instruction disregarded in other words: "har oversett beskjeden", "ignorerer pålegget", "defied"
        r"(?:overs[eå]\w*|ignorer\w*|trosse\w*|trosset)\s+(?:\w+\s+)?(?:beskjed\w*|instruks\w*|pålegg\w*|ordre\w*)|"
        r"(?:ignor\w*|defie[sd]|defy\w*|disobey\w*)\s+(?:\w+\s+){0,2}(?:instructions?|orders?|request|demand|told)|"
        r"regardless|against\s+(?:\w+\s+)?(?:instructions?|orders?|wishes)|despite|without\s+permission)",
    ],
    # a manager or someone with staff responsibility asking about flexible working time: the exception
    # for leading positions (§ 10-12), named in a few words a long question drowns; the words must be
    # about the asker ("jeg er avdelingsleder"), not the manager who refused ("avdelingslederen sa nei")
    "fleks_ledere": [
        # (not a manager asked by one of the staff: «jeg er avdelingsleder. En av mine ansatte krever fleksitid»,
        # "I'm a store manager and one of my staff wants flexitime" — the right asked about is the employee's)
        r"^(?!.*(?:\b(?:mine|våre)\s+(?:\w+\s+)?(?:ansatte|medarbeidere|underordnede|folk)|\ben\s+(?:av\s+)?(?:mine|våre)\b|"
        r"\b(?:en|ei|noen)\s+(?:\w+\s+)?i\s+(?:gruppa|gruppen|teamet|avdelingen|seksjonen)\s+(?:mi|min|mitt|vår|vårt)\b|"
        r"\b(?:one|some|several|two|three)\s+of\s+my\s+(?:staff|employees|team|reports|people|workers)|\bmy\s+(?:staff|employees|team\s+members?|"
        r"direct\s+reports?|reports)\b|\bsomeone\s+(?:in|on|from)\s+my\s+team))"
        r".*(?:\b(?:jeg\s+er|er\s+jeg|jobber\s+som|som)\s+(?:\w+\s+)?\w*(?:leder|sjef)\b|lederansvar|personalansvar|"
        r"ledende\s+stilling|lederstilling|mellomleder|(?:i\s+am|i'm|work\s+as|as)\s+an?\s+(?:\w+\s+)?(?:manager|head|leader|lead|supervisor|director)\b|"
        r"middle\s+manager|senior\s+position|leading\s+position|managerial|staff\s+responsibilit)",
        r"(?:fleks\w*|glidende|flexi\w*|flexible)",
    ],
    # a leader asking about reduced hours or night work (not flexitime): what § 10-12 leaves in force
    "ledere_redusert_natt": [
        LEADER,
        r"(?:redus\w*|deltid\w*|gå\s+ned\s+i\s+(?:tid|stilling)|lavere\s+stilling\w*|kortere\s+(?:dag|arbeidsdag|uke)\w*|natt\w*|"
        r"\bkapittel\s+10\b|reduc\w*|part[\s-]time|fewer\s+hours|night\w*|chapter\s+10\b)",
    ],
    # young children named with a wish to work less: the presumption for parents of children under ten
    # (not a child who is ill or disabled: that is the health and welfare reasons' question)
    "redusert_smabarn": [
        # (not going back up after a reduction: "tilbake i full stilling", "100 prosent igjen")
        r"^(?!.*(?:syk(?!e(?:pleie|hjem))\w*|funksjonsnedsett\w*|funksjonshem\w*|pleie\w*|diagnose\w*|autis\w*|adhd|kronisk\w*|kreft\w*|"
        r"spesielle\s+behov|særskilte\s+behov|sick|ill\b|illness|disab\w*|special\s+needs|chronic\w*|cancer|"
        + BACK_TO_FULL
        + r")).*"
        + CHILDREN,
        r"(?:redus\w*|kortere\s+(?:dag|arbeidsdag|arbeidstid|uke)\w*|deltid\w*|jobbe\s+mindre|gå\s+ned\s+i\s+(?:tid|stilling)|"
        r"lavere\s+stilling\w*|\d+\s*(?:%|prosent|percent)|fire\s+dager|firedagers\w*|reduce\w*|reduction|"
        r"shorter\s+(?:days|hours|week)|part[\s-]time|fewer\s+hours|work\s+less|four[\s-]day)",
    ],
    # the working day moved, named as clock times and a change ("begynne kl 7 og gå kl 15 istedenfor 8-16"):
    # flexible working time, whatever else a long question says
    "fleks_rett": [
        # (the employee's wish: not "sjefen vil flytte starten min til kl 6", the employer changing the hours)
        # (nor whether the refusal can go to the nemnd or a court: "fikk nei til å begynne kl. 07.00 ... kan det bringes inn for nemnda?")
        r"^(?!.*(?:\w*nemnd\w*|domstol\w*|tingrett\w*|\bretten\b|board|tribunal|court))"
        r"(?!.*(?:sjefen|lederen|arbeidsgiver\w*|bedriften|ledelsen|employer|boss|manager|company)\s+(?:\w+\s+)?"
        r"(?:vil|skal|ønsker|har\s+bestemt|bestemte|flytter|endrer|endret|krever|wants?|will|is\s+moving|moved|changed|requires?)\b)"
        r".*(?:(?:begynne|starte|møte|komme|gå|slutte|dra|start|begin|come\s+in|leave|finish)\w*\s+(?:\w+\s+){0,2}"
        r"(?:kl\.?|klokka|klokken|at)?\s*\d{1,2}\b|"
        # (or the hours to work as a clock range: «jobbe 9-17», "do 8-4")
        r"\b(?:jobbe|arbeide|work|do)\w*\s+(?:\w+\s+){0,2}?(?:" + CLOCK_RANGE + "))",
        r"(?:istedenfor|i\s+stedet\s+for|forskyv\w*|flytte\w*|tidligere|senere|\b\d{1,2}\s*[-–]\s*\d{1,2}\b|"
        r"instead\s+of|earlier|later|\bshift\s+my|"
        # (or a wish to start or finish at a time: «ønske … om å slutte 14.30», "wants to leave at 3")
        r"\b(?:ønske\w*|ønsker|ønsket|vil|ville|ba\s+om|bedt\s+om|søkt\s+om|søknad\w*|wants?|wanted|asked|asks|would\s+like|request\w*)\s+"
        r"(?:\w+\s+){0,4}?(?:å\s+|to\s+)?(?:begynne|starte|slutte|gå|komme|dra|start|begin|leave|finish|come\s+in)\w*\s+"
        r"(?:\w+\s+){0,2}?(?:kl\.?\s*|klokka\s+|at\s+)?\d{1,2}\b|"
        # (both ends of the working day: "start at 06:30 and leave at 14:30", «begynne kl. 7 og gå 15»)
        r"\d{1,2}(?:[.:]\d{2})?\s+(?:og|and)\s+(?:\w+\s+){0,2}?(?:gå|slutte|dra|leave|finish|go\s+home|stop)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:kl\.?\s*|klokka\s+|at\s+)?\d{1,2}\b)",
    ],
    # too few people left at work to serve children, patients or customers: the nature of the post (someone
    # must be there), which the employer must still show is a significant inconvenience
    "stillingens_art": [
        # (weighed against a request to work otherwise: not "kan arbeidsgiver pålegge meg overtid?")
        r"(?:fleks\w*|redus\w*|kortere|deltid|\bfri\b|fridag\w*|slutte|gå\s+tidlig|søk\w*|avsl\w*|si\s+(?:ja|nei)|nekte\w*|"
        r"innvilge\w*|hente|request\w*|refus\w*|flexi\w*|reduc\w*|part[\s-]time|say\s+(?:yes|no)|time\s+off|leave\s+early)",
        r"(?:ikke\s+(?:\w+\s+)?nok\s+(?:folk|voksne|ansatte|personale|bemanning|hender)|for\s+(?:få|lite)\s+(?:folk|voksne|ansatte|personale)|"
        r"underbemann\w*|\bbemanning\w*|not\s+enough\s+(?:staff|people|hands)|understaffed|too\s+few\s+(?:staff|people)|"
        # (or someone must be there to serve: «telefonen må betjenes», «skranken må være bemannet», «vi trenger folk i kassa»,
        # "someone has to answer the phones", "the front desk must be covered")
        r"(?:telefon\w*|skranke\w*|resepsjon\w*|kassa|kassen|disken|luka|phones?|front\s+desk|reception\w*|desk|till)\s+(?:\w+\s+){0,3}?"
        r"(?:må|skal|has\s+to|have\s+to|must|needs?\s+to)\s+(?:\w+\s+){0,2}?(?:betjen\w*|bemann\w*|dekk\w*|besvar\w*|staffed|covered|manned|answered)|"
        r"\b(?:noen|someone|somebody)\s+(?:\w+\s+)?(?:må|skal|has\s+to|have\s+to|must|needs?\s+to)\s+(?:\w+\s+){0,2}?"
        r"(?:betjene|svare|dekke|være\s+(?:til\s+stede|på\s+plass|der)|answer|cover|staff|man|be\s+(?:there|present|on))\b|"
        r"\b(?:trenger|må\s+ha|need)\s+(?:\w+\s+){0,2}?(?:folk|noen|someone|people|staff)\s+(?:i|på|in|on|at)\s+"
        r"(?:kassa|kassen|skranken|resepsjonen|telefonen|disken|the\s+(?:till|desk|front\s+desk|phones?|reception))|"
        r"må\s+være\s+til\s+stede|has\s+to\s+be\s+present|"
        r"\b(?:noen|someone|somebody)\s+(?:\w+\s+)?(?:må|skal|has\s+to|have\s+to|must|needs?\s+to)\s+(?:være|be)\s+(?:i|på|at|on|in)\s+"
        r"(?:the\s+)?(?:skranken|resepsjonen|kassa|kassen|disken|telefonen|front\s+desk|desk|reception|till|counter|phones?)\b|"
        # (or the nature of the post named, or the asker the only one on duty)
        r"stillingens\s+art|arbeidets\s+art|nature\s+of\s+(?:the|my|her|his|this)\s+(?:job|post|work|position|role)|"
        r"\b(?:the\s+)?only\s+(?:\w+\s+)?(?:nurse|one|person|employee|staff\s+member)\s+on\b|eneste\s+(?:\w+\s+)?på\s+(?:vakt|jobb)|"
        # (or shift work given as the reason: «kan de si nei fordi det er turnus?», "just because we work in shifts")
        # (the work done in shifts, not a shift plan already made: «fordi turnusen allerede var lagt» is timing)
        r"(?:fordi|siden|ettersom|pga\.?|på\s+grunn\s+av)\s+(?:det\s+er\s+|vi\s+går\s+i\s+|jeg\s+går\s+i\s+|(?:vi|jeg|hun|han|de)\s+jobber\s+(?:i\s+)?)?"
        r"(?:turnus|turnusarbeid|skiftarbeid|skift)\b(?!\w*\s+(?:allerede|er\s+lagt|var\s+lagt|ble\s+lagt))|"
        r"\b(?:because|since)\s+(?:we|i|she|he|they)\s+work\s+(?:in\s+)?shifts\b|\b(?:because|since)\s+(?:it'?s|it\s+is)\s+(?:shift\s+work|a\s+rota))",
    ],
    # an arrangement allowed or working before ("har fått lov til å gå tidlig tidligere", "worked fine last year"):
    # past practice weakens the employer's claim of inconvenience
    "tidligere_praksis": [
        r"(?:(?:har\s+(?:fått|hatt)\s+lov|har\s+fungert|fungerte|fikk\s+lov|har\s+hatt\s+(?:det|ordningen|fleksitid\w*))"
        r".{0,60}?\b(?:tidligere|før|i\s+fjor|lenge|i\s+(?:\w+\s+)?år)\b|\bhadde\s+(?:\w+\s+)?(?:fleksitid|ordningen)\s+"
        r"(?:i\s+fjor|før|tidligere|lenge|i\s+(?:\w+\s+)?år)|\b(?:tidligere|i\s+fjor)\b.{0,40}?(?:fått\s+lov|fungert|"
        r"hatt\s+(?:det|ordningen))|(?:used\s+to|previously|last\s+year|in\s+the\s+past).{0,40}?(?:allowed|worked|had\s+(?:it|the))|"
        r"(?:was\s+allowed|were\s+allowed|worked\s+fine|had\s+it).{0,40}?(?:before|previously|last\s+year|in\s+the\s+past))"
    ],
    # care for someone, or a diagnosis or lasting condition, with a wish to work less: the health and social
    # reasons of § 10-2 (4), weighed even when no phrasing is near (English questions are far from them)
    "redusert_sosial_helse": [
        r"(?:look(?:ing)?\s+after|car(?:e|ing)\s+for|take\s+care\s+of|pleie\w*|ta\s+vare\s+på|følge\s+opp|omsorg\w*|"
        r"diagnos\w*|adhd|autis\w*|funksjonsnedsett\w*|funksjonshem\w*|kronisk\w*|special\s+needs|disab\w*|chronic\w*)",
        REDUCTION,
    ],
    # who decides where the work is done: the management right, no statutory right to home office (TLN 77/23)
    "ho_ingen_rett": [
        r"(?:who\s+(?:decides|determines|gets\s+to\s+(?:decide|choose))|hvem\s+(?:bestemmer|avgjør|velger))\b"
        r".{0,40}?\b(?:where|hvor(?!\s+(?:mye|mange|lenge|ofte|langt|stor\w*|mange))|arbeidssted\w*|place\s+of\s+work|workplace)\b"
    ],
    # back at work after sick leave, gradually or in part: adaptation (§ 4-6), outside the nemnd (TLN 02/21)
    "sykmelding_4_6": [
        r"(?:sykmeld\w*|\bsyk\b|vært\s+syk|sykdom\w*|sick\s+leave|been\s+(?:sick|ill)|illness)",
        r"(?:tilbake|gradert\w*|gradvis|etter\s+(?:sykmelding\w*|sykdom\w*)|return\w*|back\s+(?:to\s+work|after|at\s+work)|"
        r"coming\s+back|phased)",
    ],
    # going back up in so many words, whatever reason the reduction had ("fordi jeg har små barn")
    "redusert_tilbake": [BACK_TO_FULL],
    # more specific than the written-agreement facet they share words with (cue_bonus below)
    "ho_unntak_myndigheter": [
        r"\b(?:pandemi\w*|smitte\w*|korona\w*|covid\w*|lockdown|(?:helse)?myndighetene|regjeringen|staten\b|"
        r"government|the\s+authorities|health\s+authorit\w*|public\s+health)",
        # (the authorities' order or the time it was in force: not "trodde vi hadde fått rett på det etter korona")
        r"\b(?:pålegg\w*|pålagt|anbefal\w*|ber\b|\bba\b|oppfordr\w*|råd\w*|stengt\w*|nedstengning\w*|lockdown|"
        r"(?:under|i\s+løpet\s+av|i)\s+(?:\w+\s+)?(?:pandemi\w*|korona\w*|covid\w*|smitte\w*)|"
        r"during\s+(?:the\s+)?(?:pandemic|covid|corona)|order\w*|recommend\w*|advis\w*|tell\w*|urg\w*)",
    ],
    "ho_forskrift_virkeomraade": [SPORADIC_HOME],
    "overtid_fritak": [
        r"(?:overtid\w*|merarbeid\w*|ekstravakt\w*|ekstra\s+vakt\w*|ekstra\s+timer|overtime|extra\s+(?:hours|shifts)|"
        r"jobbe\s+(?:sent|lenger)|bli\s+(?:igjen|lenger)|lange\s+dager|work(?:ing)?\s+late|stay(?:ing)?\s+(?:late|behind|on)|"
        r"long(?:er)?\s+(?:days|hours))",
        # (or the exemption's own conditions named: the work can wait, or others can do it)
        r"(?:nekte\w*|slippe\w*|fritak\w*|fritas|si\s+nei|avslå\w*|unntatt|refuse\w*|excuse\w*|exempt\w*|say\s+no|"
        r"decline\w*|utsett\w*|kan\s+vente|kunne\s+(?:ha\s+)?ventet|andre\s+kan\s+(?:gjøre|ta)|postpone\w*|(?:can|could)\s+(?:\w+\s+)?wait|"
        r"done\s+by\s+(?:a\s+|another\s+)?(?:colleague|someone|others?))",
    ],
    "frist_helg": [
        r"(?:lørdag|søndag|helligdag|helg\b|helgen|\b1\.\s*mai|\b17\.\s*mai|jul|påske|pinse|nyttår|kristi|saturday|sunday|holiday|weekend|easter|christmas|whitsun|ascension|new\s+year)",
        r"(?:frist\w*|siste\s+dag|går\s+ut|utløper|ender|deadline|last\s+day|run\w*\s+out|expir\w*|\bends?\b|falls?\s+on|"
        r"fire\s+uker|four\s+weeks|time\s+limit)",
    ],
    "frist_beregning": [
        r"(?:mandag|tirsdag|onsdag|torsdag|fredag|hvilken\s+dag|hvilken\s+dato|regne\s+ut|beregne\w*|monday|tuesday|wednesday|thursday|friday|which\s+day|count)",
        # (or whether a day named is too late, or in time: «sendte saken 21. desember, er hun for sent ute?»)
        r"(?:frist\w*|siste\s+dag|deadline|last\s+day|for\s+sent|sent\s+ute|i\s+tide|too\s+late|in\s+time)",
    ],
    "redusert_62": [
        r"\b(?:6[2-9]|7[0-5])(?:\s*år|\b)(?!\s*(?:%|prosent|timer|dager))",
        r"(?:redus\w*|mindre|\bned\b|færre|kortere|deltid|fire\s+dager|prosent|percent|%|stilling\w*|fri\s+(?:én|en)\s+dag|reduce\w*|part.time|four.day|fewer|less|shorter|cut\s+(?:down|back)|scale\s+back|go\s+down)",
    ],
    "frist_postlagt": [
        # (sending named with the moment it happens, not "siste frist for å sende saken": any deadline's words)
        # (the case posted or sent, not the refusal that came in the post: «fikk avslaget i posten», "came by post";
        # and "sent" only as the English verb: «for sent» / «sent ute» are bokmål for late)
        r"(?:postl\w*|poststempl\w*|\bpost(?:e|et|er|a)\s+(?:\w+\s+){0,2}?(?:saken|klagen|brevet|den|det)\b|e-post\w*|epost\w*|"
        r"\bsen[dt]\w*\s+(?:\w+\s+){0,4}?(?:på|den|i|innen|før|etter)\s+(?:\w+\s+){0,2}?"
        r"(?:siste\s+dag|fristdag\w*|tide|midnatt|kveld\w*|dagen)|\bsen[dt]\w*\s+(?:\w+\s+){0,4}?(?:i\s+posten|per\s+post|med\s+posten|som\s+brev)|"
        r"avsend\w*|elektronisk\w*|edialog|digital\w*|email|e-mail|\bmail(?:ed|ing)?\b|\bpost(?:ed|ing)\b|"
        r"(?:send|sending|sent|mail|mailed)\s+(?:\w+\s+){0,3}?by\s+(?:post|mail|e-?mail)|"
        r"\b(?:is|was|were|be|been|being|gets?|got|i|we|she|he|they|you)\s+(?:\w+\s+)?sent\b(?!\s+ute)|"
        r"(?<!for\s)\bsent\s+(?:it|the|my|our|her|his|their|them|in|off|by|on|before|at)\b|"
        # the case put in the post by the asker («la brevet i postkassen», «legger klagen i postkassa», "dropped the
        # envelope in the postbox"), not the refusal found there («avslaget lå i postkassa»)
        r"\b(?:legg\w*|la|lagt|putt\w*|slipp\w*|sluppet|leverte|levere|lever)\s+(?:\w+\s+){0,6}?i\s+post(?:kass\w*|en|boks\w*)\b|"
        r"\b(?:put|puts|putting|drop|drops|dropped|dropping|popped|slipped)\s+(?:\w+\s+){0,4}?in(?:to)?\s+(?:the\s+|a\s+)?"
        r"(?:post\s*box|mail\s*box|letter\s*box|postbox|mailbox|letterbox|post\b|mail\b))",
        r"(?:siste\s+dag|i\s+tide|for\s+sent|innen\s+fristen|midnatt|fristen|mottar|mottatt|last\s+day|final\s+day|in\s+time|too\s+late|deadline)",
    ],
    "rettskraft": [
        r"(?:\bingen\b|\bnobody\b|no\s+one|neither|ikke\s+(?:\w+\s+)?(?:saksøk\w*|reis\w*|går\s+til|tar\s+(?:saken|den)|anlegg\w*)|"
        r"fristen\s+(?:går\s+ut|løper\s+ut|er\s+ute)|doesn.t\s+sue|does\s+not\s+sue)|" + NO_SUIT,
        r"(?:saksøk\w*|søksmål\w*|\bretten\b|domstol\w*|tingrett\w*|\bsues?\b|court)",
        r"(?:vedtak\w*|avgj\w*|avgjørelse\w*|nemnd\w*|decision|board)",
    ],
    # someone else bringing the case (a lawyer, the union, a tillitsvalgt on a member's behalf): the written authority
    "tln_fullmakt": [
        r"(?:på\s+(?:mine|hennes|hans|deres|vegne)\s*(?:vegne)?|fullmakt\w*|advokat\w*|fagforening\w*|tillitsvalgt\w*|representant\w*|"
        r"for\s+(?:et|vårt|mitt)\s+medlem|on\s+(?:\w+\s+)?behalf|power\s+of\s+attorney|authori[sz]\w*|lawyer\w*|solicitor\w*|"
        r"attorney|representative\w*|union\b|union\s+rep\w*|shop\s+steward\w*|for\s+(?:a|my|our|the)\s+member|"
        # someone else's case in other words: «for en kollega», «klubbleder», "for a colleague"
        r"for\s+(?:en|ei|et|min|mitt|vår|vårt)\s+(?:kollega\w*|ansatt\w*|medarbeider\w*)|klubbleder\w*|"
        r"for\s+(?:a|my|our)\s+(?:colleague|co-?worker)s?)",
        r"(?:send\w*|fremme\w*|reise\w*|føre\w*|bringe\w*|klage\w*|melde\w*|file\w*|submit\w*|bring\w*|lodge\w*|"
        r"take\s+(?:it|the\s+case|my\s+case|a\s+case)|handle\w*)",
        r"(?:nemnd\w*|tvisteløsning\w*|\bsak\w*|board|tribunal|\bcase\b|complaint)",
    ],
    # how long one has to bring the case to the nemnd (not a day, a date, posting or a missed deadline: their own
    # rules; nor the courts' eight weeks)
    "tln_frist": [
        r"^(?!.*(?:" + COURT + r"|lørdag|søndag|helg\w*|helligdag\w*|saturday|sunday|weekend|holiday|"
        r"mandag|tirsdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|thursday|friday|\bpost\w*|for\s+sent|too\s+late|missed|"
        r"\d+\.?\s+(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)\w*|"
        # (nor how long an arrangement or a decision lasts)
        r"\b(?:gjelder|varer|vare|lasts?|valid|appl(?:y|ies))\b)).*"
        r"(?:hvor\s+(?:lang\s+tid|lenge)|tidsfrist\w*|\bfrist\w*|innen\s+når|how\s+long|how\s+much\s+time|deadline|time\s+limit|by\s+when)",
        # (bringing the case: to complain, take it on, appeal)
        r"(?:klage\w*|reise\s+sak\w*|\bsende\w*|bringe\w*|ta\s+(?:saken|det|avslaget)|gå\s+(?:videre\s+)?til|appeal\w*|complain\w*|"
        r"challenge\w*|\bbring\w*|\btake\s+(?:my|the|it|this|a|her|his)\b|submit\w*|\bfile\b|\bsend\w*|\bgo\s+to)",
        r"(?:nemnd\w*|tvisteløsning\w*|klage\w*|board|tribunal|appeal\w*|complain\w*|challenge\w*)",
    ],
    # what holds while the courts try the decision: the nemnd's conclusion stands meanwhile
    "domstol_under_sak": [
        rf"^(?!.*(?:{NO_SUIT}|\bverken\b|\bneither\b|\bnobody\b|\bno\s+one\b)).*{COURT}",
        r"\b(?:mens|inntil|frem\s+til|i\s+mellomtiden|så\s+lenge|while|until|till|meantime|meanwhile|"
        r"pending|in\s+the\s+interim)\b",
        r"(?:vedtak\w*|avgjørelse\w*|nemnd\w*|decision|ruled|ruling|board|tribunal)",
    ],
    # who must prove or show the inconvenience, asked in so many words ("is it on us to prove the problem?")
    "bevisbyrde": [
        r"(?:bevisbyrde\w*|burden\s+of\s+proof|\bonus\b|\b(?:on|for)\s+(?:us|me|them|him|her|the\s+employer|my\s+employer|the\s+company)\s+"
        r"to\s+(?:prove|show|document|demonstrate)|who\s+(?:has|must|needs?|is\s+supposed)\s+to\s+(?:prove|show|document|demonstrate)|"
        r"hvem\s+(?:må|skal|har)\s+(?:å\s+)?(?:bevise|dokumentere|vise|sannsynliggjøre))"
    ],
    "koble_fra": [
        r"(?:logge?\s+av|logget\s+av|koble\s+fra|utilgjengelig|offline|skru\s+av|disconnect|switch\s+off|log\s+off)",
        r"(?:\brett\b|\blov\b|må\s+jeg|plikt\w*|forpliktet|kreve\w*|forvent\w*|right|must|have\s+to|expected|allowed)",
    ],
    # starting again after working late: "begynne ... neste morgen", or "jobbet til 23 i går ... kl 07 i dag"
    "hvile": [
        r"(?:(?:begynne|starte|møte|stille|start|begin)\w*|\bi\s+går\s+(?:kveld|natt)|\b(?:jobbet|jobba|arbeidet|sluttet|slutta)\b.{0,30}\bi\s+går\b|worked\b.{0,30}\b(?:last\s+night|yesterday))",
        r"(?:dagen\s+etter|neste\s+(?:dag|morgen)|i\s+morgen|tidligst|morgenen\s+etter|\bi\s+dag\b|i\s+morges|next\s+(?:day|morning)|earliest|today|this\s+morning)",
    ],
    # a refusal said to be because of a protected ground (pregnancy, leave, age, disability ...): the
    # discrimination route, whatever the arrangement refused
    "diskriminering": [
        r"(?:diskrimin\w*|forskjellsbehandl\w*|discriminat\w*|"
        r"(?:fordi|på\s+grunn\s+av|grunnet|skyldes|etter\s+at\s+(?:jeg|hun|han)\s+(?:fortalte|sa|opplyste|meldte)|because|due\s+to|after\s+(?:i|she|he)\s+(?:told|said|mentioned))"
        r"\b.{0,60}?\b(?:gravid\w*|venter\s+barn|svangerskap\w*|\w*permisjon\w*|fødsel\w*|alder\w*|funksjonsnedsett\w*|"
        r"etnisitet\w*|religion\w*|livssyn\w*|hudfarge|seksuell\w*|kjønn\w*|pregnan\w*|expecting|\w*\s+leave|maternity|"
        r"paternity|disabilit\w*|disabled|age|ethnic\w*|religio\w*|gender|rullestol\w*|funksjonshem\w*|handikap\w*|"
        r"wheelchair|handicap\w*)|(?:sammenheng\s+med|henger\s+sammen\s+med|related\s+to|has\s+to\s+do\s+with)\b.{0,60}?"
        r"\b(?:gravid\w*|svangerskap\w*|\w*permisjon\w*|alder\w*|funksjonsnedsett\w*|funksjonshem\w*|rullestol\w*|etnisitet\w*|"
        r"religion\w*|kjønn\w*|pregnan\w*|disabilit\w*|disabled|wheelchair|ethnic\w*|religio\w*|gender))",
        REFUSED
        + r"|\bsi\s+nei|\bsier\s+nei|turn\w*\s+down|diskrimin|forskjellsbehandl|discriminat|klage\w*|complain\w*|hvilket\s+organ|"
        r"hvor\s+(?:kan|skal|bør)\s+(?:jeg|vi|hun|han)\s+(?:gå|klage|henvende)|men\s+ikke\s+(?:jeg|meg)|"
        r"where\s+(?:can|do|should)\s+(?:i|we|she|he)\s+(?:go|turn|complain)|but\s+not\s+(?:me|i)\b",
    ],
    # "everyone will want it", "it sets a precedent": the employer must show a real, significant inconvenience
    # (not for home office: there is no right to it, so the precedent argument is the employer's to make)
    "vesentlig_ulempe": [
        # (an order to work overtime is not a request the employer weighs: «vil at hele teamet skal jobbe overtid»)
        r"^(?!.*(?:hjemme|home|remote|overtid\w*|overtime|merarbeid\w*|ekstravakt\w*|extra\s+(?:hours|shifts)))"
        r".*(?:presedens\w*|precedent\w*|alle\s+(?:de\s+)?(?:andre\s+)?(?:vil|skal|må|kommer\s+til\s+å)\s+(?:ha|få|kreve|be\s+om)\b|(?:da|så)\s+vil\s+alle\b|"
        # (the same said the other way round: «må alle få det», «kommer alle de andre til å kreve det samme», «åpne for at alle …»)
        r"\b(?:må|skal|vil)\s+(?:vi\s+(?:gi|la)\s+)?alle\s+(?:de\s+)?(?:andre\s+)?(?:få|ha|kreve)\b|kommer\s+alle\s+(?:de\s+)?(?:andre\s+)?til\s+å\b|"
        r"åpne\s+for\s+at\s+alle\b|(?:whole|entire)\s+(?:team|department|office|staff)\s+(?:will|would)\s+(?:want|ask|expect|demand)|"
        r"(?:have|need)\s+to\s+(?:give|let|allow)\s+(?:it\s+to\s+)?(?:everyone|everybody|all\s+of\s+them)|"
        r"(?:vil|skal|må|får)\s+(?:hele|resten\s+av|alle\s+i)\s+(?:avdelingen|teamet|gruppa|gruppen|staben|kontoret)|"
        r"(?:hele|resten\s+av)\s+(?:avdelingen|teamet|gruppa|gruppen|staben|kontoret)\s+(?:vil|skal|må)|"
        r"(?:everyone|everybody|all\s+the\s+others|the\s+others)\s+(?:else\s+)?(?:will|would)\s+(?:want|ask|expect)|"
        # a refusal's stated reason, and whether it holds: "eneste begrunnelse er at ... Holder det?"
        r"(?=.*(?:begrunnelse\w*|begrunn\w*|grunnen|\breason\w*|grounds?\b|(?:avslo|avslått|nektet|sa\s+nei)\s+(?:\w+\s+){0,4}?med\s+at|"
        # (a general reason in one word: «upraktisk», «krevende for planleggingen», "a hassle", "inconvenient for planning")
        r"\bupraktisk\w*|\bkrevende\b|\btungvint\w*|\bplunder\w*|\bstyr\w*\s+(?:med|for)|\binconvenien\w*|\bhassle\b|\bawkward\b|"
        r"\bimpractical\b|\bdisruptive\b))"
        r"(?=.*(?:(?:good|strong|decent)\s+(?:chance|case)|how\s+strong|(?:odds|chances)\s+(?:are|of|at)|what\s+are\s+(?:the|her|his|my|our)\s+(?:odds|chances)|"
        r"\b(?:god|sterk)\s+sak\b|hvor\s+(?:sterk|god)\w*\s+(?:er\s+)?(?:saken|sak)|sjanse\w*|står\s+(?:hun|han|jeg|vi|de)\s+(?:godt|sterkt)|"
        r"holder\s+(?:det|den|dette)|holder\s+(?:et\s+)?(?:sånt\s+|slikt\s+)?avslag\w*|gyldig\s+grunn|"
        r"er\s+(?:det|den|dette)\s+(?:\w+\s+)?(?:nok|godt\s+nok|gyldig\w*|tilstrekkelig)|good\s+enough|enough\b|valid\b|hold\s+up)))"
    ],
}
# A cue that names a more specific question than another rule's cue it shares words with weighs more:
# "nei ... fordi jeg er gravid" is the discrimination route before the general "refused, what now";
# a cue of a rule in a close family (the leader exception, the parents' presumption) only tips a near tie
CUE_BONUS = {
    # a holiday named with a deadline asks whether it moves the day: more specific than how weeks are counted,
    # whose cue words (a weekday, «hvilken dato») such a question often holds too (a tie between them quoted)
    "frist_helg": 0.12,
    "diskriminering": 0.2, "ho_unntak_myndigheter": 0.2, "ho_forskrift_virkeomraade": 0.2,
    "fleks_ledere": 0.05, "redusert_smabarn": 0.05,
    # home work and words of writing ("ingenting skrevet ned", "only a verbal OK"): the written agreement
    # is the question, before the regulation's scope that any home-office question is close to
    "ho_skriftlig_avtale": 0.16,
    # a missed deadline is restoration's question before how the deadline is counted or met
    "oppfriskning": 0.16,
    # the case posted on the last day is a more specific question than how the four weeks are counted
    "frist_postlagt": 0.16,
    # who decides (the secretariat is not the judge), and a provision the question names itself: weighed even
    # when no phrasing is near («Arbeidstilsynet sendte oss et brev …», «etter § 14-8 a må vi vel …»)
    "tln_sekretariat": 0.16,
    "aml_14_8a": 0.16,
    "redusert_sosial_helse": 0.1,
    # too few people left at work is the nature of the post's question, even when no phrasing is near it
    "stillingens_art": 0.2,
    # "it would set a precedent", "everyone will want it": the refusal's stated reason is the question, however few of
    # the rule's own words the question shares (an English one shares none with its bokmål phrasings)
    "vesentlig_ulempe": 0.16,
    # starting again after working late is the question before the home-office agreement that the work was done under
    "hvile": 0.16,
}  # fmt: skip
# Words a question must hold for a rule to answer it (`requires`, a regular expression). A rule on going to the
# courts answers no question that names no court nor suing ("betyr tilbudet noe for saken i nemnda?" is not
# whether the courts come first); what to do after a refusal answers a refusal that has been given ("fikk avslag", "sa nei"), not "kan
# arbeidsgiver si nei?" (whether one may be given)
AFTER_REFUSAL = (
    r"(?:avsl[åo]tt\w*|avslo|avslag\w*|avvis\w*|avviste|sa\s+nei|sagt\s+nei|(?:fikk|fått)\s+(?:et\s+)?(?:\w+\s+)?nei|"
    r"\bnei\s+til\b|nektet|klage\w*|overprøv\w*|refused|turned\s+down|rejected|declined|denied|said\s+no|'s\s+no\b|"
    r"appeal\w*|challenge\w*)"
)
# The asker's own refusal still to come («jeg må nok avslå», «vi vurderer å si nei», "I'm about to turn down"): the
# employer asking what makes a refusal hold, not someone refused asking where to go
REFUSING_SOON = (
    r"(?:\b(?:jeg|vi)\s+(?:\w+\s+){0,2}?(?:må|skal|vil|vurderer\s+å|tenker\s+(?:på\s+)?å|kommer\s+(?:nok\s+)?til\s+å|planlegger\s+å|"
    r"har\s+lyst\s+til\s+å)\s+(?:\w+\s+)?(?:avslå|si\s+nei|nekte|avvise)\b|"
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:\w+\s+)?(?:about|going|planning|considering|thinking\s+of)\s+(?:to\s+)?"
    r"(?:turn(?:ing)?\s+down|refus\w*|reject\w*|den(?:y|ying)|say(?:ing)?\s+no)\b|"
    r"\b(?:we|i)\s+(?:will|may|might|must|would)\s+(?:probably\s+)?(?:have\s+to\s+)?(?:refuse|reject|turn\s+down|deny|say\s+no)\b)"
)
EVENING = (
    r"(?:kveld\w*|natt\w*|\b(?:21|22|23|24)\b|\b(?:ni|ti|elleve|tolv)\s+(?:om|på)\s+kvelden|\bsent\b|midnatt|"
    r"night\w*|evening\w*|\blate\b|midnight|\b(?:9|10|11)\s*(?:pm|p\.m))"
)
BACK_UP = (
    # (not a bare "again": "can I apply again?" is not going back up; nor coming back from leave: "kommer tilbake fra
    # foreldrepermisjon" is no going back up)
    r"(?:tilbake(?!\s+(?:fra|etter)\b)|(?:full|hel|100|stilling\w*|timer|tid)\s+(?:\w+\s+)?igjen|\bøke\w*|(?:gå|går|gikk)\s+opp|"
    r"opp\s+(?:igjen|i\s+stilling)|\bover\b|slutt\w*|fortrinnsrett\w*|\bback\b(?!\s+from\b)|(?:full|hours|time|position)\s+(?:\w+\s+)?again|"
    r"increase\w*|return\w*(?!\s+from\b)|"
    r"\bends?\b|\bover\b|preferential|bigger)"
)
# Home work named as the setting of the question ("når jeg jobber hjemmefra", "while working from home"), and words
# that ask whether one may work from home at all (a refusal, a right, who decides, the office)
HOME_SETTING = (
    r"(?:\bnår\s+(?:jeg|vi|man|de|hun|han|folk|ansatte)\s+(?:jobber|arbeider|sitter)\s+(?:hjemme\w*|på\s+hjemmekontor\w*)|"
    r"\b(?:while|when)\s+(?:i|we|they|people|staff)\s+(?:am\s+|are\s+)?work(?:ing)?\s+(?:from\s+home|remotely))"
)
WHETHER_HOME = (
    r"(?:nekte\w*|avsl\w*|\bnei\b|rett\s+(?:til|på)|krav\s+på|kreve\w*|bestemme\w*|få\s+(?:lov\s+til\s+å\s+)?jobbe|"
    r"lov\s+til\s+å\s+jobbe|kontoret|refus\w*|den(?:y|ied|ies)|turn\w*\s+down|right\s+to|entitled|decide\w*|allowed\s+to\s+work|"
    r"the\s+office)"
)
# No written agreement, said in so many words («ikkje nån skriftlig avtale», "we never signed anything", "just agreed
# verbally"): a rule whose answer is what the written agreement says does not answer such a question
NO_WRITTEN = (
    r"(?:\bikke|\bikkje|\bingen|\baldri|\bnever|\bno|\bnot)\s+(?:\w+\s+){0,2}?(?:skriftlig\w*|skrevet|signert|underskrevet|"
    r"written|signed|in\s+writing)|\b(?:bare|kun|berre|bærre|just|only)\s+(?:\w+\s+){0,3}?(?:muntlig\w*|verbal\w*|oral\w*)|"
    r"\bmuntlig\s+(?:avtale\w*|avtalt|ordning\w*)|\b(?:verbal|oral)\s+(?:agreement|arrangement)|\bnothing\s+(?:\w+\s+)?(?:in\s+writing|written)"
)
# a refusal of home office only: no right of working time named (legal14: «Sjefen sa nei til at jeg jobber hjemme på
# tirsdager. Hva er fristen …?» is not a refusal the nemnd hears, and the rule on taking one there must not lead)
HOME_ONLY = (
    r"(?=.*\b(?:hjemme\w*|hjemmekontor\w*|hjemmefra|home|remote\w*|wfh)\b)"
    r"(?!.*(?:fleksi\w*|redus\w*|natt\w*|overtid\w*|arbeidstid\w*|turnus\w*|vakt\w*|\bkl\.?\s*\d|klokk\w*|"
    r"\bfri\b|fridag\w*|kortere|mindre|færre|deltid\w*|prosent|%|\d{1,2}[.:]\d{2}|"
    r"flexi\w*|reduc\w*|night\w*|overtime|hours|shift\w*|rota\w*|shorter|fewer|days?\s+off|part[- ]time))"
)
# the size of the business or the department named (legal14: «Hvor store sjanser … «ikke passer for avdelingen»» is
# not the question of size)
SIZE = (
    r"(?:størrelse\w*|\bstor[et]?\s+(?:\w+\s+)?(?:bedrift|virksomhet|fabrikk|avdeling|arbeidsplass|firma|organisasjon|"
    r"konsern|kommune|enhet)\w*|\b(?:lite|liten|lille|små)\s+(?:\w+\s+)?(?:team|bedrift|virksomhet|avdeling|firma|"
    r"arbeidsplass|enhet|kontor)\w*|antall\s+(?:ansatte|medarbeidere|kolleger)|hvor\s+mange\s+(?:andre|ansatte|kolleger)|"
    r"(?:få|mange)\s+ansatte|\bsize\b|\b(?:small|large|big|tiny)\s+(?:\w+\s+)?(?:unit|company|business|organi[sz]ation|"
    r"employer|firm|team|department|workplace|factory)|how\s+(?:big|large|small)|number\s+of\s+(?:staff|employees|"
    r"colleagues)|how\s+many\s+(?:colleagues|staff|employees|others))"
)
REQUIRES = {
    "storrelse": SIZE,
    "ho_endringer": rf"^(?!.*(?:{NO_WRITTEN}))",
    # Narrow rules answer only a question that names their subject (English questions are far from every bokmål
    # phrasing, so the nearest rule may be one that speaks of something else: "can I work from my cabin?" is not the
    # safety representative's question, nor "is remote work a privilege, not a right?" the right to disconnect's)
    # no right to home office answers a question about where one works, not "I'm 58 with arthritis, can I demand to work
    # four days a week?"
    # (and home work that is only the setting of another question, "har arbeidsgiver lov til å følge med på ... når jeg
    # jobber hjemmefra?", is not whether one may work from home)
    "ho_ingen_rett": rf"^(?!(?!.*{WHETHER_HOME}).*{HOME_SETTING}).*"
    r"(?:hjem\w*|home\w*|remote\w*|\bwfh\b|fjern\w*|office|kontor\w*|\bwhere\b|\bhvor\b|sted\w*|place|location|"
    r"hybrid|hytt\w*|cabin|workplace)",
    # who must prove answers a question about proving, showing or documenting, not "what counts as a significant inconvenience?"
    "bevisbyrde": r"(?:bevis\w*|dokument\w*|\bvise\b|påvis\w*|sannsynliggj\w*|prov(?:e|es|ed|ing)\b|proof|burden|onus|\bshow\w*|"
    r"document\w*|demonstrat\w*)",
    "ho_verneombud": r"(?:verneombud\w*|verne\w*|safety\s+(?:rep\w*|delegate\w*|officer\w*)|health\s+and\s+safety\s+rep\w*)",
    # (not how a request is to be made: "is a request by email enough?")
    "koble_fra": rf"^(?!.*\b(?:request\w*|appl(?:y|ication)\w*|søknad\w*|søke\w*)\b)(?!.*{MOVE_DAY}).*(?:mail\w*|e-post\w*|epost\w*|email\w*|melding\w*|message\w*|teams|slack|telefon\w*|phone\w*|\bcall\w*|\bring\w*|"
    r"tilgjengelig\w*|available|availability|reachable|offline|disconnect\w*|koble\w*|skru\w*\s+av|switch\w*\s+off|log\w*\s+(?:off|out)|"
    r"logget|after\s+hours|etter\s+arbeidstid|kveld\w*|evening\w*|helg\w*|weekend\w*|fridag\w*|day\s+off|time\s+off|\bpings?\b|"
    r"\btexts?\b|svar\w*|answer\w*|respond\w*)",
    "arbeidstid_definisjon": r"(?:arbeidstid\w*|working\s+time|work(?:ing)?\s+hours|hours\s+worked|count\w*|regnes|teller|standby|"
    r"on\s+call|beredskap\w*|vakt\w*|disposal|disposisjon|tilgjengelig\w*|reachable|available)",
    # what the nemnd decides, not how long it takes
    "tln_kompetanse": r"^(?!.*(?:how\s+long|how\s+quickly|how\s+fast|hvor\s+lang\s+tid|hvor\s+lenge|hvor\s+raskt|saksbehandlingstid))",
    # whether the nemnd hears a home-office case answers a question naming the nemnd or a complaint, not "can my
    # employer turn down my WFH request?" (whether there is a right)
    # (and "the nemnd does not hear home office" is no answer to a refusal that was also of working time:
    # "hjemme hver onsdag og starte 07.00": the part about the hours can go to the nemnd)
    "ho_nemnd": rf"^(?!.*{WORKING_TIME_TOO}).*"
    r"(?:nemnd\w*|tvisteløsning\w*|klage\w*|overprøv\w*|instans\w*|board|tribunal|complain\w*|appeal\w*|rule\s+on|"
    r"dispute\w*)",
    # internal control answers a question about risk, safety or the working environment at home, not "can my employer
    # monitor my screen?" (surveillance: outside the corpus)
    "ho_internkontroll": r"(?:internkontroll\w*|hms|risiko\w*|risikovurder\w*|fare\w*|sikker\w*|arbeidsmiljø\w*|ergonom\w*|"
    r"internal\s+control|hse|health\s+and\s+safety|safe\w*|risk\w*|hazard\w*|working\s+environment|injur\w*)",
    "reisevei": COMMUTE,
    "nemnd_delvis": rf"^(?=.*{HOME})(?=.*{WORKING_TIME_TOO})",
    # what holds if nobody sues answers no question of how long one has to sue ("hvor lang tid har de på seg?"),
    # unless it says nobody did
    "rettskraft": rf"(?:{NO_SUIT}|\bingen\b|\bnobody\b|no\s+one|^(?!.*(?:hvor\s+lang\s+tid|hvor\s+lenge|innen\s+(?:når|hvilken)|"
    r"hvilken\s+frist|how\s+long|by\s+when|what\s+(?:is\s+the\s+)?deadline)))",
    # "sent in time if posted on the last day" ("Ja, det holder") never answers a question that says it was late
    # (and something sent to a forum: not e-mails at work "whenever deadlines are tight")
    "frist_postlagt": rf"^(?!.*{MISSED})(?=.*(?:\bsak\w*|klage\w*|brev\w*|\w*nemnd\w*|konvolutt\w*|søksmål\w*|stevning\w*|"
    r"innsend\w*|innlever\w*|avsend\w*|mottak\w*|receiv\w*|\bsend\b|\bcase\b|complaint|claim|letter|envelope|board|tribunal|appeal|court|application|submi\w*|fil(?:e|ed|ing)\b))",
    "domstol_forst_nemnd": COURT,
    # (and what holds meanwhile: "if the board rules for the employer, can I still go to court?" asks whether one may sue)
    "domstol_under_sak": rf"^(?!.*{NO_SUIT})(?=.*{COURT})(?=.*(?:\bmens\b|inntil|mellomtiden|så\s+lenge|følge\w*|gjelder|beholde\w*|"
    r"vente\w*|til\s+dommen|\bwait\w*|"
    r"\bwhile\b|\buntil\b|\btill\b|meantime|meanwhile|pending|interim|comply|follow\w*|\bstands?\b|appl(?:y|ies)|\bkeep\w*))",
    "etter_avslag": rf"^(?!{HOME_ONLY})(?!.*{REFUSING_SOON}).*{AFTER_REFUSAL}",
    "ledere_redusert_natt": LEADER,
    # the cost of a substitute or reorganising: only where the question names cover, hiring or staffing (answers11: «vil
    # gå ned til 70 % … kan arbeidsgiver nekte?» had «Som regel ikke: at arbeidsgiver må bruke vikar …»)
    "vikar": r"(?:vikar\w*|erstatter\w*|innleie\w*|leie\w*\s+inn|leies\s+inn|leid\s+inn|ansette\w*|ansatt\s+(?:en\s+)?ekstra|hire\w*|hiring|"
    r"dekke\w*|dekkes|cover\w*|substitut\w*|\btemps?\b|staffing|bemanning\w*|omorganiser\w*|reorgani\w*|"
    r"ekstra\s+(?:folk|ansatte|personale)|kostnad\w*|kostar|koster|cost\w*)",
    # adaptation after illness (§ 4-6) answers a question about sickness or returning, not any wish for shorter days
    "sykmelding_4_6": rf"(?:{SICK}|sick\w*|ill\b|illness|tilrettelegg\w*|tilbake\s+etter|gradert\w*|adapt\w*|"
    r"adjust\w*\s+after|return\w*\s+after|coming\s+back)",
    # going back up after reduced hours answers a question about the reduction or the position
    # (and going back up: "har ikke svart på søknaden om redusert stilling" is not this rule's question)
    "redusert_tilbake": rf"^(?=.*{BACK_UP})(?=.*(?:redus\w*|deltid\w*|part[\s-]time|full\s*(?:tid|stilling)|full[\s-]time|stilling\w*|prosent|"
    r"percent|timer|hours|kortere|shorter|øke\w*|increase|opp\s+igjen))",
    # work after 21 answers a question about the evening or the night, not "begynne kl 7 og gå kl 15"
    "kveld_21_23": EVENING,
    # timing answers a question about when or how long, not "må jeg søke skriftlig om redusert arbeidstid?"
    "tidspunkt": r"(?:\bnår\b|\btid\w*|før\b|\bsent\b|tidlig\w*|planlegg\w*|turnus\w*|timeplan\w*|hvor\s+lang|\bwhen\b|\btim(?:e|ing)\b|"
    r"before|\blate\b|early|rota|schedule\w*|\bplan\w*|how\s+long)",
    # the work schedule answers a question about a schedule, rota or shifts, not "kan jeg ta med tillitsvalgt på møtet?"
    "arbeidsplan": r"(?:arbeidsplan\w*|vaktplan\w*|turnus\w*|vakt\w*|\bplan\w*|skift\w*|drøft\w*|varsl\w*|rota|roster\w*|schedule\w*|"
    r"shift\w*|notice|consult\w*)",
    # a deadline moved past a weekend or holiday answers a question that names one (its first cue group), and a
    # deadline or last day (not "can I be made to work every Sunday?")
    "frist_helg": r"^(?=.*(?:" + CUES["frist_helg"][0] + r"|\b(?:1|17)\.?\s+(?:mai|may)\b|\bmay\s+(?:1|17)\b))"
    r"(?=.*(?:\w*frist\w*|siste\s+dag\w*|deadline|last\s+day|time\s+limit|fire\s+uker|four\s+weeks|går\s+ut|utløp\w*|run\w*\s+out|"
    r"expir\w*|\bends?\b|\bsend\w*|klage\w*))",
    # exemption from night work answers a question that names night work
    "natt_fritak": r"(?:natt\w*|night\w*)",
    # the supervising authority answers a question about supervision or inspection, not "can my employer monitor my screen?"
    "ho_arbeidstilsynet": r"(?:tilsyn\w*|kontroller\w*|komme\s+inn|pålegg\w*|myndighet\w*|inspect\w*|supervis\w*|enforc\w*|"
    r"\bchecks?\b|\benter\b|authorit\w*|\border\w*)",
    # the eight weeks to sue answer a question about the courts or challenging the decision, not "how long does
    # the board take"
    # (how long the deadline is, not a deadline the asker says has passed: «fristen … gikk ut forrige uke», restoration's)
    "domstol_frist": rf"^(?!.*{MISSED}).*(?:{COURT}|åtte\s+uke\w*|eight\s+weeks|8\s+uke\w*|8\s+weeks|anke\w*|appeal\w*|challeng\w*|overprøv\w*)",
    # what holds while the case is pending, not whether the decision can be appealed
    "oppsettende": r"(?:mens|venter|i\s+mellomtiden|oppsettende|underveis|inntil|while|pending|meantime|waiting|until|suspen\w*)",
    # how the deadline is counted: a day, a date or counting named, not "what if I miss the deadline"
    # (and a deadline: "må vi gi en ansatt fire dagers uke?" is not a deadline's question)
    "frist_beregning": r"^(?=.*(?:\w*frist\w*|siste\s+dag|deadline|last\s+day|\buke\w*|\bweek\w*|klage\w*|send\w*|for\s+sent|sent\s+ute|too\s+late))"
    r"(?=.*(?:tell\w*|regne\w*|beregn\w*|dato\w*|(?:hvilken|siste|første|samme)\s+(?:dag|dato|ukedag)|dagen\s+(?:etter|avslaget)|"
    r"ukedag\w*|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|\d+\.\s*\w+|count\w*|calculat\w*|\bdate\b|\bday\b|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|last\s+day|\d+\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*))",
    # the right to flexible working time answers no question about a deadline ("når begynner fristen å løpe?")
    # (and it needs flexibility or the hours named: not "gjelder arbeidsmiljøloven når jeg jobber fra hytta?")
    "fleks_rett": r"^(?!.*(?:\w*frist\w*|deadline|time\s+limit))(?=.*(?:fleks\w*|flexi\w*|glidende|arbeidstid\w*|arbeidsdag\w*|"
    r"start\w*|slutt\w*|begynn\w*|\bgå\s+(?:tidlig|hjem)|justere\w*|tilpass\w*|kl\.?\s*\d|klokk\w*|"
    r"\d{1,2}\s*[-–]\s*\d{1,2}|tidlig\w*|senere|\btid\b|timer|hours|\btime\b|finish\w*|leave|schedule))",
    # who pays for or owns the equipment: paying, costs or the equipment named, not "can my employer monitor my screen"
    "ho_utstyr_betaling": r"(?:betal\w*|dekk\w*|kost\w*|regning\w*|utgift\w*|utstyr\w*|\beier\b|\beie\w*|\bpc\b|stol\w*|skjerm\w*|"
    r"bredbånd\w*|internett\w*|strøm\w*|kjøp\w*|\bpay\w*|cover\w*|cost\w*|bill\w*|expens\w*|equipment|laptop|chair|broadband|"
    r"internet|electricity|\bbuy\w*|reimburs\w*|provide\w*|\bowns?\b)",
    # whether the regulation applies: its scope, or home work now and then, named; not "hvor mange dager kan jeg kreve"
    "ho_forskrift_virkeomraade": r"(?:gjelder|forskrift\w*|omfatt\w*|faller\s+(?:\w+\s+)?inn|regulert|skriftlig\w*|avtale\w*|"
    r"regulation\w*|rules?\b|covered|\bcover\w*|appl(?:y|ies)|agreement\w*|written|" + SPORADIC_HOME + ")",
    # how a reduction is placed: days, placement or spread named, not any question about reduced hours
    "redusert_plassering": r"(?:dag\w*|fredag\w*|mandag\w*|plasser\w*|fordel\w*|legge\w*|legges|formiddag\w*|ettermiddag\w*|"
    r"\bdays?\b|weekday\w*|friday\w*|monday\w*|placed|placement|spread|mornings?|afternoons?)",
    # the right at 62 answers a question about age, not "min datter er fire år"
    "redusert_62": r"(?:\b(?:6[2-9]|7[0-5])\b|\d+-åring|senior\w*|eldre|alder\w*|\bage\b|older|pensjon\w*|pension\w*|turning|turned)",
    # the rest between working days answers a question about rest, the evening before or the next day, not
    # "kan arbeidsgiver kreve at jeg starter kl 7 hver dag?"
    "hvile": r"(?:hvil\w*|\bfri\w*|pause\w*|sove|søvn|\d+\s*timer|kveld\w*|natt\w*|midnatt|\bsent\b|i\s+går|dagen\s+etter|"
    r"neste\s+(?:dag|arbeidsdag|morgen)|mellom\s+(?:to\s+)?(?:vakt|arbeids|dag)\w*|\brest\w*|\blate\b|last\s+night|yesterday|"
    r"between\s+(?:working\s+days|shifts)|next\s+(?:day|morning)|sleep)",
    # the authorities' exception is about the written agreement: not "kan jeg nekte å jobbe hjemme under pandemien?"
    # (and while the order is in force: an arrangement kept on after it is the written agreement's question)
    "ho_unntak_myndigheter": rf"^(?!.*{STILL_AFTER}).*"
    r"(?:avtale\w*|skriftlig\w*|agreement\w*|written|kontrakt\w*|contract\w*|dokument\w*)",
    "redusert_rett": REDUCTION,
    # (and a health, care or welfare reason: "jeg har jobbet to måneder, kan jeg be om redusert arbeidstid?" names none)
    "redusert_sosial_helse": rf"^(?=.*{REDUCTION})(?=.*{REASONS})",
    "fleks_mer_enn_fleksitid": WHAT_FLEX_IS[:-1] + r"|besides|other\s+than|apart\s+from|annet\s+enn|utenom|"
    r"(?:\bno|\bnot\s+(?:a|any)|without|ingen|ikke\s+noen?|uten)\s+(?:\w+\s+){0,2}?(?:flexi-?time|fleksitid)\w*)",
    # the presumption for parents of young children answers a question about children or parents, not any wish
    # to work less ("jeg har jobbet to måneder i bedriften, kan jeg be om redusert arbeidstid?")
    "redusert_smabarn": rf"(?:{CHILDREN}|\b(?:foreldre\w*|forelder|mor|far|mamma|pappa|parents?|father|mother|dad|mum|mom)\b)",
}
# Which way a rule's opening yes/no points (advisor.answering.polarity): "claim" — it answers whether the
# employee has, may demand or may refuse something; "deny" — whether the employer may refuse it. A question
# asked the other way round gets the opening turned ("kan sjefen nekte meg hjemmekontor?" → "Ja. Du har
# ingen lovfestet rett …"). Rules whose yes/no answers something else (the nemnd, the regulation) have none.
WAYS = {
    "ho_ingen_rett": "claim",
    # "may the employer impose home office": the employer's power over the employee, so "kan jeg nekte å
    # jobbe hjemmefra?" (the employee's claim to refuse) turns it: "Som hovedregel ja: ingen lov gir …"
    "ho_palegge": "deny",
    "fleks_rett": "claim",
    "fleks_ledere": "claim",
    "ledere_redusert_natt": "claim",
    "vesentlig_ulempe": "deny",
    "redusert_rett": "claim",
    "redusert_62": "claim",
    "redusert_smabarn": "claim",
    "redusert_sosial_helse": "claim",
    "redusert_tilbake": "claim",
    "natt_fritak": "claim",
    "overtid_fritak": "claim",
    "domstol_under_sak": "claim",
}
# Who wants the change the rule is about (advisor.answering.asks.who_wants): "employee" for a right the
# employee asks for and the employer may refuse, "employer" for what the employer would impose. Rules on
# exemptions (night work, overtime) are left out: the employee both asks ("kreve fritak") and resists.
WANTS = {
    "ho_ingen_rett": "employee",
    "ho_palegge": "employer",
    "ho_mot_instruks": "employee",  # working from home although the employer said no
    "fleks_rett": "employee",
    "fleks_ledere": "employee",
    "ledere_redusert_natt": "employee",
    "redusert_rett": "employee",
    "redusert_62": "employee",
    "redusert_smabarn": "employee",
    "redusert_sosial_helse": "employee",
    "reisevei": "employee",
}
# The subject (advisor.answering.asks.topic): the place of work, or working time. Rules that hold for both
# (working-time rules at home, the line between them, rest and availability) have none.
PLACE = {r["id"] for r in RULES if r["id"].startswith("ho_")} - {"ho_vs_fleks", "ho_arbeidstid_gjelder"}
TIME = {
    "fleks_rett", "fleks_mer_enn_fleksitid", "fleks_ledere", "ledere_redusert_natt", "vesentlig_ulempe", "bevisbyrde",
    "vikar", "stillingens_art", "storrelse", "tyngre_behov", "tidligere_praksis", "tidspunkt", "alternativ_tilbud",
    "tidsbegrenset", "redusert_rett", "redusert_62", "redusert_smabarn", "redusert_sosial_helse",
    "redusert_plassering", "redusert_tilbake", "natt_fritak", "overtid_grenser", "overtid_vilkaar",
    "overtid_tariff", "samlet_arbeidstid", "overtid_fritak", "etter_avslag", "tln_frist", "reisevei",
    # getting a refusal to the nemnd (its deadline, how it is counted and sent, the written refusal it runs from)
    # is for the rights of working time it hears: a refused home office has no such route (ho_nemnd)
    "frist_beregning", "frist_helg", "frist_postlagt", "tln_hvordan", "avslag_skriftlig",
}  # fmt: skip
# Rules on getting a case to the nemnd ("before"), and on what holds when nobody sues ("no_suit"): a question
# that says the nemnd has decided, or that the case is in court, asks what comes after
# (advisor.answering.asks.stage).
BEFORE_DECISION = {
    "domstol_forst_nemnd", "etter_avslag", "tln_frist", "frist_beregning", "frist_helg", "frist_postlagt",
    "tln_hvordan", "tln_fullmakt", "avslag_skriftlig", "nemnd_delvis",
}  # fmt: skip
# Which right of working time a rule is about (advisor.answering.asks.time_kind); rules for all of them
# (vesentlig ulempe, the nemnd's criteria and procedure) have none.
KINDS = {
    "reduced": {"redusert_rett", "redusert_62", "redusert_smabarn", "redusert_sosial_helse", "redusert_plassering",
                "redusert_tilbake", "reisevei"},
    "flex": {"fleks_rett", "fleks_mer_enn_fleksitid", "fleks_ledere"},
    "night": {"natt_fritak", "kveld_21_23"},
    "overtime": {"overtid_grenser", "overtid_vilkaar", "overtid_tariff", "overtid_fritak"},
    "rest": {"hvile"},
}  # fmt: skip
CUES |= _coverage.CUES
REQUIRES |= _coverage.REQUIRES
for _id, _also in _coverage.REQUIRES_ALSO.items():
    REQUIRES[_id] = _also + REQUIRES[_id]
TIME |= _coverage.TIME
BEFORE_DECISION |= _coverage.BEFORE_DECISION
for _kind, _ids in _coverage.KINDS.items():
    KINDS[_kind] = KINDS[_kind] | _ids
for _r in RULES:
    if _r["id"] in _coverage.CONFIRM:
        _r["confirm"] = _coverage.CONFIRM[_r["id"]]
for _r in RULES:
    _r["way"] = WAYS.get(_r["id"])
    _r["kind"] = next((k for k, ids in KINDS.items() if _r["id"] in ids), None)
    if _r["id"] in BEFORE_DECISION:
        _r["stage"] = "before"
    if _r["id"] in {"rettskraft", "domstol_frist"}:
        _r["stage"] = "no_suit"
    # a right that needs no reason: «må jeg oppgi hvorfor?» gets its yes turned to no (advisor.answering.ask)
    if _r["id"] in {"redusert_62", "redusert_smabarn", "tyngre_behov", "fleks_rett"}:
        _r["without_reason"] = True
    if _r["id"] in WANTS:
        _r["wants"] = WANTS[_r["id"]]
    if _r["id"] in PLACE | TIME:
        _r["topic"] = "place" if _r["id"] in PLACE else "time"
    if _r["id"] == "aml_14_8a":
        _r["topic"] = "employment"  # a more predictable form of employment: neither where nor when one works
    if _r["id"] in CUES:
        _r["cues"] = CUES[_r["id"]]
    if _r["id"] in REQUIRES:
        _r["requires"] = REQUIRES[_r["id"]]
    if _r["id"] in CUE_BONUS:
        _r["cue_bonus"] = CUE_BONUS[_r["id"]]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "advisor" / "data" / "legal_rules.json"
    doc = {
        "_doc": (__doc__ or "").strip().splitlines()[0] + " Generated by tools/legal_rules_src.py; edit there.",
        "rules": RULES,
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        len(RULES),
        "rules,",
        sum(len(r["phrasings"]) for r in RULES),
        "phrasings ->",
        out,
        "(now run: python -m advisor.answering.rules)",
    )
