"""The officials of a state, named by its adjective ("Bolivian officials", "Bolivian immigration
officials"), are an agency (tests/corpus/README.md, convention 5); a story that names the same
state's authorities folds them into that body. Officials named by no state ("Embassy officials
said") and a body's people ("Bolivian military personnel") are no agency of their own. An event
the sentence names only as the time of its news ("fled during the operation, according to X")
is not what X announces."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_states_officials_are_its_agency() -> None:
    assert names(run("Bolivian officials said five men were freed.\n"), Label.AGENCY) == {"Bolivian officials"}
    assert names(run("According to Bolivian immigration officials, five men were held.\n"), Label.AGENCY) \
        == {"Bolivian immigration officials"}
    assert not names(run("Embassy officials said five men were freed.\n"), Label.AGENCY)
    assert not names(run("Bolivian military personnel arrested five men.\n"), Label.AGENCY)


def test_officials_fold_into_the_authorities_the_story_names() -> None:
    text = ("Bolivian authorities closed the site on Monday. Bolivian officials said 40 workers were freed.\n")
    assert names(run(text), Label.AGENCY) == {"Bolivian authorities"}


def test_an_event_named_as_the_time_of_the_news_is_not_announced() -> None:
    text = ("Soldiers raided the compound on Sunday. More than 300 people fled across the river during the "
            "operation, according to Bolivian officials.\n")
    announced = {f[2] for f in facts(run(text)) if f[0] == "ANNOUNCED"}
    assert announced == {"escape@2026-10-11"}
