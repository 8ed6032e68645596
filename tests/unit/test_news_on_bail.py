"""Freedom on bail, bond or parole is a court's release, no rescue (audit 18, page s03: people
who pleaded guilty and are free on bond read as three people rescued). A count before "free on
bail" counts no one rescued; "freed on bond" alone makes no rescue; people freed from a compound
still are. Sentences are made up."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_people_counted_and_free_on_bail_are_no_rescue() -> None:
    kinds = _kinds("Four men pleaded guilty to fraud in a court in Denver on Monday. "
                   "Two of the men are currently free on bail.")
    assert "rescue" not in kinds


def test_freed_on_bond_is_no_rescue() -> None:
    assert "rescue" not in _kinds("The recruiter was freed on bond on Monday, pending trial.")


def test_freed_on_parole_is_no_rescue() -> None:
    assert "rescue" not in _kinds("Three of the traffickers were freed on parole in May.")


def test_people_freed_from_a_prison_under_an_amnesty_are_no_rescue() -> None:
    text = ("The 60 Kenyan nationals had been jailed for illegal entry and were freed from a prison in Hpa-an under an "
            "amnesty on Monday.\n")
    assert "rescue" not in _kinds(text)


def test_people_freed_from_a_compound_are_still_rescued() -> None:
    assert "rescue" in _kinds("Two women were freed from a scam compound in Myawaddy on Monday.")
