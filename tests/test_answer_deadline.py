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
