"""One person of a people told by "a" inside a list that a count verb (or "includes") opens:
"held six Lao men, a Peruvian woman and a Chilean man" took one Peruvian and one Chilean, after
the list's comma as after its "and", however far the verb stands."""

from tests.unit.test_news_extraction import counts_of



def test_an_item_after_the_comma_counts_one() -> None:
    counted = counts_of("Officers held six Lao men, a Peruvian woman and a Chilean man in Lotown.\n")
    assert {("DETAINED", "LA", 6), ("DETAINED", "PE", 1), ("DETAINED", "CL", 1)} <= counted


def test_a_long_list_keeps_every_item() -> None:
    counted = counts_of("Police arrested 12 Chinese, three Vietnamese, a Laotian and a Thai woman in the raid.\n")
    assert {("ARRESTED", "CN", 12), ("ARRESTED", "VN", 3), ("ARRESTED", "LA", 1), ("ARRESTED", "TH", 1)} <= counted


def test_a_list_that_includes_opens() -> None:
    counted = counts_of("The group taken into custody includes six Lao men, a Peruvian woman and a Chilean man.\n")
    assert {("DETAINED", "LA", 6), ("DETAINED", "PE", 1), ("DETAINED", "CL", 1)} <= counted


def test_a_speaker_after_the_comma_is_no_item() -> None:
    counted = counts_of("Police arrested 40 Thais, a Chinese official said.\n")
    assert not any(rel == "ARRESTED" and nat == "CN" for rel, nat, _ in counted)
