"""A carrier or a bank the people or the money passed through ("landed on a Philippine Airlines
nonstop flight", "lending four Kakao Bank accounts") runs no scam. Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import facts, run


@pytest.mark.parametrize("text", [
    "The last group, comprising 12 trafficking victims and one worker, landed on a Zarnov Airlines nonstop flight "
    "from Vientiane.",
    "Kim is accused of lending four Zarnov Bank accounts to a romance scam ring.",
])
def test_a_service_used_is_engaged_in_no_scam(text: str) -> None:
    assert not any(f[0] == "ENGAGED_IN" and f[1].startswith("Zarnov") for f in facts(run(text)))
