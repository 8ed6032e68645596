"""A person named as the owner of what a warrant or a sanction targets ("warrants for the members
of Ho's gang", "Ho's holding firm ... is among companies sanctioned") is not the target."""

from tests.unit.test_news_extraction import facts, run


def test_the_owner_of_the_target_is_not_targeted() -> None:
    batch = run("Lao police arrested Tan Weiliang in Vientiane on Sept 10. Officers said arrest warrants will soon "
                "be issued for the core members of Tan's gang. Tan's holding firm, Silver Reed Capital, is among "
                "companies sanctioned by the US Treasury.")
    assert not [f for f in facts(batch) if f[0] == "TARGETED" and f[2].startswith("Tan")]


def test_a_person_sanctioned_is_still_targeted() -> None:
    batch = run("The US Treasury on Monday sanctioned Tan Weiliang, the founder of Silver Reed Capital.")
    assert [f for f in facts(batch) if f[0] == "TARGETED" and f[2] == "Tan Weiliang"]
