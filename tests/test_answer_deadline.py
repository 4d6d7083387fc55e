"""A question that gives the day the refusal arrived is answered with the last day itself (advisor.answering.deadline_asked)."""

from __future__ import annotations

from advisor.answering.deadline_asked import deadline_claim
from advisor.answering.grounding import corpus_passages


def test_the_last_day_is_computed_and_each_step_cited():
    passages = corpus_passages()
    plain = deadline_claim("Avslaget kom onsdag 2. desember 2026. Hvilken dag er siste frist?", passages)
    assert plain is not None and "onsdag 30. desember 2026" in plain.text
    assert {s.passage_id for s in plain.support} == {
        "tvistelosningsnemnd-forskrift#forskrift-om-tvistelosningsnemnd-p-4-1",
        "domstolloven#domstolloven-p-148-2",
    }
    # four weeks ending on a holiday run on to the next working day, and § 149 (1) is cited for it
    moved = deadline_claim("Jeg fikk avslaget fredag 4. desember 2026, når går fristen ut?", passages)
    assert moved is not None and "mandag 4. januar 2027" in moved.text and "første nyttårsdag" in moved.text
    assert "domstolloven#domstolloven-p-149-1" in {s.passage_id for s in moved.support}
    # 17 May counts as a Sunday
    may = deadline_claim("Avslaget kom 19. april 2027. Hva er siste frist?", passages)
    assert may is not None and "18. mai 2027" in may.text
    english = deadline_claim("The refusal arrived on 19 April 2027. What is the last day?", passages, "en")
    assert english is not None and "Tuesday 18 May 2027" in english.text


def test_no_day_is_computed_without_one_full_date():
    passages = corpus_passages()
    assert deadline_claim("Avslaget kom 3. mars. Hva er siste frist?", passages) is None  # no year
    assert deadline_claim("Søkte 1. februar 2027, avslag 3. mars 2027. Når er fristen?", passages) is None  # two dates
    assert deadline_claim("Hvor lang er fristen etter lov 17. juni 2005 nr. 62?", passages) is None  # a law's date


def test_the_day_the_refusal_arrived_not_the_letters_date_nor_a_proposed_deadline():
    passages = corpus_passages()
    # dated one day, received by mail two days later (the year from the letter's date): four weeks from the arrival
    late = deadline_claim(
        "Brevet er datert mandag 2. november 2026, men jeg mottok det først onsdag 4. november. Hvilken dag er fristen?",
        passages,
    )
    assert late is not None and "onsdag 2. desember 2026" in late.text and "4. november 2026" in late.text
    # the asker's own computed deadline is not the day the refusal came
    checked = deadline_claim(
        "Avslaget kom frem fredag 4. desember 2026, og jeg har regnet ut at fristen blir fredag 1. januar 2027. Stemmer det?",
        passages,
    )
    assert checked is not None and "mandag 4. januar 2027" in checked.text
    english = deadline_claim(
        "The letter is dated 2 November 2026 but I only received it on November 4. When is the last day?",
        passages,
        "en",
    )
    assert english is not None and "2 December 2026" in english.text
    # only the letter's own date: the day it arrived is not known, and nothing is computed
    assert deadline_claim("Avslaget er datert tirsdag 3. november 2026. Hva er siste frist?", passages) is None


def test_a_weekday_with_no_year_names_the_year_near_today():
    """«fikk nei mandag 2. november»: the one year, a year either side of today, in which that day is that weekday."""
    from datetime import date

    from advisor.core.dates import long_date, weekday_name
    from advisor.core.holidays import tln_deadline

    passages = corpus_passages()
    got = date(date.today().year, 3, 10)
    question = f"fikk skriftlig nei på redusert tid {weekday_name(got)} 10. mars. når går fristen ut?"
    claim = deadline_claim(question, passages)
    assert claim is not None and long_date(tln_deadline(got)) in claim.text
    # a weekday that does not fit the date in any of those years: nothing is computed
    wrong_day = weekday_name(date(date.today().year, 3, 14))  # four days on: no year either side fits
    assert deadline_claim(f"Avslaget kom {wrong_day} 10. mars. Hva er siste frist?", passages) is None


def test_the_day_the_case_was_sent_and_today_are_compared_not_counted_from():
    passages = corpus_passages()
    # the letter dated 20 November, arrived 24 November, case sent 21 December: in time (the last day is 22 December)
    sent = deadline_claim(
        "Brevet med avslaget er datert 20. november 2026 og kom frem tirsdag 24. november. "
        "Saken ble sendt til nemnda 21. desember. Kom den for sent?",
        passages,
    )
    assert sent is not None and "tirsdag 22. desember 2026" in sent.text and "i tide" in sent.text
    late = deadline_claim(
        "I received the refusal on Monday 12 October 2026 and sent my complaint to the board on 10 November. Too late?",
        passages,
        "en",
    )
    assert late is not None and "Monday 9 November 2026" in late.text and "too late" in late.text
    # today's date told is not the day the refusal came
    today = deadline_claim(
        "Jeg fikk avslaget mandag 11. januar 2027. I dag er det 9. februar. Rekker jeg det?", passages
    )
    assert today is not None and "mandag 8. februar 2027" in today.text and "er fristen ute" in today.text
