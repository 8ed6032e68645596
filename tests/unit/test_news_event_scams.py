"""An arrest, a charge, an investigation or a sanction is tied to a scam only where its sentence
tells the scam as the act's ground ("arrested for", "on suspicion of") or an inquiry's target ("an
investigation into"); a scam named elsewhere in the sentence, or after a raid's or a deportation's
"for" (the site's trade, the people's past), is said of something else."""

from tests.unit.test_news_extraction import facts, run


def event_scams(batch) -> set[tuple[str, str]]:
    return {(f[1].split("@")[0], f[2]) for f in facts(batch) if f[0] == "ENGAGED_IN" and "@" in f[1]}


def test_the_ground_of_an_arrest_is_its_scam() -> None:
    batch = run("Japanese police on Wednesday arrested 25 men for their alleged involvement "
                "in a Cambodia-based phone scam.")
    assert ("arrest", "voice phishing") in event_scams(batch)


def test_a_list_of_grounds_gives_every_scam_of_it() -> None:
    batch = run("Police in Cambodia arrested 190 Vietnamese nationals for a range of offences including "
                "online scams and human trafficking.")
    assert {("arrest", "online fraud"), ("arrest", "human trafficking")} <= event_scams(batch)


def test_an_investigation_into_a_scam_targets_it() -> None:
    batch = run("Hong Kong police opened an investigation into a romance scam ring on Friday.")
    assert ("investigation", "romance scam") in event_scams(batch)


def test_a_raids_or_a_deportations_ground_is_left_to_the_site_or_the_people() -> None:
    assert not event_scams(run("Officers raided a hotel suspected of online scamming on March 4."))
    assert not event_scams(run("Lao police deported 280 Chinese nationals for their alleged involvement in "
                               "online fraud."))


def test_a_scam_told_of_the_place_is_no_ground_of_the_rescue_or_the_arrest() -> None:
    assert not event_scams(run("Police rescued 40 workers from a compound in Myawaddy, where online scams "
                               "were run."))
    assert not event_scams(run("Police arrested two men in a town on the Thai border, where online scam "
                               "centres are run."))
