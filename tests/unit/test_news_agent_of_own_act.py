"""An agency that arrests people is not the one that sent them home: a participle after the
people ("arrested 19 men extradited from Cambodia") or a phrase opened by "after" ("after their
deportation from the Philippines") tells their past, done by others (Japanese reports among the
unseen audit pages and article 71). Made-up sentences."""

from tests.unit.test_news_extraction import facts, run


def _conducted(text: str) -> set[str]:
    return {target.split("@")[0] for rel, _source, target, _count in facts(run(text)) if rel == "CONDUCTED"}


def test_the_arresting_police_did_not_send_the_people_home() -> None:
    assert _conducted("Osaka police on Monday arrested three men deported from Cambodia on fraud charges.") == {"arrest"}
    assert _conducted("Osaka police arrested four nationals after their deportation from Laos.") == {"arrest"}


def test_an_agency_that_sends_people_home_still_conducted_it() -> None:
    assert "deportation" in _conducted("Cambodian police deported 40 Chinese nationals on Monday.")
