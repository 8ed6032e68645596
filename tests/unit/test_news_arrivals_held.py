"""People who got away across a border and were held on the other side ("Cambodian authorities have
detained the arrivals") are held by that side: a detention of its own, no part of the raid they
fled. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_the_other_sides_detention_is_its_own() -> None:
    found = facts(run("Laotian troops stormed the Golden Orchid compound near Tonpheung on Tuesday. Dozens of workers "
                      "swam across the Mekong. Cambodian authorities have detained the arrivals and moved them to a "
                      "shelter."))
    assert ("CONDUCTED", "Cambodian authorities", "detention@", None) in found
    assert not any(f[0] == "CONDUCTED" and f[2].startswith("raid") for f in found)
