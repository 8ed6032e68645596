"""Audit 49 (fix8): a warrant dodged still stands; "the arrest and return of N" counts both acts;
a sentence that only names the people told keeps them for the pronoun after it."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_warrant_evaded_was_issued_but_an_arrest_evaded_is_none() -> None:
    told = events(run("Both brothers slipped over the border, evading arrest warrants issued in Thailand."))
    assert any(key.startswith("warrant") for key in told)
    told = events(run("The two men crossed into Laos to evade arrest."))
    assert not any(key.startswith("arrest") or key.startswith("warrant") for key in told)


def test_the_arrest_and_return_of_people_counts_the_arrest() -> None:
    told = facts(run("Officials said the treaty brought about the arrest and return of 14 Thai fugitives from the "
                     "Amber Wren compound."))
    assert any(f[0] == "ARRESTED" and f[2] == "TH" and f[3] == 14 for f in told)
    assert any(f[0] == "REPATRIATED" and f[2] == "TH" and f[3] == 14 for f in told)


def test_the_rescue_and_return_of_people_counts_the_rescue_but_not_a_hedged_tally() -> None:
    told = facts(run("The ministry announced the rescue and return of 30 Kenyan workers from the Amber Wren compound."))
    assert any(f[0] == "RESCUED" and f[2] == "KE" and f[3] == 30 for f in told)
    told = facts(run("The embassy has helped in the rescue and return of over 600 Kenyan citizens. Last week police "
                     "carried out the rescue of nine more Kenyan victims from the Amber Wren compound."))
    assert any(f[0] == "RESCUED" and f[2] == "KE" and f[3] == 9 for f in told)


def test_a_naming_sentence_between_keeps_the_people_for_their_charge() -> None:
    told = facts(run("Police arrested seven Thais and three Vietnamese men in raids on Friday. The suspects were "
                     "named only as Ivo, 30, Dan, 41, Lem, 28 and Oro, 35. They were charged with fraud."))
    assert any(f[0] == "CHARGED" and f[2] == "TH" and f[3] == 7 for f in told)
    assert any(f[0] == "CHARGED" and f[2] == "VN" and f[3] == 3 for f in told)
