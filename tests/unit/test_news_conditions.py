"""An act in a clause opened by "if" or "unless" is a condition, not a thing that happened, also
when a subject and an auxiliary stand between the condition word and the event word: "asked to be
told if citizens are arrested" tells no arrest (audit 11: l05; the same clause on article 77 and
j09). The bare form ("if convicted") was already dropped; an act told plainly still counts. An act
"instead of" or "rather than" which another was done did not happen either (audit 11: l20). An act
still to come that hangs on a condition told right after it ("will be prosecuted if they are
found to have broken the law") is no act; an act done beside such a condition keeps its act."""

from tests.unit.test_news_extraction import events, run


def test_a_detention_in_an_if_clause_with_a_subject_is_no_event() -> None:
    batch = run("Relatives will be told at once if any workers are detained, the embassy said.")
    assert not any(key.startswith("detention") for key in events(batch))


def test_an_unless_clause_tells_no_deportation() -> None:
    batch = run("Officials warned on Monday that the workers would stay in the shelter unless they are deported soon.")
    assert not any(key.startswith("deportation") for key in events(batch))


def test_an_act_told_plainly_after_a_condition_elsewhere_still_counts() -> None:
    batch = run("If needed, the embassy will help. Police detained 12 Laotian workers in Bokeo on Monday.")
    assert any(key.startswith("detention") for key in events(batch))


def test_an_act_passed_over_with_instead_of_is_no_event() -> None:
    batch = run("The ministry will let 640 Vietnamese workers go home by themselves instead of deporting the whole group.")
    assert not any(key.startswith("deportation") for key in events(batch))


def test_an_act_passed_over_with_rather_than_is_no_event() -> None:
    batch = run("The 25 recruits chose to testify rather than being charged, prosecutors in Hanoi said on Monday.")
    assert not any(key.startswith("charge") for key in events(batch))


def test_an_act_to_come_on_a_condition_is_no_event() -> None:
    found = events(run("The 30 Kenyans held in Myawaddy will be questioned and prosecuted if they are found to have "
                       "broken the law.\n"))
    assert not any(key.startswith("charge") for key in found)
    found = events(run("The workers could be deported unless their employer pays their fines, officials said.\n"))
    assert not any(key.startswith("deportation") for key in found)


def test_an_act_done_beside_a_condition_stays() -> None:
    found = events(run("Police charged 12 Kenyans on Monday, and they will be jailed if convicted.\n"))
    assert "charge@2026-10-12" in found
