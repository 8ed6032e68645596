"""An active holding verb in a relative clause ("the men who held the workers") has the noun
before "who"/"that" as its doer. When that noun names private people (nationals, bosses, a gang)
they are the captors: no detention, no count of people detained, and a list of their nationalities
takes the main verb told of them ("... were arrested"). The state's own people ("the officers who
detained them") still tell a detention. People "held in confinement" (or captivity, bondage) with
the people between are held by captors too."""

from scamgraph.loaders.news.captor_agents import held_by_those_before
from tests.unit.test_news_extraction import events, facts, run


def _edges(batch, rel: str) -> set[tuple[str, object]]:
    return {(target, count) for kind, _, target, count in facts(batch) if kind == rel}


def test_captors_named_in_a_relative_clause_are_the_ones_arrested() -> None:
    batch = run("More than 60 Nepalis were freed from a gambling den in the province on Monday. "
                "The commander said Lao and Vietnamese nationals who detained the Nepalis were arrested.")
    assert {"LA", "VN"} <= {target for target, _ in _edges(batch, "ARRESTED")}
    assert not _edges(batch, "DETAINED")


def test_bosses_who_had_held_workers_tell_no_detention() -> None:
    batch = run("Police said the bosses who had held 35 Indonesian workers fled before the raid.")
    assert not _edges(batch, "DETAINED")


def test_officers_who_detained_people_still_tell_a_detention() -> None:
    batch = run("Immigration officers detained 35 Indonesian nationals at the port on Monday, officials said.")
    assert ("ID", 35) in _edges(batch, "DETAINED")


def test_border_guards_who_detained_migrants_are_the_states_own() -> None:
    lower = "the border guards who detained 40 migrants".split()
    assert not held_by_those_before(lower, 4, 0)
    lower = "the gang members who detained 40 migrants".split()
    assert held_by_those_before(lower, 4, 0)


def test_people_held_in_confinement_by_the_accused_are_no_detention() -> None:
    batch = run("Police in Split arrested three men on suspicion that they had recruited workers abroad, held at "
                "least 40 Filipino nationals in confinement and forced them to run online fraud.")
    assert not [key for key in events(batch) if key.startswith("detention")]
    assert not [fact for fact in facts(batch) if fact[0] == "DETAINED"]
