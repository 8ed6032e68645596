"""(nationality, count) facts in lists of people by nationality, probed with made-up reporting
(session 57; invented places and numbers):
- "Chinese 523, Vietnamese 211 and Lao 40", "namely: Indonesia 200, Malaysia 60, Philippines 40": a table
  of people by demonym or country whose rows set no mark between the name and its number (two rows or
  more, each ending the row: not "Japan 211 million", "Laos 160 on the index", nor years);
- "Phones were seized from China (402), Vietnam (211)", "Complaints came from Korea (402), ...",
  "Passports seized: China – 402, ...": a table by country whose lead names things counts no people."""

from tests.unit.test_news_extraction import counts_of


def _counted(text: str) -> set[tuple[str, str, object]]:
    """(relation, nationality, count) of the facts that carry a nationality (with or without a count)."""
    return {fact for fact in counts_of(text) if fact[1] != "HAS_NATIONALITY" and len(fact[1]) == 2}


def test_a_table_of_people_with_no_mark_between_name_and_number() -> None:
    for text in ("Guards in Ostrel detained 774 foreigners on Tuesday: Chinese 523, Vietnamese 211 and Lao 40.",
                 "Guards in Ostrel detained 774 foreigners on Tuesday. They were Chinese 523, Vietnamese 211 and Lao 40.",
                 "Guards in Ostrel detained 774 foreigners on Tuesday, including (1) Chinese 523, (2) Vietnamese 211, "
                 "(3) Lao 40.",
                 "Guards in Ostrel detained 774 foreigners on Tuesday. The nationalities were: China 523, Vietnam 211, "
                 "Laos 40."):
        assert _counted(text) == {("DETAINED", "CN", 523), ("DETAINED", "VN", 211), ("DETAINED", "LA", 40)}, (text, _counted(text))
    assert _counted("Guards sent home 300 workers from Ostrel on Tuesday, namely: Indonesia 200, Malaysia 60, "
                    "Philippines 40.") == {("REPATRIATED", "ID", 200), ("REPATRIATED", "MY", 60), ("REPATRIATED", "PH", 40)}
    assert _counted("Guards expelled 300 foreigners from Ostrel on Tuesday. Chinese nationals made up 200 of them, "
                    "Vietnamese 60 and Thais 40.") == {("DEPORTED", "CN", 200), ("DEPORTED", "VN", 60), ("DEPORTED", "TH", 40)}
    assert _counted("Guards in Ostrel detained 7,000 foreigners on Tuesday: Chinese 4,020, Vietnamese 2,110.") \
        == {("DETAINED", "CN", 4020), ("DETAINED", "VN", 2110)}


def test_numbers_after_countries_that_are_no_rows_of_people() -> None:
    """(guards, pass before too: a lone row, years, amounts, times, ranks)"""
    lead = "Guards in Ostrel detained 700 suspects on Tuesday. "
    for tail in ("On the index, Cambodia ranked 150th, Laos 160 and Myanmar 162 on the list.",
                 "The gang targeted Korea 402 times and Japan 211 times.",
                 "The suspects had worked in Cambodia 14 months, Laos 8 and Myanmar 3.",
                 "Scam victims by year: 2021 402, 2022 211, 2023 87.",
                 "The ring ran a census in Vietnam 2023 and Laos 2024."):
        assert _counted(lead + tail) == set(), tail
    assert _counted("Guards in Ostrel detained 12 Chinese nationals on Tuesday. Victims lost Korea 402 million won.") \
        == {("DETAINED", "CN", 12)}


def test_a_table_by_country_whose_lead_counts_things_counts_no_people() -> None:
    lead = "Guards in Ostrel detained 700 suspects on Tuesday. "
    for tail in ("Phones were seized from China (402), Vietnam (211) and Laos (87).",
                 "Phones from China (402), Vietnam (211) and Laos (87) were seized.",
                 "Passports seized: China – 402, Vietnam – 211.",
                 "Complaints came from Korea (402), Japan (211) and Australia (87).",
                 "Losses by country: Korea – 402, Japan – 211, Australia – 87.",
                 "Losses by country: Korea 402, Japan 211, Australia 87."):
        assert _counted(lead + tail) == set(), (tail, _counted(lead + tail))
    assert _counted("Guards in Ostrel detained 12 Chinese nationals on Tuesday. Phones were seized from China (402), "
                    "Vietnam (211) and Laos (87).") == {("DETAINED", "CN", 12)}
    # (guards, pass before too: the people themselves counted by country)
    assert _counted(lead + "They came from China (402), Vietnam (211) and Laos (87).") \
        == {("DETAINED", "CN", 402), ("DETAINED", "VN", 211), ("DETAINED", "LA", 87)}
    assert _counted(lead + "By nationality: China – 402, Vietnam – 211.") == {("DETAINED", "CN", 402), ("DETAINED", "VN", 211)}
