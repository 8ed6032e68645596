"""What a sentence says of a list of people it says of every member, the ones after an alias or an
age in brackets too; a verb that opens a clause ("found that ...") and a group "led by" the list
say nothing of the people listed."""

from tests.unit.test_news_extraction import facts, run


def test_every_listed_person_is_charged_and_has_the_groups_nationality_past_bracketed_aliases() -> None:
    found = facts(run("A federal court charged three Ghanaian nationals identified as Kwame Osei (aka Big K), "
                      "Yaw Mensah (aka Papa), and Kofi Darko Asante with wire fraud."))
    for person in ("Kwame Osei", "Yaw Mensah", "Kofi Darko Asante"):
        assert ("CHARGED", "charge@", person, None) in found
        assert ("HAS_NATIONALITY", person, "GH", None) in found


def test_people_heading_gangs_an_inquiry_found_out_about_are_not_found_by_it() -> None:
    found = facts(run("Investigations by police in two provinces found that the rings, respectively headed "
                      "by Tan Weiming, Guo Lianfa and Zhou Hairen, have for years run telecom fraud."))
    assert not [f for f in found if {"Tan Weiming", "Guo Lianfa", "Zhou Hairen"} & {f[1], f[2]}
                and f[0] in {"FOUND", "PARTICIPATED_IN", "ARRESTED"}]
