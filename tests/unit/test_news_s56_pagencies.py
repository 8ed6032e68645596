"""State bodies as reporting from many countries names them, and what they did (session 56; made-up
names, places and numbers):
- "Zorvania.- The Ministry of ...": a dateline closed by a full stop and a dash that touch its word
  belongs to no body's name after it;
- "the Bureau of Investigation on Monday raided ...": an inquiry's word inside a body's name opens no
  inquiry ("Investigation on Monday" is no "investigation on" a thing), so the body did the act;
- "A and their B counterparts raided ...": the subject's verb is still A's;
- "A and B said ...", "according to A and B", "A and police said": every body of the list speaks;
  a list after another verb's "to" does not ("handed them to A and the ministry said");
- "the ministry said they were deported": "they" are the people, the ministry announces, not acts;
- "<demonym> officials detained ...": a state's officials act as its authorities do;
- "<demonym> border authorities": a body as written (a country before it is no place);
- "the A and B governments", "the A and B foreign ministries": one body of each country;
- "Impersonating immigration police and courier staff, the callers ...": a participle opening a
  sentence, its phrase closed by a comma, is no body's name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _rels(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t, _c in facts(run(text)) if r == rel}


def test_a_dateline_glued_by_a_full_stop_and_a_dash_is_no_part_of_the_body() -> None:
    batch = run("Zorvania.- The Ministry of Labour has announced that 37 Velorian workers were rescued from "
                "a farm near Pelmoor on Monday.")
    assert not [n for n in names(batch, Label.AGENCY) if n.startswith("Zorvania")], names(batch, Label.AGENCY)
    assert ("ANNOUNCED", "Ministry of Labour", "rescue@2026-10-12", None) in facts(batch), facts(batch)


def test_an_inquiry_word_in_a_bodys_name_opens_no_inquiry() -> None:
    found = facts(run("The Lotland Bureau of Investigation on Monday raided a warehouse in Pelmoor."))
    assert ("CONDUCTED", "Lotland Bureau of Investigation", "raid@2026-10-12", None) in found, found
    found = facts(run("The Department of Special Investigation on Tuesday raided a villa in Brenholt."))
    assert ("CONDUCTED", "Department of Special Investigation", "raid@2026-10-13", None) in found, found


def test_the_subject_keeps_its_verb_past_their_counterparts() -> None:
    found = _rels("Lao authorities and their Chinese counterparts raided the Kestrel Bay zone on Friday, "
                  "detaining 418 people.", "CONDUCTED")
    assert ("Lao authorities", "raid@2026-10-09") in found, found
    # (guard: a meeting with counterparts is no act of theirs)
    assert not _rels("Thai police met their Cambodian counterparts on Monday after 12 men were arrested.",
                     "CONDUCTED")


def test_bodies_listed_together_speak_together() -> None:
    found = _rels("The Ministry of Mines and the Ministry of Ports said on Tuesday that 41 Velorian workers "
                  "had been rescued from a quarry.", "ANNOUNCED")
    assert {s for s, _t in found} == {"Ministry of Mines", "Ministry of Ports"}, found
    found = _rels("According to the Ministry of Mines and the Ministry of Ports, 41 Velorian workers were "
                  "rescued on Tuesday.", "ANNOUNCED")
    assert {s for s, _t in found} == {"Ministry of Mines", "Ministry of Ports"}, found
    found = _rels("The Interior Ministry and police said on Thursday that 16 Velorian nationals were deported.",
                  "ANNOUNCED")
    assert {s for s, _t in found} == {"Interior Ministry"}, found


def test_a_list_after_another_verbs_to_is_no_list_of_speakers() -> None:
    # (a guard of the list rule above: passes on the pristine reader, which read no lists of speakers)
    found = _rels("Thai soldiers handed the 16 men to Myanmar police and the Interior Ministry said on Thursday "
                  "they were deported.", "ANNOUNCED")
    assert not [s for s, _t in found if s != "Interior Ministry"], found


def test_they_after_the_speaker_in_a_passive_are_the_people() -> None:
    found = facts(run("The Interior Ministry said on Thursday they were deported to Velora."))
    assert not [f for f in found if f[0] == "CONDUCTED"], found
    assert ("ANNOUNCED", "Interior Ministry", "deportation@2026-10-15", None) in found, found


def test_a_states_officials_act_as_its_authorities_do() -> None:
    found = _rels("Thai officials detained 84 Velorian nationals near Pelmoor on Monday.", "CONDUCTED")
    assert ("Thai officials", "detention@2026-10-12") in found, found


def test_border_authorities_named_as_written() -> None:
    batch = run("Myanmar and Thai border authorities arrested 44 people near Pelmoor on Friday.")
    assert {"Myanmar border authorities", "Thai border authorities"} <= names(batch, Label.AGENCY), facts(batch)
    assert "Myanmar" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)
    found = _rels("Myanmar border authorities handed over 44 people to Thai police on Friday.", "CONDUCTED")
    assert {s for s, _t in found} == {"Myanmar border authorities"}, found


def test_coordinated_governments_and_foreign_ministries_one_body_each() -> None:
    batch = run("The U.S. and U.K. governments sanctioned the Kelvan Group on Friday.")
    assert {"U.S. government", "U.K. government"} <= names(batch, Label.AGENCY), names(batch, Label.AGENCY)
    assert not names(batch, Label.LOCATION), names(batch, Label.LOCATION)
    found = _rels("The Thai and Lao foreign ministries said on Friday that 30 Thai nationals were rescued "
                  "near Pelmoor.", "ANNOUNCED")
    assert {s.lower() for s, _t in found} == {"thai foreign ministry", "lao foreign ministry"}, found


def test_a_participle_opening_a_sentence_is_no_bodys_name() -> None:
    batch = run("Impersonating immigration police and courier staff, the callers told 40 victims in "
                "Pelmoor to pay fines.")
    assert not names(batch, Label.AGENCY), names(batch, Label.AGENCY)
    # (a guard: a town's police still open a sentence)
    assert "Taiping police" in names(run("Taiping police raided a den in Brenholt on Friday."), Label.AGENCY)
