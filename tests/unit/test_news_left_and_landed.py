"""People who leave one place and land at home, told in one clause (audit 37p): "Fifty-one South Koreans
left Phnom Penh on a chartered flight late Friday and landed at Incheon on Saturday" were brought home,
51 of them."""

from tests.unit.test_news_extraction import facts, run


def test_a_landing_after_the_leaving_counts_the_return() -> None:
    found = facts(run("Fifty-one South Koreans left Phnom Penh on a chartered flight late Friday and landed at Incheon "
                      "on Saturday."))
    assert any(f[0] == "REPATRIATED" and f[2] == "KR" and f[3] == 51 for f in found)
