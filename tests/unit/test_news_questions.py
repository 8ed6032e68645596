"""Acts asked about are not told: a question ("Were 60 Indonesians deported?"), a clause that
"whether" opens ("could not confirm whether 25 Kenyans had been rescued"), and the checking of
reports ("verifying reports that 25 Kenyans were detained"). An act named by a noun inside such a
clause is presupposed ("whether the case was connected to a recent arrest in Poipet"). Made-up
sentences (a probe of forms seen on 4 of 45 real pages)."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_count_in_a_question_or_a_whether_clause_tells_no_act() -> None:
    for text in ("Officials could not confirm whether 25 Kenyans had been rescued.",
                 "It was not clear whether the 60 Indonesians had been deported.",
                 "The embassy is verifying reports that 25 Kenyans were detained in Myawaddy.",
                 "Were 60 Indonesians deported from Cambodia?",
                 "Q: Have the 30 Filipinos been repatriated?\nA: No, they are still waiting in Sihanoukville."):
        assert not events(run(text)), text


def test_what_is_told_beside_a_question_stays() -> None:
    found = facts(run("It was not clear whether the 60 Indonesians had been deported, but police said 12 Thais "
                      "were arrested in Poipet on Monday."))
    assert ("ARRESTED", "arrest@2026-10-12", "TH", 12) in found
    assert "arrest@" in events(run("On whether the case was connected to a recent arrest in Poipet, police said "
                                   "they were investigating."))


