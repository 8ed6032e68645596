"""A state that opens its sentence and brings people home "from" another country ("Indonesia
brought home 40 from Cambodia") brings its own people: the country after "from" is where they
were, never their nationality; "Thailand brought back 40 people" brought Thais."""

from tests.unit.test_news_extraction import counts_of



def test_the_country_they_left_is_not_their_nationality() -> None:
    counted = counts_of("Indonesia brought home 40 from Cambodia on Monday.\n")
    assert not any(nat == "KH" for _, nat, _ in counted)


def test_a_state_bringing_people_back_brings_its_own() -> None:
    assert ("REPATRIATED", "TH", 40) in counts_of("Thailand brought back 40 people from Cambodia on Monday.\n")

