""""Seven of 32 Nepalis": a part told with plain "of" before a second number is read as "seven out
of 32": the part takes the act and the nationality; a participle right after the whole ("45 of 59
nationals deported") stays the whole's act."""

from tests.unit.test_news_extraction import facts, run


def test_a_part_of_a_counted_group_takes_the_act_and_the_nationality() -> None:
    found = facts(run("The ministry managed to repatriate seven of 32 Nepalis who were lured to Myanmar."))
    assert ("REPATRIATED", "repatriation@", "NP", 7) in found
    assert not any(f[3] == 32 for f in found)


def test_a_part_with_a_verb_after_the_whole() -> None:
    found = facts(run("Police said 13 of 17 Sri Lankans were rescued on Monday."))
    assert ("RESCUED", "rescue@2026-10-12", "LK", 13) in found


def test_a_participle_after_the_whole_is_the_act_of_the_whole() -> None:
    found = facts(run("Police opened an investigation into 45 of 59 Korean nationals deported from Cambodia."))
    assert ("DEPORTED", "deportation@", "KR", 59) in found
    assert not any(f[0] == "DEPORTED" and f[3] == 45 for f in found)


def test_a_number_before_a_noun_and_of_is_no_part() -> None:
    found = facts(run("Police received 262 reports of 336 Malaysians who are held in Myanmar."))
    assert not any(f[3] == 262 for f in found)
