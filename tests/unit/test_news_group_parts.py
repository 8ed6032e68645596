"""A part of a counted group ("the last of 12 Bolivians", "some of the 30 workers", "the rest of a
group of nine") is acted on, not the whole: the nationality is theirs but the number is not. People
counted with "more" before a past verb ("eight more fled") did the act, and an act after "were able
to" or "managed to" happened on the day told with it, unlike the aim of a trip ("left to arrest").
One more person told with an ordinal ("freed a second Bolivian teenager") counts one."""

from tests.unit.test_news_extraction import events, facts, run


def _of(text: str, rel: str) -> set[tuple[str, str, object]]:
    return {(f[1], f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


def test_a_part_of_a_counted_group_takes_its_nationality_without_its_number() -> None:
    assert _of("The last of 12 Bolivians were freed on Friday.\n", "RESCUED") == {("rescue@2026-10-09", "BO", None)}
    assert _of("Some of the 30 Bolivian workers were freed on Friday.\n", "RESCUED") == {("rescue@2026-10-09", "BO", None)}
    assert _of("The rest of a group of nine Bolivian nationals flew home on Friday.\n", "REPATRIATED") \
        == {("repatriation@2026-10-09", "BO", None)}
    assert "count_rescued" not in events(run("The last of 12 Bolivians were freed on Friday.\n"))["rescue@2026-10-09"]


def test_a_counted_part_and_a_whole_acted_on_keep_their_numbers() -> None:
    assert _of("One of the 12 Bolivians was freed on Friday.\n", "RESCUED") == {("rescue@2026-10-09", "BO", 1)}
    assert _of("Twelve Bolivians were freed on Friday.\n", "RESCUED") == {("rescue@2026-10-09", "BO", 12)}


def test_more_before_a_past_verb_counts_people_who_did_it() -> None:
    found = events(run("Three of the men fled in early May. In late June eight more escaped.\n"))
    assert "escape@2026-06" in found
    assert events(run("More deportations are expected next month.\n")) == {}


def test_an_act_someone_was_able_to_do_has_its_own_day() -> None:
    assert "escape@2026-05" in events(run("Three of the men were able to escape in early May.\n"))
    assert "escape@2026-05" in events(run("Three of the men managed to escape in early May.\n"))


def test_one_more_person_told_with_an_ordinal_counts_one() -> None:
    found = facts(run("Officers have freed a second Bolivian teenager from a trafficking ring.\n"))
    assert ("RESCUED", "rescue@", "BO", 1) in found


def test_a_sentence_ending_on_an_article_reads_without_failing() -> None:
    assert run("Police detained a").problems == []
