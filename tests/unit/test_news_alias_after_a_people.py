"""An alias told with a people before it is the same person (audits 36c, 37t): "Former mayor Rosa Lim Tan, also
known as Chinese national Tan Xiulan, arrived in Manila on Friday" names one person, a Chinese
national, whom the arrest told next takes; so is an alias told after an age ("Wen Bo, 27, also known
as Leo Ma")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_an_alias_after_a_people_is_the_same_person() -> None:
    batch = run("Former mayor Rosa Lim Tan, also known as Chinese national Tan Xiulan, arrived in Manila on Friday. "
                "Tan was arrested in Kuala Lumpur on Tuesday.")
    assert names(batch, Label.PERSON) == {"Rosa Lim Tan"}
    assert ("HAS_NATIONALITY", "Rosa Lim Tan", "CN", None) in facts(batch)


def test_an_alias_after_an_age_is_the_same_person() -> None:
    batch = run("Two people were charged on Monday. The defendants are Wen Bo, 27, also known as Leo Ma, and Rosa "
                "Lind, 49.")
    assert "Leo Ma" not in names(batch, Label.PERSON)
    assert "Wen Bo" in names(batch, Label.PERSON)
