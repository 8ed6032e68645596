"""An act verb joined by "and" to an infinitive that a word of waiting or needing governs shares
it: "waiting to be flown to Lima, and then handed over" tells no handover yet; a coordinated act
after a plain past verb, or after "managed to", still happened. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_second_verb_shares_a_waited_infinitive() -> None:
    text = "The 40 Peruvians in Kampot are waiting to be taken to the border, and then repatriated to Peru."
    assert "repatriation" not in kinds(text)


def test_a_second_verb_shares_a_needed_infinitive() -> None:
    assert "rescue" not in kinds("Some 30 Chileans in Kampot still need to be located and rescued, officials said.")


def test_a_second_verb_after_a_chosen_infinitive_and_be_is_a_wish() -> None:
    text = "Eleven Bolivian gaming workers said they chose to give up their jobs and be repatriated after the ban.\n"
    assert "repatriation" not in kinds(text)


def test_acts_joined_after_a_done_verb_stay_acts() -> None:
    assert "repatriation" in kinds("Police in Kampot freed 40 Peruvians on Monday and then repatriated them to Peru.")
    assert "rescue" in kinds("Police in Kampot managed to locate and rescue 30 Chileans on Monday.")
