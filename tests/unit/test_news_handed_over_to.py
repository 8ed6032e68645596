"""A body that people are handed or turned over to receives them: it takes part in their sending
home, and in a rescue whose last step the handover is ("were freed and handed over to X"), not in
a raid, an arrest or an inquiry told before the handover, nor in a rescue it followed ("before they
were turned over to X") (grammar: the receiver of "handed over to"; fresh5 102 and 97, dev 26 and
28, audit pages k04, i02, b10, b14, b19, d12)."""

from tests.unit.test_news_extraction import facts, run


def _takes_part(text: str) -> set[str]:
    return {event.split("@")[0] for rel, source, event, _count in facts(run(text))
            if rel == "PARTICIPATED_IN" and source == "Provincial Social Services Office"}


def test_the_receiver_takes_no_part_in_a_rescue_the_handover_came_after() -> None:
    found = _takes_part("Nine Laotian women were rescued by soldiers and questioned by detectives before they "
                        "were turned over to the Provincial Social Services Office.")
    assert "rescue" not in found


def test_the_receiver_takes_no_part_in_the_raid_before_the_handover() -> None:
    found = _takes_part("A boy found during the raid on the casino was turned over to the Provincial Social "
                        "Services Office.")
    assert "raid" not in found


def test_the_receiver_takes_no_part_in_the_inquiry_before_the_handover() -> None:
    found = _takes_part("The nine women are under investigation and will be handed over to the Provincial Social "
                        "Services Office next week.")
    assert "investigation" not in found


def test_the_receiver_takes_part_in_a_rescue_ending_with_the_handover() -> None:
    found = _takes_part("Nine Laotian women were freed by soldiers and handed over to the Provincial Social "
                        "Services Office.")
    assert "rescue" in found


def test_the_receiver_takes_part_in_the_sending_home() -> None:
    found = _takes_part("The nine women were repatriated on Monday and handed over to the Provincial Social "
                        "Services Office.")
    assert "repatriation" in found
