"""A police or military command is a body ("the Oruro State Police Command", "the Anti-Scam
Command"), where a command centre raided is a place of the scam; a run of title-case words that
", who" follows names a person ("was Tadeo Vurlana, who had posed as a recruiter")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_command_is_a_body() -> None:
    assert names(run("The Oruro State Police Command has broken up a job fraud ring.\n"), Label.AGENCY) \
        == {"Oruro State Police Command"}
    assert names(run("Officers of the Anti-Scam Command arrested both men.\n"), Label.AGENCY) == {"Anti-Scam Command"}
    assert not names(run("Police raided a command centre on Monday.\n"), Label.AGENCY)


def test_who_after_a_name_tells_a_person() -> None:
    text = "One of the suspects held in the raid was Tadeo Vurlana, who had posed as a recruiter.\n"
    assert names(run(text), Label.PERSON) == {"Tadeo Vurlana"}
