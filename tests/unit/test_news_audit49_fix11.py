"""Audit 49 (fix11): an act told by its subject noun, then in verbless dated waves ("The expulsions
were carried out in batches, with 12 Zorvanians on 3 May, ..."), and a nationality paired in a
later wave ("18 Cambodians and 9 Nepalis on 6 May") keeps its own day."""

from tests.unit.test_news_extraction import facts, run


def test_verbless_waves_after_an_act_noun_are_dated_deportations():
    got = facts(run("The expulsions were carried out in batches, with 14 Cambodian "
                "nationals on March 2, 2026, 6 Nepalis on March 3, 2026, and lastly 11 Laotians on March 5, 2026."))
    assert ("DEPORTED", "deportation@2026-03-02", "KH", 14) in got
    assert ("DEPORTED", "deportation@2026-03-03", "NP", 6) in got
    assert ("DEPORTED", "deportation@2026-03-05", "LA", 11) in got


def test_paired_count_in_a_later_wave_keeps_its_day():
    got = facts(run("Officers deported 12 Cambodians on March 2, 2026, 7 Cambodians and 4 Nepalis on March 3, 2026, "
                "and 9 Laotians on March 5, 2026."))
    assert ("DEPORTED", "deportation@2026-03-02", "KH", 12) in got
    assert ("DEPORTED", "deportation@2026-03-03", "KH", 7) in got
