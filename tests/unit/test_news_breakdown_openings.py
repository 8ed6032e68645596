"""A sentence that only lists counted demonyms parts the people counted just before it, however it
opens: "By nationality: ...", "They were 30 Kenyans and 10 Ugandans", "The suspects were ...". Written from the forms news
uses for a breakdown (the issue's "412 detained: 268 Chinese, ..."), not from one article."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_a_breakdown_opened_by_nationality() -> None:
    found = _counted("Police raided a compound in Poipet on 3 May 2025 and arrested 412 people. "
                     "By nationality: 268 Chinese, 71 Vietnamese and 43 Indonesians.")
    assert {("ARRESTED", "CN", 268), ("ARRESTED", "VN", 71), ("ARRESTED", "ID", 43)} <= found


def test_they_were_and_a_counted_list() -> None:
    found = _counted("Soldiers freed 40 workers from a compound near Myawaddy on 3 May 2025. "
                     "They were 30 Kenyans and 10 Ugandans, officials said.")
    assert {("RESCUED", "KE", 30), ("RESCUED", "UG", 10)} <= found


def test_a_list_two_sentences_after_the_act_parts_nothing() -> None:
    found = _counted("Police raided a compound in Poipet on 3 May 2025 and arrested 412 people. "
                     "They were taken to Phnom Penh. They were 268 Chinese and 71 Vietnamese.")
    assert not {f for f in found if f[1] in {"CN", "VN"}}


def test_the_people_named_again_and_a_counted_list() -> None:
    found = _counted("Police raided a compound in Poipet on 3 May 2025 and arrested 412 people. "
                     "The suspects were 268 Chinese nationals, 71 Vietnamese and 43 Indonesians.")
    assert {("ARRESTED", "CN", 268), ("ARRESTED", "VN", 71), ("ARRESTED", "ID", 43)} <= found


def test_of_those_and_the_act_told_again_parts_the_count_before() -> None:
    found = _counted("Police raided a compound in Poipet on 3 May 2025 and arrested 412 people. "
                     "Of those arrested, 268 were Chinese and 71 were Vietnamese.")
    assert {("ARRESTED", "CN", 268), ("ARRESTED", "VN", 71)} <= found


def test_of_those_with_another_act_parts_nothing() -> None:
    found = _counted("Police raided a compound in Poipet on 3 May 2025 and arrested 412 people. "
                     "Of those rescued on 5 May, 30 were Thai.")
    assert not {f for f in found if f[1] == "TH"}


def test_a_breakdown_opening_on_the_foreign_nationals_counted_before() -> None:
    found = _counted("Cambodian police have rescued 95 foreigners, 45 of them Thais, from a compound in Pailin.\n"
                     "The 95 foreign nationals include 45 Thais, 30 Nepalis and 20 Laotians.\n")
    assert {("RESCUED", "NP", 30), ("RESCUED", "LA", 20)} <= found


def test_an_evacuation_of_counted_people_counts_them() -> None:
    found = _counted("Earlier, the embassy arranged the safe evacuation of 31 Bangladeshi nationals from a compound in "
                     "Myawaddy.")
    assert ("RESCUED", "BD", 31) in found
