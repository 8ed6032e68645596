"""A breakdown by nationality of people held, arrested or freed just before, in the forms news gives
it: an adverb of hearsay before the verb that opens the list ("The group reportedly comprised
..."), a part followed by a clause on it ("..., while 95 were Indonesian citizens who were ..."),
and a total told "with" a nationality as its largest share, which is no count of that nationality.
Names, places and numbers are invented."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_an_adverb_of_hearsay_before_the_opening_verb() -> None:
    found = _counted("Soldiers raided a compound in Myawaddy on 3 May 2025 and detained 352 people. "
                     "The group reportedly comprised 40 Laotian men, 12 Laotian women and 300 Cambodians.")
    assert {("DETAINED", "LA", 52), ("DETAINED", "KH", 300)} <= found


def test_allegedly_before_included_parts_the_count_before() -> None:
    found = _counted("Police raided a call centre in Poipet on 3 May 2025 and arrested 90 suspects. "
                     "They allegedly included 60 Vietnamese and 30 Indonesians.")
    assert {("ARRESTED", "VN", 60), ("ARRESTED", "ID", 30)} <= found


def test_a_part_with_a_relative_clause_on_it() -> None:
    found = _counted("In a joint raid in Muse on 3 May 2025, a total of 305 suspects were arrested. "
                     "Among those, 210 were Vietnamese nationals, while 95 were Indonesian citizens "
                     "who were handed to their embassy.")
    assert {("ARRESTED", "VN", 210), ("ARRESTED", "ID", 95)} <= found


def test_a_total_with_a_nationality_as_its_largest_share_is_not_theirs() -> None:
    found = _counted("Police raided a compound in Poipet on 3 May 2025. "
                     "About 500 with Laotians the majority were detained in the raid.")
    assert not {f for f in found if f[1] == "LA"}
