"""Citizens counted without a demonym, rescued or brought home by one state body told before them,
are that state's own people ("the Zambian government facilitated the rescue of 40 citizens");
where another country is named before them, or the act is no act of care, nothing is said, unless
one of the bodies is another country's embassy or consulate beside the host's: its people."""

from tests.unit.test_news_extraction import facts, run


def test_citizens_rescued_through_a_government_are_its_own() -> None:
    found = facts(run("Last month the Zambian government facilitated the rescue of 40 citizens who had been "
                      "trafficked to a compound in Laos."))
    assert any(f[0] == "RESCUED" and f[2:] == ("ZM", 40) for f in found)


def test_nationals_received_by_a_countrys_authorities_with_words_between_are_theirs() -> None:
    found = facts(run("Lao authorities on Monday received 63 nationals handed over at the border by Thai police."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("LA", 63) for f in found)


def test_citizens_rescued_from_a_country_are_still_the_states_own() -> None:
    found = facts(run("The Malawian government has rescued 11 citizens from Laos."))
    assert any(f[0] == "RESCUED" and f[2:] == ("MW", 11) for f in found)
    assert not any(f[2:] == ("LA", 11) for f in found)


def test_citizens_handed_over_by_a_host_body_and_their_embassy_are_the_embassys_people() -> None:
    found = facts(run("Lao authorities and the Zambian Embassy on Tuesday handed over 27 citizens at the border."))
    assert any(f[2:] == ("ZM", 27) for f in found)
    assert not any(f[2:] == ("LA", 27) for f in found)


def test_two_countries_besides_the_host_leave_the_citizens_without_a_nationality() -> None:
    found = facts(run("Lao police, the Zambian Embassy and the Malawian Embassy on Tuesday handed over 27 citizens "
                      "at the border."))
    assert not any(f[3] == 27 and f[2] in {"LA", "ZM", "MW"} for f in found)


def test_foreign_nationals_are_nobodys_own() -> None:
    found = facts(run("The Zambian government said it had rescued 19 foreign nationals in Laos."))
    assert not any(f[2:] == ("ZM", 19) for f in found)


def test_citizens_arrested_by_a_countrys_police_get_no_nationality_from_it() -> None:
    found = facts(run("Zambian police arrested 14 citizens in a raid on Tuesday."))
    assert not any(f[2:] == ("ZM", 14) for f in found)


def test_a_second_verb_of_another_subject_is_not_the_citizens() -> None:
    found = facts(run("Lao authorities on Friday received 31 citizens handed over by Thai officials once several "
                      "were found running phone scams."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("LA", 31) for f in found)
    assert not any(f[0] == "FOUND" for f in found)
