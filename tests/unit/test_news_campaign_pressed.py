"""A crackdown told as pressed harder or kept going is a policy, not one operation (event-side
audit h, session 8): "is intensifying its crackdown on illegal firms", "we will intensify the
crackdown", "their continued crackdown", "stepped up the crackdown" made a raid on six unseen pages.
A negator right before a count verb denies it too ("have not returned home", page g10).
Every test states the kind in made-up words."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_crackdown_pressed_harder_is_no_raid() -> None:
    assert "raid" not in _kinds("The ministry is now intensifying its crackdown on unlicensed call centres.")
    assert "raid" not in _kinds("Officials said they will intensify the crackdown on online fraud rings.")
    assert "raid" not in _kinds("The rise in arrivals coincides with intensified crackdowns on fraud networks.")
    assert "raid" not in _kinds("The minister stepped up the crackdown on illegal gaming firms.")


def test_a_crackdown_kept_going_is_no_raid() -> None:
    assert "raid" not in _kinds("The envoy thanked the authorities for their continued crackdown on criminal gangs.")


def test_an_ongoing_or_hyphenated_stepped_up_crackdown_is_no_raid() -> None:
    # audit n (session 10): "ongoing" tells a campaign still going, like "continued"; the
    # tokenizer splits "stepped-up" into three tokens
    assert "raid" not in _kinds("In an ongoing crackdown on phone fraud, 300 suspects were handed over to Chinese police.")
    assert "raid" not in _kinds("The agency's stepped-up crackdown on gaming firms has been felt in Pasay.")


def test_a_crackdown_told_as_an_act_is_still_a_raid() -> None:
    assert "raid" in _kinds("Police launched a crackdown on the compound in Sihanoukville on Tuesday.")
    assert "raid" in _kinds("The police intensified patrols and raided three buildings on Friday.")


def test_a_negator_right_before_the_verb_denies_the_count() -> None:
    # "have not returned home": no auxiliary between the negator and the verb, still denied
    from tests.unit.test_news_extraction import run as _run
    text = "More than 900 Laotians who left for Myanmar last year have not returned home."
    assert not [e for e in _run(text).edges if e.type.value == "REPATRIATED"]
    assert "repatriation" in _kinds("More than 900 Laotians who left for Myanmar last year returned home on Monday.")
