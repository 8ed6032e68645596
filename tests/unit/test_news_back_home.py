"""People said to be back home, or back in their own country ("Nine Bolivians who answered a fake
job offer are now safely back in Bolivia"), came home: a return with their count. Back in another
country is no return. "the Philippines" (a country written with its article) stays a country when
a run of capitalized words inside it is read again as a place in a list. A participle's phrase
describing counted people may run long ("stranded in X after falling prey to a ring offering jobs in
Y") before their own verb ("have been freed")."""

from tests.unit.test_news_extraction import facts, run


def _returned(text: str) -> set[tuple[str, str, object]]:
    return {(f[1], f[2], f[3]) for f in facts(run(text)) if f[0] == "REPATRIATED"}


def test_back_in_their_own_country_is_a_return() -> None:
    assert _returned("Nine Bolivians who answered a fake job offer are now safely back in Bolivia.\n") \
        == {("repatriation@", "BO", 9)}
    assert _returned("Nine Bolivians are back home.\n") == {("repatriation@", "BO", 9)}
    assert _returned("Nine Filipinos are now back in the Philippines.\n") == {("repatriation@", "PH", 9)}


def test_back_in_another_country_or_a_verb_of_their_own_is_no_return_here() -> None:
    assert not _returned("Nine Bolivians are now back in Peru.\n")
    found = {(f[0], f[2], f[3]) for f in facts(run("Nine Bolivians were freed and are now back home.\n"))}
    assert ("RESCUED", "BO", 9) in found


def test_a_country_with_its_article_stays_a_country() -> None:
    batch = run("They live in the Philippines.\n")
    (place,) = [n for n in batch.nodes.values() if n.label.value == "Location"]
    assert (place.name, place.properties.get("kind"), place.properties.get("country")) == ("Philippines", "country", "PH")


def test_a_long_phrase_describing_counted_people_leaves_them_their_verb() -> None:
    text = ("The ministry says as many as 40 Bolivians stranded in a river town after falling prey to a ring "
            "offering office jobs in the capital have been freed.\n")
    assert {(f[0], f[2], f[3]) for f in facts(run(text)) if f[0] == "RESCUED"} == {("RESCUED", "BO", 40)}
