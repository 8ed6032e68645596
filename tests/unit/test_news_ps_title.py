""""PS" is a principal secretary's title in Kenyan and Ghanaian reporting (audit 36h): "Principal
Secretary for Labour, Akosua B. Owusu, ... PS Owusu urged the returnees" is one person."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_ps_before_a_surname_is_the_person_named_before() -> None:
    batch = run("Speaking at the airport on Saturday, Principal Secretary for Labour, Akosua B. Owusu, vowed to break "
                "the networks. PS Owusu urged the returnees to warn their peers.")
    assert "PS Owusu" not in names(batch, Label.PERSON)
    assert "Akosua B. Owusu" in names(batch, Label.PERSON)
