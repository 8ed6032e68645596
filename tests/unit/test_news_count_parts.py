"""A part of counted people named by a copula and a demonym: "30 of them were Nepali", "95 of the
returnees were Bhutanese nationals"; the part gets the act of its whole. A list of demonyms, or a
copula that names no demonym, names no one. A participle before the whole's noun ("Twelve of the
arrested suspects were charged") tells the whole's earlier act: the part takes the main verb."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_part_of_the_people_of_an_act_gets_that_act() -> None:
    found = facts(run("Thailand sent home 150 workers on Tuesday. Officials said 95 of the returnees were Bhutanese "
                      "nationals, with the others from Nepal."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("BT", 95) for f in found)


def test_a_part_of_them_after_a_count_gets_the_act_of_the_count_before() -> None:
    found = facts(run("Lao police detained 72 foreigners in a raid on Monday. 41 of them were Nepali nationals."))
    assert any(f[0] == "DETAINED" and f[2:] == ("NP", 41) for f in found)


def test_a_part_named_by_two_demonyms_names_no_one() -> None:
    found = facts(run("Lao police detained 72 foreigners in a raid on Monday. 41 of them were Nepali or Bhutanese."))
    assert not any(f[3] == 41 for f in found)


def test_a_part_described_otherwise_keeps_the_nationality_of_the_whole() -> None:
    found = facts(run("Lao police detained 72 Nepalis on Monday, 15 of whom were women."))
    assert any(f[0] == "DETAINED" and f[2:] == ("NP", 72) for f in found)
    assert not any(f[3] == 15 for f in found)


def test_a_part_of_people_a_participle_describes_takes_the_main_verb() -> None:
    batch = run("Police arrested 40 Chinese nationals in a raid in Sihanoukville on Monday. Twelve of the "
                "arrested suspects were charged with fraud on Friday.")
    charge = next(props for key, props in events(batch).items() if key.startswith("charge"))
    assert charge["count_charged"] == 12


def test_a_sentence_opening_on_a_part_of_those_acted_on_gets_that_act() -> None:
    found = facts(run("Police freed 300 workers from a compound on Monday. Sixty of those freed were Kenyans."))
    assert any(f[0] == "RESCUED" and f[2:] == ("KE", 60) for f in found)
    found = facts(run("Police freed 300 workers from a compound on Monday. Sixty of those were Kenyans."))
    assert any(f[0] == "RESCUED" and f[2:] == ("KE", 60) for f in found)
