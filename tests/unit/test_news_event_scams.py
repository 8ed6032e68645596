"""An event is tied to a scam only where its sentence tells the scam as the event's ground
("arrested for", "on suspicion of") or a raid's target ("a raid on"); a scam named elsewhere in
the sentence is said of something else."""

from tests.unit.test_news_extraction import facts, run


def event_scams(batch) -> set[tuple[str, str]]:
    return {(f[1].split("@")[0], f[2]) for f in facts(batch) if f[0] == "ENGAGED_IN" and "@" in f[1]}


def test_the_ground_of_an_arrest_is_its_scam() -> None:
    batch = run("Japanese police on Wednesday arrested 25 men for their alleged involvement "
                "in a Cambodia-based phone scam.")
    assert ("arrest", "voice phishing") in event_scams(batch)


def test_a_list_of_grounds_gives_every_scam_of_it() -> None:
    batch = run("Authorities in Laos deported 462 Chinese nationals for various criminal activities including "
                "online scams and human trafficking.")
    assert {("deportation", "online fraud"), ("deportation", "human trafficking")} <= event_scams(batch)


def test_a_raid_on_a_gambling_den_targets_gambling() -> None:
    batch = run("Police carried out a raid on online gambling establishments in Myawaddy on Friday.")
    assert ("raid", "online gambling") in event_scams(batch)


def test_a_scam_told_of_the_place_is_no_ground_of_the_rescue_or_the_raid() -> None:
    batch = run("Police rescued 40 workers from a compound in Myawaddy, where online scams were run.")
    assert not event_scams(batch)
    batch = run("Police raided two buildings in a town on the Thai border, where online scam centres are run.")
    assert not event_scams(batch)
