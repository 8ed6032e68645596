"""Buildings pulled down are no act's sites (audit 37n): "Some 380 buildings at the compound were torn
down, and more than 700 suspects were sent back to China" gives the return its people and no sites,
and "demolished 40 buildings and arrested 300" gives the arrest none either. Sites raided stay the
raid's."""

from tests.unit.test_news_extraction import events, run


def test_buildings_torn_down_are_no_sites_of_the_return() -> None:
    found = events(run("Some 380 buildings at the Shwe Kokko compound were torn down, and more than 700 fraud "
                       "suspects were sent back to China, the ministry said on Monday."))
    assert all("count_sites" not in e for e in found.values())
    assert any(e.get("count_repatriated") == 700 for e in found.values())


def test_buildings_demolished_are_no_sites_of_the_arrest() -> None:
    found = events(run("Soldiers demolished 40 buildings and arrested 260 Chinese on Monday."))
    assert all("count_sites" not in e for e in found.values())


def test_buildings_raided_are_the_raids_sites() -> None:
    found = events(run("Police raided 40 buildings and arrested 260 Chinese on Monday."))
    assert found["raid@2026-10-12"]["count_sites"] == 40  # (a guard)
