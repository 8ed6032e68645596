"""A breakdown of the people counted before may open mid-sentence after a verb of reporting
("X said the band was made up of ...", "outlets claiming the group consists of ..."): a
closed class of such verbs. Where the only act the sentence names is the one counted before, the
parts take that act. Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> dict[str, int]:
    """The counted nationality edges of a text: nationality code -> count."""
    return {target: count for _rel, _source, target, count in facts(run(text))
            if isinstance(count, int) and len(target) == 2 and target.isupper()}


def test_a_breakdown_after_claiming_parts_the_people_counted_before() -> None:
    text = ("Soldiers raided a farmhouse in Cusco on Monday and arrested 31 people.\n\n"
            "A local paper wrote that 31 suspects ran a betting room, with other "
            "outlets claiming the group consists of 20 Bolivian nationals, 10 Chileans and 1 Peruvian.\n")
    counted = _counted(text)
    assert counted.get("BO") == 20 and counted.get("CL") == 10 and counted.get("PE") == 1


def test_a_breakdown_after_confirmed_parts_the_people_counted_before() -> None:
    text = ("Police arrested 25 people in a raid on a villa in Cusco on Monday.\n\n"
            "The ministry confirmed the group was made up of 15 Bolivians and 10 Chileans.\n")
    counted = _counted(text)
    assert counted.get("BO") == 15 and counted.get("CL") == 10
