"""An NGO introduced by its country's people and the noun NGO ("British NGO HAVEN", "Thai NGO
Civil Society Network") is named without them, as after a lower-case word ("the anti-trafficking
NGO HAVEN"), and the people's name there tells no nationality of anyone. Names and sentences are
made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _names(text: str, label: Label) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is label}


def test_a_demonym_and_ngo_before_a_name_stay_out_of_it() -> None:
    text = "The 40 Kenyans were helped by the Kenyan Embassy in Bangkok and British NGO HAVEN."
    assert "HAVEN" in _names(text, Label.ORGANIZATION)


def test_a_demonym_before_ngo_is_no_nationality() -> None:
    text = "The Thai NGO Harbour Aid Network gave the victims food in Mae Sot."
    assert _names(text, Label.ORGANIZATION) == {"Harbour Aid Network"}
    assert not _names(text, Label.NATIONALITY)
