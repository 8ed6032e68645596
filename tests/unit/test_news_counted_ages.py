"""Numbers that count nobody, and a verb that belongs to another clause (audit 16: q04, q05, q13).

- both ends of an age range are ages ("aged 19 to 42", "aged between 20 and 35", "between the
  ages of 18 and 30"): the upper end was read as a second group of the same people and added to
  the count before it;
- a number between a school-year word and a learner noun names the year ("a grade seven pupil",
  "a senior four student"): one learner, not seven or four;
- after people described by a participle ("four Laotians suspected of fraud"), the auxiliary of a
  clause with its own subject pronoun ("as they were carrying ...") is no verb of theirs: it made a
  repatriation out of "carrying" where the sentence told an arrest.
Examples are made up."""

from tests.unit.test_news_extraction import events, facts, run


def _counts(text: str) -> dict[str, dict]:
    """Each event's counts, by what was done to the people counted."""
    return {key: {k: v for k, v in props.items() if k.startswith("count_")} for key, props in events(run(text)).items()}


def test_the_upper_end_of_an_age_range_is_no_count() -> None:
    batch = run("Thirty Indonesians aged 19 to 42 were detained in the raid on Monday.")
    counted = {fact[3] for fact in facts(batch) if fact[0] == "DETAINED" and fact[2] == "ID"}
    assert counted == {30}


def test_an_age_range_opened_by_between_is_no_count() -> None:
    batch = run("In all, 55 Filipinos aged between 20 and 35 were arrested at a hotel in Pasay on Monday.")
    assert {fact[3] for fact in facts(batch) if fact[0] == "ARRESTED" and fact[2] == "PH"} == {55}


def test_ages_told_as_the_ages_of_are_no_count() -> None:
    batch = run("Twelve Thais between the ages of 20 and 30 were arrested in Mae Sot on Monday.")
    assert {fact[3] for fact in facts(batch) if fact[0] == "ARRESTED" and fact[2] == "TH"} == {12}


def test_a_school_year_is_no_count() -> None:
    counts = _counts("Officers arrested a grade seven student in Jinja on Friday.")
    assert counts and not any(7 in c.values() for c in counts.values())


def test_a_senior_year_before_student_is_no_count() -> None:
    counts = _counts("Police arrested a senior four student in Mbale on Friday.")
    assert counts and not any(4 in c.values() for c in counts.values())


def test_learners_counted_plainly_are_still_counted() -> None:
    batch = run("Police rescued 14 Kenyan students from a compound in Myawaddy on Friday.")
    assert [fact for fact in facts(batch) if fact[0] == "RESCUED" and fact[2] == "KE" and fact[3] == 14]


def test_a_pronoun_clause_after_a_describing_participle_is_not_their_verb() -> None:
    batch = run("Border police arrested four Laotians suspected of fraud on Tuesday as they were "
                "carrying 300 bank cards.")
    assert not [key for key in events(batch) if key.startswith("repatriation")]
    assert ("ARRESTED", "arrest@2026-10-13", "LA", 4) in facts(batch)


def test_a_participle_then_the_main_verb_still_reads_that_verb() -> None:
    batch = run("Forty Laotians suspected of fraud were deported from Thailand on Tuesday.")
    assert [fact for fact in facts(batch) if fact[0] == "DEPORTED" and fact[2] == "LA" and fact[3] == 40]
