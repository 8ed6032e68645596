"""The head of an immigration service is a civil official, not a police officer: 'commissioner'
alone stays a police title, but 'immigration commissioner' (and 'commissioner of immigration')
names the office that runs the border service."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_immigration_commissioner_is_an_official() -> None:
    batch = run("Immigration Commissioner Lorenzo Dimaculangan said 64 foreigners from a rented villa in Port Aurel would be sent home.")
    assert "Lorenzo Dimaculangan" in names(batch, Label.PERSON)
    person = batch.nodes["person:lorenzo-dimaculangan"].properties
    assert person["role"] == "official"
    assert person["role_class"] == "official"


def test_a_commissioner_of_immigration_after_the_name_is_an_official() -> None:
    batch = run("Lorenzo Dimaculangan, the commissioner of immigration, signed the order for 12 workers on Tuesday.")
    assert batch.nodes["person:lorenzo-dimaculangan"].properties["role_class"] == "official"


def test_a_police_commissioner_stays_police() -> None:
    batch = run("Police Commissioner Lorenzo Dimaculangan told reporters that 30 suspects were held in Port Aurel.")
    assert batch.nodes["person:lorenzo-dimaculangan"].properties["role_class"] == "police"
