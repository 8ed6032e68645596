"""Audit 54, auditor a54e: a judge's "Justice" and a "Comrade" kept as part of a person's name,
and a woman's given name that is also a place's ("Virginia", "Georgia") read as that place
(made-up towns, bodies and people)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_justice_and_comrade_are_titles_before_a_longer_name() -> None:
    batch = run("The case was heard by Justice Peris Kamau Odhiambo of the High Court in Kisumu. "
                "Comrade Tobias Wekesa Anyango, director of the Harbour Watch Forum, praised the ruling.")
    people = names(batch, Label.PERSON)
    assert "Peris Kamau Odhiambo" in people and "Tobias Wekesa Anyango" in people
    assert not any(p.startswith(("Justice", "Comrade")) for p in people)
    assert "Kisumu" in names(batch, Label.LOCATION)


def test_justice_as_the_given_name_of_a_two_word_name_stays() -> None:
    batch = run("Justice Mensah, a broker, was arrested in Nakuru on Monday.")
    assert "Justice Mensah" in names(batch, Label.PERSON)


def test_a_place_that_is_also_a_womans_name_after_a_role_is_a_person() -> None:
    batch = run("My agent was Virginia Achieng. The recruiter, Georgia Wanjiru, was arrested in Nakuru on Monday.")
    assert {"Virginia Achieng", "Georgia Wanjiru"} <= names(batch, Label.PERSON)
    places = names(batch, Label.LOCATION)
    assert "Virginia" not in places and "Georgia" not in places
    assert "Nakuru" in places


def test_the_place_stays_without_a_persons_cue() -> None:
    batch = run("Tourists visited Victoria Falls last year. Officials in Georgia said 40 people were held.")
    assert "Georgia" in names(batch, Label.LOCATION)
    assert not names(batch, Label.PERSON)


def _event_dates(batch) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for n in batch.nodes.values():
        if n.label is Label.EVENT:
            found.setdefault(n.properties["type"], set()).add(n.properties.get("date") or "")
    return found


def test_a_raid_in_a_copular_relative_clause_takes_not_the_verdicts_day() -> None:
    for joint in (" ", ", "):
        batch = run(f"The 14 people sentenced in Dorvan on Friday held jobs at the Kestrel Data firm{joint}"
                    "which is the focus of the raids.")
        dates = _event_dates(batch)
        assert dates["raid"] == {""}
        assert "" not in dates["charge"]  # the verdict keeps its own Friday


def test_a_detention_they_stay_in_takes_not_the_rescues_day() -> None:
    batch = run("Some 90 workers, who were freed from a fraud park three weeks ago but stay in detention "
                "at Lotmar, tried to flee on Sunday.")
    assert _event_dates(batch).get("detention") == {""}


def test_a_where_clause_keeps_the_raids_day() -> None:
    batch = run("Police raided a compound in Dorvan on Monday, where 40 workers were rescued.")
    assert "" not in _event_dates(batch)["raid"]  # the rescue in its "where" clause is the raid's, on its day
