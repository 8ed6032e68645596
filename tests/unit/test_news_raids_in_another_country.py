"""Raids told in another country than the raid told before are raids of their own (audit 37p):
"On Wednesday, the Commercial Crime Investigation Department conducted raids at several homes in Johor
Bahru ... In addition, the Lao police carried out raids on a warehouse in Vientiane" are two raids, each
at its own place."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_raid_told_in_another_country_is_its_own() -> None:
    batch = run("KUALA LUMPUR: A joint operation by Malaysian and Lao police broke up a fraud ring based in Vientiane, "
                "leading to eleven arrests, the Royal Malaysia Police said on Thursday. On Wednesday, the Commercial "
                "Crime Investigation Department conducted raids at several homes in Johor Bahru. Eleven people were "
                "arrested in those raids. In addition, the Lao police carried out raids on a warehouse in Vientiane.")
    raids = [k for k in events(batch) if k.startswith("raid")]
    assert len(raids) == 2
    assert not any(f[0] == "OCCURRED_AT" and f[1] == "raid@2026-10-14" and "Vientiane" in f[2] for f in facts(batch))


def test_raids_in_another_country_after_a_wave_of_raids_are_their_own() -> None:
    batch = run("On Wednesday, the Commercial Crime Investigation Department conducted raids at several homes in Johor "
                "Bahru. Eleven people were arrested in those raids. In addition, the Lao police carried out raids on a "
                "warehouse in Vientiane.")
    assert ("CONDUCTED", "Lao police", "raid@", None) in facts(batch)
    assert events(batch)["raid@2026-10-14"]["count_arrested"] == 11


def test_raids_in_a_country_named_beside_the_first_are_the_same_operation() -> None:
    # the operation was told at places in both countries: the raid told next in the second is part of it
    batch = run("A fraud ring was broken up by a joint operation of two states that ended with nine people held around "
                "Singapore. The operation, involving the Velmor Police Force and the Cambodian National Police, was carried out at "
                "several places in Singapore and Cambodia on June 2. Raids across Singapore at rented flats led to the "
                "arrest of nine people. In Phnom Penh, officers raided an office linked to the ring.")
    assert [k for k in events(batch) if k.startswith("raid")] == ["raid@2026-06-02"]
