""""Governorate" is the first-level division of Egypt, Iraq, Jordan and Yemen: an unknown name
before it is a province, like one before "province" or "prefecture" (audit 17: r09, where a
governorate had become a person). A closed class: one row of the place-kind words. Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_name_before_governorate_is_a_province_not_a_person() -> None:
    batch = run("The recruiter, who lives in Beni Suef Governorate, charged each of the men a fee.")
    assert not [name for name in names(batch, Label.PERSON) if "Governorate" in name or "Suef" in name]
    assert "Beni Suef" in names(batch, Label.LOCATION)
