"""Rules added by the coverage audit of session 14 (answers12), imported by tools/legal_rules_src.py.

The audit listed every legal rule the sources hold (the fact sheet, the practice notes and the corpus's
law and decision passages) and wrote the probe tests/data/answer_probe_dev13.jsonl before reading the rule
set. The rules below are the ones the sources hold and the set lacked: each states the rule in our own
words and cites the law, the regulation or the decision it rests on. `PHRASINGS` adds ways of asking to
rules that existed but were not found for a general form of their question (written from each rule's
meaning, not from the probe's wording: tests/test_legal_rules.py checks that no phrasing is a near-copy
of an evaluation question).
"""

A102_4 = "aml-10-2#arbeidsmiljoloven-p-10-2-4"
A106 = "aml-10-6#arbeidsmiljoloven-p-10-6-"
A108 = "aml-10-8#arbeidsmiljoloven-p-10-8-"
A172 = "aml-17-2#arbeidsmiljoloven-p-17-2-"
A1013 = "aml-10-13#arbeidsmiljoloven-p-10-13"
F = "tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-"
DL = "domstolloven#domstolloven-p-"
K = "tln-kriterier#tvistelosningsnemndas-praksis-"
K_VILKAR = K + "vilkarene-for-redusert-arbeidstid-og-fritak-fra-nattarbeid"
K_LEGGES = K + "hvordan-reduksjonen-legges-kan-proves"
T93 = "tln-93-25#tln-93-25"
T87 = "tln-87-18#tln-87-18"
HR = "hr-2024-423-a#hr-2024-423-a"

# Words that say the question is about reduced working time, and about one's own health.
_REDUCE = (
    r"(?:redus\w*|reduc\w*|færre|fewer|deltid\w*|part[\s-]time|ned\s+(?:i|til)|lavere|lower|kortere|shorter|"
    r"mindre|\bless\b|\bcut\w*|prosent|percent|%)"
)
_HEALTH_PROOF = (
    r"(?:legeattest\w*|attest\w*|dokument\w*|bevis\w*|legge\s+frem|legeerklæring\w*|"
    r"certificate\w*|doctor'?s\s+note|medical\s+(?:note|evidence|proof)|proof|evidence)"
)


def add(rule):
    """Add the audit's rules through tools/legal_rules_src.py's `rule`."""
    rule(
        "overtid_dispensasjon",
        [
            "kan Arbeidstilsynet gi tillatelse til mer overtid enn lovens grenser",
            "må vi søke Arbeidstilsynet for å gå over overtidsgrensene",
            "hvor mye overtid kan Arbeidstilsynet godkjenne",
            "finnes det dispensasjon fra overtidstaket i arbeidsmiljøloven",
        ],
        (
            "Ja: Arbeidstilsynet kan tillate overtid utover de vanlige grensene, inntil 25 timer per sju dager eller 200 timer per 26 uker (§ 10-6 (6)).",
            "Yes: the Labour Inspection Authority (Arbeidstilsynet) may permit overtime beyond the ordinary limits, up to 25 hours per seven days or 200 hours per 26 weeks (section 10-6 (6)).",
        ),
        [(A106 + "6", "Arbeidstilsynet kan tillate overtid")],
        conditions=[
            (
                "Uten slik tillatelse gjelder grensene på 10 timer per sju dager, 25 timer per fire uker og 200 timer per 52 uker (§ 10-6 (4)), og overtid krever alltid et særlig og tidsavgrenset behov (§ 10-6 (1)).",
                "Without such permission the limits are 10 hours per seven days, 25 per four weeks and 200 per 52 weeks (section 10-6 (4)), and overtime always needs an exceptional, time-limited need (section 10-6 (1)).",
                [(A106 + "4", "Overtid kan ikke overstige 10 timer"), (A106 + "1", "Overtid er bare tillatt når")],
            )
        ],
        en_phrasings=[
            "Can the Labour Inspection Authority allow more overtime than the Act's limits?",
            "Do we need Arbeidstilsynet's permission to exceed the overtime cap?",
            "How much overtime can be approved by the labour inspectorate?",
        ],
    )
    rule(
        "hvile_tariff",
        [
            "kan tariffavtalen gi kortere døgnhvile enn 11 timer",
            "hvor kort kan hviletiden bli hvis tillitsvalgte avtaler unntak",
            "hva er minste hviletid ved avtale med fagforeningen",
            "kan vi avtale bort kravet om 11 timers hvile i en tariffbundet bedrift",
        ],
        (
            "Ikke under 8 timer: i en tariffbundet virksomhet kan partene avtale kortere hvile mot tilsvarende kompenserende hvile, men aldri under 8 timer per døgn eller 28 timer per sju dager, med et snevert unntak ved alvorlige driftsforstyrrelser (§ 10-8 (3)).",
            "Not below 8 hours: in a tariff-bound business the parties may agree shorter rest against equivalent compensatory rest, but never below 8 hours per 24 hours or 28 hours per seven days, with a narrow exception for serious operational disruption (section 10-8 (3)).",
        ),
        [
            (A108 + "3", "Den daglige arbeidsfrie perioden kan likevel aldri"),
            (A108 + "3", "I virksomhet som er bundet av tariffavtale, kan partene avtale unntak"),
        ],
        conditions=[
            (
                "Uten en slik avtale gjelder 11 timer sammenhengende hvile per døgn og 35 timer per sju dager (§ 10-8 (1) og (2)).",
                "Without such an agreement the rule is 11 consecutive hours of rest per 24 hours and 35 per seven days (section 10-8 (1) and (2)).",
                [(A108 + "1", "Arbeidstaker skal ha minst 11 timer"), (A108 + "2", "Arbeidstaker skal ha 35 timer")],
            )
        ],
        en_phrasings=[
            "Can a collective agreement cut daily rest below 11 hours?",
            "What is the shortest rest period a tariff agreement may allow?",
            "How far can union and employer reduce the rest between shifts?",
        ],
    )
    rule(
        "fortrinnsrett",
        [
            "har deltidsansatte med redusert arbeidstid fortrinn når en stilling blir ledig",
            "går jeg foran eksterne søkere til en ledig stilling fordi jeg har redusert stilling",
            "hvem har fortrinnsrett til en ledig stilling, den med redusert arbeidstid eller en oppsagt",
            "gir redusert arbeidstid fortrinnsrett til å øke stillingen når noe blir ledig",
        ],
        (
            "Ja, under ellers like forhold: med redusert arbeidstid har du fortrinnsrett til å øke arbeidstiden når en stilling med helt eller i det vesentlige de samme oppgavene blir ledig, men fortrinnsrett etter §§ 14-2 og 14-3 går foran (§ 10-2 (4)).",
            "Yes, other things being equal: with reduced hours you have a preference to increase your hours when a post with wholly or essentially the same tasks falls vacant, but a preference under sections 14-2 and 14-3 comes first (section 10-2 (4)).",
        ),
        [(A102_4, "Under ellers like forhold"), (A102_4, "Fortrinnsrett etter §§ 14-2 og 14-3 går foran")],
        conditions=[
            (
                "Når den avtalte perioden med redusert arbeidstid er over, har du dessuten rett til å gå tilbake til tidligere arbeidstid (§ 10-2 (4)).",
                "When the agreed period of reduced hours ends, you also have a right to return to your previous hours (section 10-2 (4)).",
                [(A102_4, "Når avtalt periode med redusert arbeidstid er over")],
            )
        ],
        en_phrasings=[
            "Does someone on reduced hours get priority for a vacant post with the same duties?",
            "Who ranks first for a vacancy: a dismissed employee or one on reduced hours?",
            "Am I ahead of outside applicants for a vacancy because I work reduced hours?",
        ],
    )
    rule(
        "redusert_helse",
        [
            "hva slags dokumentasjon trengs for redusert arbeidstid av helsegrunner",
            "må jeg ha legeattest for å få redusert stilling på grunn av sykdom",
            "gir en sykdom som går over med sykmelding rett til redusert arbeidstid",
            "hvilke helseplager gir rett til kortere arbeidstid",
        ],
        (
            "Helsegrunner betyr sykdom hos deg selv, dokumentert med legeattest; sykdom som kan avhjelpes med sykmelding, gir ikke rett til redusert arbeidstid etter § 10-2 (4) (nemndas praksis).",
            "Health reasons mean your own illness, documented by a medical certificate; illness that sick leave can deal with gives no right to reduced hours under section 10-2 (4) (the board's practice).",
        ),
        [
            (K_VILKAR, "Helsemessige grunner: sykdom hos arbeidstakeren selv"),
            (K_VILKAR, "Sykdom som kan avhjelpes med sykmelding, gir ikke rett"),
            (A102_4, "Arbeidstaker som har fylt 62 år"),
        ],
        conditions=[
            (
                "Med dokumenterte helsegrunner har du rett til redusert arbeidstid hvis det ikke gir vesentlig ulempe for virksomheten (§ 10-2 (4)).",
                "With documented health reasons you have a right to reduced hours unless it causes significant inconvenience to the business (section 10-2 (4)).",
                [(A102_4, "Arbeidstaker som har fylt 62 år")],
            )
        ],
        en_phrasings=[
            "What medical evidence do I need to get reduced hours for health reasons?",
            "Does an illness that sick leave would cover give a right to shorter hours?",
            "Is a doctor's certificate required for part-time on health grounds?",
        ],
    )
    rule(
        "begrense_ulemper",
        [
            "må arbeidsgiver prøve å redusere ulempene før de sier nei",
            "holder det at sjefen peker på ulemper, eller må han forsøke å løse dem",
            "har arbeidsgiver plikt til å tilrettelegge for å gjøre ulempene mindre",
        ],
        (
            "Ja: arbeidsgiver kan ikke bare peke på ulemper, men skal forsøke å legge til rette slik at ulempene blir så små som mulig før det kan konkluderes med vesentlig ulempe (Arbeidstilsynets veiledning).",
            "Yes: the employer cannot just point to disadvantages but must try to arrange things so they are as small as possible before concluding that there is significant inconvenience (Arbeidstilsynet's guidance).",
        ),
        [(K + "arbeidsgiver-skal-begrense-ulempene", "Arbeidsgiver skal også forsøke å legge til rette")],
        conditions=[
            (
                "Det er i utgangspunktet arbeidsgiver som må vise at vesentlig ulempe foreligger (nemndas veiledning).",
                "As a starting point it is for the employer to show that significant inconvenience exists (the board's guidance).",
                [(K + "arbeidsgiver-har-bevisbyrden", "Nemnda sier det slik")],
            )
        ],
        en_phrasings=[
            "Must the employer try to minimise the disadvantages before refusing?",
            "Is it enough for management to list problems, or must they try to solve them first?",
            "Does the employer have a duty to reduce the inconvenience before saying no?",
        ],
    )
    rule(
        "redusert_former",
        [
            "kan redusert arbeidstid tas ut som fri i perioder av året",
            "på hvilke måter kan en reduksjon i arbeidstiden gjennomføres",
            "må redusert arbeidstid være kortere dager, eller kan det være hele fridager",
        ],
        (
            "Ja: en reduksjon kan tas som kortere arbeidsdager, færre arbeidsdager i uka eller arbeidsfrie perioder i løpet av året, for en bestemt periode, og nemnda kan også prøve hvordan den legges (nemndas praksis, § 10-2 (4)).",
            "Yes: a reduction can take the form of shorter days, fewer days a week or periods off during the year, for a set period, and the board can also review how it is placed (the board's practice, section 10-2 (4)).",
        ),
        [(K_LEGGES, "Ved redusert arbeidstid kan nemnda også ta stilling"), (K_VILKAR, "Reduksjonen kan ta form av")],
        conditions=[
            (
                "Nemnda har latt arbeidstakerens ønskede plassering stå der arbeidsgiver ikke kunne vise at den ga vesentlig ulempe (TLN 23/11).",
                "The board let the employee's chosen placement stand where the employer could not show it caused significant inconvenience (TLN 23/11).",
                [
                    (K_LEGGES, "Nemnda har latt arbeidstakerens ønskede plassering"),
                    ("tln-23-11#tln-23-11", "Saken viser at også plasseringen"),
                ],
            )
        ],
        en_phrasings=[
            "What forms can reduced working time take?",
            "Can reduced hours be taken as blocks of time off instead of shorter days?",
            "Does a reduction have to be spread over each week?",
        ],
    )
    rule(
        "tln_forskrift_hjemmel",
        [
            "hvor finner jeg saksbehandlingsreglene for tvisteløsningsnemnda",
            "hvilken forskrift gjelder for nemnda",
            "hvor står fristen og reglene for å sende inn en sak til nemnda",
        ],
        (
            "I forskrift om tvisteløsningsnemnd: arbeidsmiljøloven § 17-2 (5) lar departementet gi forskrift om oppnevning av nemndas medlemmer, sammensetning og saksbehandling, og der står blant annet fristen på fire uker og hvordan saken fremmes.",
            "In the regulation on the Dispute Resolution Board: section 17-2 (5) lets the ministry regulate the appointment of its members, its composition and its procedure, and that regulation holds, among other things, the four-week deadline and how a case is brought.",
        ),
        [(A172 + "5", "Departementet kan gi forskrift")],
        conditions=[
            (
                "Forskriften § 4 (1): saken må reises senest fire uker etter at det skriftlige avslaget kom frem; § 5 (1): den fremmes skriftlig av arbeidstaker eller arbeidsgiver.",
                "The regulation § 4 (1): the case must be brought within four weeks of the written refusal arriving; § 5 (1): it is brought in writing by the employee or the employer.",
                [(F + "4-1", "Sak må reises for tvisteløsningsnemnda"), (F + "5-1", "Sak skal fremmes skriftlig")],
            )
        ],
        en_phrasings=[
            "Which regulation governs the board's procedure?",
            "Where are the rules on how the Dispute Resolution Board handles cases?",
            "What is the legal basis for the board's procedural rules?",
        ],
    )
    rule(
        "rettsferie",
        [
            "løper fristen til tvisteløsningsnemnda i rettsferien",
            "stanser fireukersfristen i sommerferien eller julen",
            "gjelder reglene om rettsferie for fristen til nemnda",
        ],
        (
            "Nei, fristen stopper ikke: fireukersfristen beregnes etter domstolloven kapittel 8, og reglene om rettsferie (domstolloven § 140) står utenfor det kapitlet og gjelder ikke for den (forskrift om tvisteløsningsnemnd § 4 (1)).",
            "No, it does not stop: the four-week deadline is computed under chapter 8 of the Courts Act, and the court-holiday rules (Courts Act section 140) are outside that chapter and do not apply to it (regulation on the board § 4 (1)).",
        ),
        [
            (DL + "140-rettsferie-gjelder-ikke", "Reglene om rettsferie står i domstolloven § 140"),
            (F + "4-1", "Fristen beregnes og avbrytes etter reglene i domstolloven kapittel 8"),
        ],
        conditions=[
            (
                "Ender fristen på en lørdag, søndag eller helligdag, flyttes den til neste virkedag (domstolloven § 149 (1)).",
                "If the deadline ends on a Saturday, Sunday or public holiday, it moves to the next working day (Courts Act section 149 (1)).",
                [(DL + "149-1", "Faller fristens siste dag på en lørdag")],
            )
        ],
        en_phrasings=[
            "Does the board deadline pause during the court holidays?",
            "Is the four-week limit extended over the summer vacation?",
            "Do the court recess rules apply to the deadline for the board?",
        ],
    )
    rule(
        "tln_hjemmel",
        [
            "hvilken paragraf gir nemnda myndighet til å avgjøre arbeidstidstvister",
            "hva er lovgrunnlaget for tvisteløsningsnemnda",
            "hvor i loven står det hvilke saker nemnda kan avgjøre",
        ],
        (
            "Arbeidsmiljøloven § 17-2 (1) bestemmer hvilke tvister Tvisteløsningsnemnda avgjør, og gjennom § 10-13 hører tvister om fritak fra nattarbeid, fleksibel og redusert arbeidstid (§ 10-2 (2)–(4)) og fritak fra overtid (§ 10-6 (10)) dit.",
            "Section 17-2 (1) of the Working Environment Act sets out which disputes the board decides, and through section 10-13 these include night-work exemption, flexible and reduced hours (section 10-2 (2)–(4)) and exemption from overtime (section 10-6 (10)).",
        ),
        [(A172 + "1", "Første ledd bestemmer hvilke tvister"), (A1013, "Tvist mellom arbeidsgiver og arbeidstaker")],
        en_phrasings=[
            "Which section of the Act gives the board its powers?",
            "What is the statutory basis of the Dispute Resolution Board?",
            "Where does the law say which cases the board may decide?",
        ],
    )
    rule(
        "tln_93_25",
        [
            "hva ble utfallet i nemndas sak om pakkeoperatøren og toskiftordningen",
            "hva avgjorde nemnda i TLN 93/25",
            "hvorfor fikk arbeidstakeren medhold i vedtak 93/25",
        ],
        (
            "Arbeidstakeren fikk medhold 4–1 i TLN 93/25 (24.09.2025), for om lag to år og tre måneder: flertallet la avgjørende vekt på at fabrikken og avdelingen var store, 31 års ansiennitet og et sterkt, dokumentert helsebehov, mot arbeidsgivers i hovedsak generelle argumenter.",
            "The employee won 4–1 in TLN 93/25 (24.09.2025), for about two years and three months: the majority gave decisive weight to the size of the factory and department, 31 years' service and a strong, documented health need, against the employer's mainly general arguments.",
        ),
        [(T93, "Flertallet la avgjørende vekt på tre forhold"), (T93, "Arbeidstakeren fikk medhold")],
        en_phrasings=[
            "What did the board decide in TLN 93/25?",
            "Why did the packing operator win relief from the two-shift rota?",
            "What was the outcome of the two-shift case decided in September 2025?",
        ],
    )
    rule(
        "tln_87_18",
        [
            "hva avgjorde nemnda i TLN 87/18",
            "fikk prosessoperatøren på meieriet fritak fra nattevakter",
            "hva sa nemnda om tunge helsemessige og sosiale behov i saken om nattevakter på meieriet",
        ],
        (
            "Arbeidstakeren fikk medhold i TLN 87/18 (enstemmig), med fritak fra nattevakter til en fastsatt dato: vektige helsemessige og sosiale behov stiller strengere krav til de ulempene arbeidsgiver må sannsynliggjøre (§ 10-2 (2)).",
            "The employee won TLN 87/18 (unanimously), with exemption from night shifts until a set date: weighty health and social needs raise the bar for the disadvantages the employer must show (section 10-2 (2)).",
        ),
        [(T87, "Arbeidstakeren fikk medhold"), (T87, "Når arbeidstakeren har tunge helsemessige og sosiale behov")],
        en_phrasings=[
            "What did the board decide in TLN 87/18?",
            "Did the dairy process operator get out of night shifts?",
            "What did the board say about night shifts at the dairy and heavy health and social needs?",
        ],
    )
    rule(
        "hr_2024_423_a",
        [
            "hva sa Høyesterett om fritak fra nattarbeid offshore",
            "hva ble resultatet i HR-2024-423-A",
            "fikk den offshoreansatte med hjerteinfarkt fritak fra nattskift i Høyesterett",
        ],
        (
            "Arbeidsgiverens avslag ble stående i HR-2024-423-A (Høyesterett, 28.02.2024): retten til fritak fra nattarbeid er først og fremst en rett til å bli i stillingen, et tilbud om annet arbeid teller i vurderingen, og terskelen for vesentlig ulempe er høy ved alvorlig helserisiko, men de konkrete organisatoriske ulempene offshore nådde den (§ 10-2 (2)).",
            "The employer's refusal stood in HR-2024-423-A (Supreme Court, 28.02.2024): the right to night-work exemption is mainly a right to stay in the post, an offer of other work counts in the assessment, and the threshold for significant inconvenience is high where the health risk is serious, but the concrete organisational disadvantages offshore met it (section 10-2 (2)).",
        ),
        [(HR, "Arbeidsgivers avslag ble stående"), (HR, "Retten til fritak er først og fremst")],
        en_phrasings=[
            "What did the Supreme Court decide in HR-2024-423-A?",
            "Did the offshore worker with heart disease win exemption from night shifts?",
            "What is the Supreme Court's ruling on night-work exemption offshore?",
        ],
    )


# English phrasings the main file's EN_MORE holds for every rule (none beyond those above)
EN_MORE = {
    k: []
    for k in (
        "overtid_dispensasjon", "hvile_tariff", "fortrinnsrett", "redusert_helse", "begrense_ulemper",
        "redusert_former", "tln_forskrift_hjemmel", "rettsferie", "tln_hjemmel", "tln_93_25", "tln_87_18",
        "hr_2024_423_a",
    )
}  # fmt: skip

# Words a question must hold for the new rules to answer it (a decision's rule answers only a question that
# names it or its facts; a rule on an exception only a question that names the exception)
REQUIRES = {
    "overtid_dispensasjon": r"(?:arbeidstilsyn\w*|labou?r\s+inspect\w*|inspectorate|dispens\w*|tillatelse\w*|godkjen\w*|permission|permit\w*|approv\w*|søke\w*|apply)",
    "hvile_tariff": r"(?:tariff\w*|tillitsvalgt\w*|fagforening\w*|overenskomst\w*|kompenser\w*|avtale\w*\s+(?:bort|unntak)|unntak\w*|collective|union\w*|agree\w*|compensat\w*|exception\w*)",
    "fortrinnsrett": r"(?:ledig\w*|vacan\w*|går\s+foran|foran\b|fortrinn\w*|priorit\w*|prefer\w*|ranks?\s+first|ahead|first\s+in\s+line|applicant\w*|søker\w*|14-2|14-3)",
    # (someone on sick leave now asks about adapting work after illness, § 4-6: sykmelding_4_6)
    "redusert_helse": rf"^(?!.*(?:\bsykmeldt\b|gradert\w*|\d+\s*%\s*sykmeld\w*|on\s+(?:\w+\s+)?sick\s+leave|off\s+sick|"
    r"(?:etter|tilbake\s+fra)\s+(?:en\s+)?(?:\w+\s+)?sykmelding\w*|after\s+(?:a\s+)?(?:\w+\s+)?sick\s+leave|"
    rf"(?:back|return\w*)\s+(?:to\s+work\s+)?(?:after|from)))(?=.*{_REDUCE})(?=.*(?:helse\w*|syk\w*|sykdom\w*|lege\w*|migrene|diagnos\w*|health\w*|\bill\b|illness\w*|medical|doctor\w*|sick\w*))",
    "begrense_ulemper": r"(?:redusere|minske|begrense|løse|tilrettelegg\w*|gjøre\s+\w*\s*mindre|så\s+små|minimi[sz]\w*|reduce|lessen|limit|solve|mitigat\w*)",
    "redusert_former": r"(?:periode\w*|perioder|uker\b|weeks?\b|blokk\w*|blocks?\b|former?\b|forms?\b|måter?\b|ways?\b|hele\s+(?:dager|fridager|uker)|whole\s+(?:days|weeks)|spread\w*|fordel\w*|time\s+off)",
    "tln_forskrift_hjemmel": r"(?:forskrift\w*|regulation\w*|regl\w*|saksbehandl\w*|procedur\w*|rules?\b|legal\s+basis|hjemmel\w*|17-2)",
    "rettsferie": r"(?:rettsferi\w*|ferie\w*|jul\w*|sommer\w*|påske\w*|court\s+(?:holiday|recess|vacation)\w*|recess|vacation\w*|holidays\b|summer|christmas|easter\s+holiday)",
    "tln_hjemmel": r"(?:hjemmel\w*|lovgrunnlag\w*|paragraf\w*|lovbestemmelse\w*|hvor\s+i\s+loven|17-2|section\b|provision\w*|statutory|legal\s+basis|where\s+does\s+the\s+law)",
    # how to bring a case does not answer what happens when it was brought too late (tln_frist, oppfriskning)
    "tln_hvordan": r"^(?!.*(?:for\s+sent|oversitt\w*|etter\s+(?:at\s+)?fristen|too\s+late|missed|after\s+the\s+deadline|(?:days?|weeks?)\s+late))",
    # the job itself named: "mister jeg jobben", "sagt opp fra jobben", "lose my job", "dismissed"
    "tln_93_25": r"(?:93/25|pakkeoperat\w*|packing\s+operator|toskift\w*|two[\s-]shift|31\s+(?:års?|years))",
    "tln_87_18": r"(?:87/18|meieri\w*|dairy|prosessoperat\w*|process\s+operator)",
    "hr_2024_423_a": r"(?:hr-2024-423|høyesterett\w*|supreme\s+court|weatherford|offshore\w*|hjerteinfarkt\w*|heart)",
}
# Words a question must hold in addition to a rule's own required words: the home-office route to the nemnd
# answers a question that speaks of home or the place of work, not any question about the nemnd
REQUIRES_ALSO = {
    "ho_nemnd": r"^(?=.*(?:hjemme\w*|hjemmefra|home\w*|remote\w*|wfh|arbeidssted\w*|kontor\w*|office|where|\bhvor\s+(?:jeg|vi|man|hun|han)\s+jobb\w*|"
    r"work(?:ing)?\s+from|jobb\w*\s+fra|arbeid\w*\s+fra|hytt\w*|cabin|fritidsbolig\w*|\bsted\b|place|location))"
}
# Cue words that single out the rule's own question (and confirm it like retrieval finding its passages)
CUES = {
    "redusert_helse": [_HEALTH_PROOF, _REDUCE],
    "fortrinnsrett": [
        r"(?:ledig\w*|vacan\w*|går\s+foran|fortrinn\w*|priorit\w*|prefer\w*)",
        r"(?:stilling\w*|post\b|position|job\b|vacan\w*)",
    ],
    "rettsferie": [r"(?:rettsferi\w*|court\s+(?:holiday|recess|vacation)\w*)"],
}
KINDS = {
    "reduced": {"fortrinnsrett", "redusert_helse", "redusert_former"},
    "overtime": {"overtid_dispensasjon"},
    "rest": {"hvile_tariff"},
}
TIME = {"fortrinnsrett", "redusert_helse", "begrense_ulemper", "redusert_former", "overtid_dispensasjon", "rettsferie"}
BEFORE_DECISION = {"rettsferie"}

# More ways of asking for rules that existed, each a general form of the rule's question (bokmål and English)
PHRASINGS = {
    "forsvarlig_10_2_1": [
        "hvilken bestemmelse sier at turnusen ikke skal slite ut de ansatte",
        "krever loven at arbeidstiden er helsemessig forsvarlig",
        "Must working-time arrangements protect staff from physical and mental strain?",
        "Who handles a complaint that a shift pattern is harmful to health, if not the board?",
    ],
    "natt_fritak": [
        "Must an employer take a regular night worker off nights for family or welfare reasons?",
        "Can a night-shift worker with care duties at home demand day shifts only?",
    ],
    "fleks_rett": [
        "trenger man en særskilt grunn for å kreve fleksibel arbeidstid",
        "hva er utgangspunktet i loven når en ansatt vil velge når arbeidsdagen starter og slutter",
        "Do I need a particular reason to ask for flexible hours?",
    ],
    "fleks_ledere": [
        "Do managers keep the right to reduced hours even though the flexitime right does not cover them?",
        "beholder ledere retten til redusert arbeidstid selv om fleksitidsretten ikke gjelder dem",
    ],
    "tln_kompetanse": ["Which body rules on a refused request for flexible or reduced hours?"],
    "overtid_vilkaar": [
        "kan overtid brukes som en fast ukentlig ordning",
        "Can overtime be scheduled as a permanent routine every week?",
    ],
    "overtid_grenser": [
        "hvor mange overtidstimer er tillatt på et år",
        "hva er det meste av overtid man kan jobbe på en uke",
        "What is the yearly cap on overtime hours?",
    ],
    "kveld_21_23": [
        "regnes arbeid klokka 22 som nattarbeid",
        "kan tillitsvalgte og arbeidsgiver avtale arbeid etter kl 21",
        "Does work after 9 pm count as night work?",
    ],
    "arbeidsplan": [
        "hvor tidlig skal en ny turnus drøftes med de tillitsvalgte",
        "Can management bring in a new rota without consulting the union representatives?",
    ],
    "domstol_frist": [
        "hva er fristen for å ta nemndas vedtak inn for tingretten",
        "How long after the board's decision can I still take it to court?",
    ],
    "tln_avvisning": [
        "kan nemndas leder avvise en sak alene uten at nemnda møtes",
        "Can one person at the board reject a case without a meeting of the members?",
    ],
    "tln_behandling": ["er det muntlig forhandling med vitner i nemnda, eller avgjøres alt skriftlig"],
    "tln_vedtak": [
        "avgjør nemnda med flertall, eller må alle medlemmene være enige",
        "Does the board decide by majority vote?",
    ],
    "tln_fullmakt": [
        "må en tillitsvalgt ha skriftlig fullmakt for å føre saken for et medlem",
        "Do I need written authority to bring a case for a colleague?",
    ],
    "storrelse": [
        "har det betydning hvor mange ansatte virksomheten har",
        "Does the size of the business matter when a request is refused?",
    ],
    "tyngre_behov": [
        "teller det hvor sterkt behovet mitt er i vurderingen",
        "Does the strength of my need count when the employer weighs the request?",
    ],
    "tidligere_praksis": [
        "har det betydning at ordningen har fungert i mange år uten problemer",
        "Does it count that the arrangement has worked for years without trouble?",
    ],
    "tidspunkt": [
        "er det lurt å søke før turnusen eller timeplanen legges",
        "Does it help to apply before the schedule is drawn up?",
    ],
    "ho_nemnd": [
        "tar tvisteløsningsnemnda saker om avslag på hjemmekontor",
        "Can a refusal of remote working days be brought before the Dispute Resolution Board?",
    ],
    "ho_palegge": [
        "har firmaet rett til å flytte arbeidsplassen permanent hjem til de ansatte",
        "Can the company decide on its own that staff must work from home for good?",
    ],
    "ho_forskrift_virkeomraade": [
        "gjelder forskriften når noen jobber hjemme bare av og til",
        "Does the regulation cover working only from home for a short project?",
    ],
    "ho_mot_instruks": [
        "kan man miste jobben for å bli hjemme mot beskjed om å møte på kontoret",
        "Can someone be dismissed for staying home after being told to come to the office?",
    ],
}
# Passages that confirm a rule as well as its own: a guide section that states this very rule, found by
# retrieval, bears the rule out (as `confirm` does for ho_ingen_rett)
CONFIRM = {
    "ho_nemnd": [
        "tln-77-23#tln-77-23",
        K + "fleksibel-arbeidstid-gjelder-nar-ikke-hvor",
        "guide-etter-avslag#avslag-pa-hjemmekontor-kan-ikke-klages-inn-for-nemnda",
    ]
}
