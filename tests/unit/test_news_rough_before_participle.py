"""People counted with a rough number after a verb and right before a participle of their past:
the verb before the rough number's words is theirs, as it is with an exact number; the participle
after them tells what was done to them earlier."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_rough_number_between_verb_and_people() -> None:
    text = "A chartered jet left Lotown on Friday bringing almost 700 Peruvian citizens freed by rangers in May.\n"
    found = _counted(text)
    assert ("REPATRIATED", "PE", 700) in found
    assert ("RESCUED", "PE", 700) not in found


def test_exact_number_unchanged() -> None:
    text = "A chartered jet left Lotown on Friday bringing 700 Peruvian citizens freed by rangers in May.\n"
    assert ("REPATRIATED", "PE", 700) in _counted(text)


def test_rough_number_before_a_relative_clause_of_their_past() -> None:
    # the verb before "some" is the act on the people, as "freed 60 Chileans who ..." would be
    found = _counted("Rangers freed some 60 Chilean workers who were being held in a warehouse.\n")
    assert ("RESCUED", "CL", 60) in found
    found = _counted("Officers detained more than 25 Bolivians who had entered the country without visas.\n")
    assert ("DETAINED", "BO", 25) in found
