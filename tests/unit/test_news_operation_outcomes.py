"""An operation told only by what it came to ("led to the arrest of", "In an operation, ... were
rescued") is that arrest or rescue, not a raid the story never tells; a raid word of its own keeps it
a raid."""

from tests.unit.test_news_extraction import events, run


def test_an_operation_that_led_to_arrests_is_an_arrest() -> None:
    batch = run("The sting operation led to the arrest of five brokers and the rescue of two teenage girls.")
    assert "arrest@" in events(batch)
    assert not any(key.startswith("raid@") for key in events(batch))


def test_joint_operations_that_resulted_in_arrests_are_an_arrest() -> None:
    batch = run("Joint operations between Laotian and Vietnamese police resulted in the arrest of more suspects.")
    assert "arrest@" in events(batch)
    assert not any(key.startswith("raid@") for key in events(batch))


def test_an_opening_operation_frames_the_rescue_told_after_it() -> None:
    batch = run("In a joint operation, 14 Kenyan nationals were rescued from a compound in Tachileik on Monday.")
    kinds = {key.split("@")[0] for key in events(batch)}
    assert kinds == {"rescue"}


def test_an_operation_with_a_raid_word_of_its_own_stays_a_raid() -> None:
    batch = run("In a joint operation, police raided a casino in Bavet and arrested 40 workers on Monday.")
    assert any(key.startswith("raid@") for key in events(batch))
    batch = run("The operation led to a raid on the compound and the arrest of 12 managers.")
    assert any(key.startswith("raid@") for key in events(batch))


def test_an_operation_set_off_after_the_subject_frames_its_act() -> None:
    batch = run("The commission, in a March 3 operation, arrested 40 Bolivians and 12 Chileans in Arica.")
    kinds = {key.split("@")[0] for key in events(batch)}
    assert kinds == {"arrest"}
