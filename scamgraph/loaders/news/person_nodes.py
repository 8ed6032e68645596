"""Which person a PERSON entity names: a new person node, one told before (a lone "Kim" after "Kim
Seok-ki"), or none at all (a car's make, a venue, the tail of a body's name, a newspaper's name, a
subheading's verb, a lone name no one was given before). Kept apart from people.py, which reads
the titles and appositions around a name once its node exists."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.aliases import an_alias
from scamgraph.loaders.news.name_words import OFFICE_TITLES as _OFFICE_TITLES, fold_particle, name_parts
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.nlp.cues import kin_named
from scamgraph.loaders.nlp.listed_people import LONE_LISTED_KEY
from scamgraph.loaders.nlp.one_names import one_name_described
from scamgraph.loaders.nlp.picture_credits import PICTURE_WIRES
from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS, TITLE_MODIFIERS, named_after_one_person
from scamgraph.model import Label, Node
from scamgraph.resolve import entity_key


class PersonNodes(_State):
    """The person node of a PERSON entity (mixed under the people rules)."""

    def _person(self, ent: Span) -> Node | None:
        name = _NICKNAME.sub(" ", self._name_of(ent))  # 'Ernesto "Boyet" Salcedo': the person, not the nickname in quotes
        # (taken out first, so that the town after the name still reads: 'Alma "Ali" Dantes of Velmora')
        home = re.match(r"^((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+) of [A-Z][a-z]+(?: [A-Z][a-z]+)?$", name)
        if home is not None and "of" not in self.lower[max(0, ent.start - 2):ent.start]:
            name = home.group(1)  # "Wei Zhang of Arcadia": the person, and the town the person is from
        if name.endswith(" Reporting") and self.lower[ent.end:ent.end + 1] in (["from"], ["by"]):
            name = name.removesuffix(" Reporting")  # "By X and Y Reporting from Ranong": a byline's credit
        last = name.rsplit(" ", 1)[-1]
        if name.count(" ") >= 2 and last.isupper() and last in PICTURE_WIRES:
            name = name.rsplit(" ", 1)[0]  # "Spokesperson Ana Brek PTI" under a photo: the wire's credit, no name's part
        if name in _BRANDS:
            return None  # "luxury cars, including Mercedes-Benz and Rolls-Royce models": makes, not people
        if self._in_a_bodys_portfolio(ent.start):
            return None  # "the House Committee on Veterans, Children, Family Relations, and ...": its portfolio
        outlet = self.batch.nodes.get(entity_key(Label.ORGANIZATION, name))
        if outlet is not None and outlet.properties.get("kind") == "media":
            return None  # "the newspaper Le Figaro ... the correspondent of Le Figaro": the paper again, no one
        if ent.start >= 2 and self.lower[ent.start - 1] == "in" and self.lower[ent.start - 2] in _SEATS:
            return None  # "a briefing at the Division 3 Headquarters in Bang Khen Nuea": where the seat is
        if self.words[ent.end:ent.end + 1] and self.words[ent.end].isdigit() and len(self.words[ent.end]) <= 2:
            return None  # "raids on three compounds, Golden Lotus 2, Kim Hoa 1 and Titan": a numbered site's name
        if name.split()[0] in _AUXILIARIES or _REGION_WORDS.issuperset(name.lower().split()):
            return None  # "Key Suspect Is Identified": a subheading's verb; "X, South Asia director of Y": a region
        if an_alias(self.lower, self.doc, ent.start):
            return self.people[-1][1] if self.people and ent.start - self.people[-1][0] < 30 else None
        parts = [p for p in re.split(r"[\s]+", name) if p]
        if len(parts) == 1 or all(fold_particle(p) in self.person_tokens for p in parts) and name not in self.person_names:
            wanted = Counter(name_parts(name))
            for _pos, person in reversed(self.people):
                if not wanted - Counter(name_parts(person.name)):
                    return person  # (each part as often: "Saw Chit Chit" is not a later "Saw Chit Thu")
        if len(parts) == 1 and "-" not in name and not self._given_name_titled(ent, name) \
                and not self._ranked_one_name(ent, name) \
                and not one_name_described(self.words, self.lower, ent.start, ent.end) \
                and not self._listed_from_a_town(ent) and not self._listed_with_alias(ent) \
                and ent.start not in self.doc.user_data.get(LONE_LISTED_KEY, ()) \
                and not kin_named(self.words, self.lower, ent.start, ent.end) \
                and not named_after_one_person(self.lower, ent.start):
            return None  # a lone "Kim" (or "Mr. Kang") that names no one mentioned before is no person
        if len(parts) == 2 and parts[1].lower().startswith("mou") and parts[0] in gz.surnames():
            return None  # "Wang Mou", "Sun Mouqiang": Chinese news's stand-in for a withheld name ("Mou", someone)
        if len(parts) > 1 and parts[-1].lower() in _VENUE_HEADS:
            return None  # "the scenes at compounds like Jasmine Casino": a venue's name, no one's
        if parts[-1].lower() in _BODY_TAILS or parts[-1].lower() in _OFFICE_TITLES:
            return None  # "Search Unit", "Border Affairs", "(X,) CIB Commissioner": a body's name, portfolio or office
        if not _MASTHEADS.isdisjoint(p.lower() for p in parts):
            return None  # "the Daily Clarion said", "a report by Weekly Lantern": a newspaper cited, no one
        node = self._add(Node(Label.PERSON, name, key=entity_key(Label.PERSON, name)))
        self.people.append((ent.start, node))
        self.person_names.add(name)
        self.person_tokens.update(name_parts(name))
        return node

    def _listed_from_a_town(self, ent: Span) -> bool:
        """"..., Orlen Vask from Lotville, Dario from Merrowgate, and ...": one name listed among people
        with the town it is from, as South Asian papers name the young men a ring sent abroad."""
        k = ent.end
        return ent.start > 0 and self.lower[ent.start - 1] in {",", "and"} and self.lower[k:k + 1] == ["from"] \
            and k + 1 < len(self.lower) and self.doc[k + 1].ent_type_ == "PLACE"

    def _listed_with_alias(self, ent: Span) -> bool:
        """"..., Ravi alias Chotu, and ...": one name listed among people with an other name after
        it, as Indian charge sheets list the accused; the nickname says the one name is a person's."""
        k = ent.end
        return ent.start > 0 and self.lower[ent.start - 1] in {",", "and"} and self.lower[k:k + 1] != [] \
            and self.lower[k] in ALIAS_WORDS and k + 1 < len(self.words) and self.words[k + 1].istitle()

    def _given_name_titled(self, ent: Span, name: str) -> bool:
        """"Mr. Theerapol, 31,", "Ms. Aranya (also known as Ploy), 21,": one name after "Mr." or "Ms."
        that is no family name, introduced with the person's age, is a given name, as Thai news names
        people, and names a person ("Mr Tikoduadua said" is a family name told again, "Mr. Kang" a
        family's)."""
        if ent.start == 0 or self.lower[ent.start - 1] not in _GIVEN_NAME_TITLES or not name.isalpha() \
                or not name.istitle() or name in gz.surnames():
            return False
        k = ent.end
        if self.words[k:k + 1] == ["("]:  # past an alias in brackets
            k = next((j + 1 for j in range(k + 1, min(len(self.words), k + 8)) if self.words[j] == ")"), k)
        return self.words[k:k + 1] == [","] and k + 1 < len(self.words) and self.like_num[k + 1]

    def _ranked_one_name(self, ent: Span, name: str) -> bool:
        """"Bandung police detective chief Senior Commissioner Wiranto said": one name after a
        police or army rank written as a title, in a run of titles that names the force or its
        town, is a person's whole name, as many Indonesians and Burmese bear one name. A rank alone
        ("Commissioner Hale urged ...") may stand before a family name told as a second mention."""
        k = ent.start - 1
        if k < 0 or self.doc[k].ent_type_ != "ROLE" or not self.words[k][:1].isupper() \
                or not name.isalpha() or not name.istitle() or self.doc[k].ent_id_.split("|")[-1] not in _RANK_CLASSES:
            return False
        floor = max(0, k - _TITLE_REACH)
        while k > floor and not self.doc[k].is_sent_start and self._title_word(k - 1):
            k -= 1  # back over the titles: "police detective chief | Senior | Commissioner"
        return k > 0 and not self.doc[k].is_sent_start and self.doc[k - 1].ent_type_ in _SERVED

    def _title_word(self, k: int) -> bool:
        """A word of a run of titles: a role, a lower-case word ("police") or a rank's word ("Senior")."""
        return self.doc[k].ent_type_ == "ROLE" or self.doc[k].is_lower or self.lower[k] in TITLE_MODIFIERS

    def _in_a_bodys_portfolio(self, start: int) -> bool:
        """The name at ``start`` is an item of the list of matters a body's name runs on after "on" or
        "for" ("the Committee on Veterans, Children, Family Relations, and Gender Equality"): back over
        capitalized words, commas and "and" to "on" after a committee's word."""
        k = start - 1
        while k > 1 and start - k < _PORTFOLIO_REACH and (self.words[k][:1].isupper() or self.lower[k] in {",", "and", "&"}):
            k -= 1
        return self.lower[k] in {"on", "for"} and self.lower[k - 1] in _PANELS and self.words[k - 1][:1].isupper()


#: A nickname in quotes inside a name: 'Ernesto "Boyet" Salcedo'
_NICKNAME = re.compile(r"\s*[\"\u201c][A-Z][\w'’-]*[\"\u201d]\s*")
#: Classes of the titles that rank a police or army officer ("Commissioner", "Pol Col", "Major General")
_RANK_CLASSES = frozenset({"police", "military"})
#: What a run of titles names that the officer serves: the force, or its town or country ("Bandung police ...")
_SERVED = frozenset({"AGENCY", "PLACE", "COUNTRY", "NORP"})
#: How many words a run of titles before one name may span
_TITLE_REACH = 8
#: Titles before a lone given name: "Mr. Theerapol", "Ms. Aranya"
_GIVEN_NAME_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss"})
#: Words of a newspaper's own name that no person's name holds ("Daily", "Times", "Tribune"): a
#: "person" named with one is an outlet cited as a source ("Post", "Press", "News" may be family
#: names or a body's words, so they stay out)
_MASTHEADS = frozenset({"daily", "times", "tribune", "herald", "gazette", "journal", "chronicle", "weekly",
                        "newspaper", "magazine", "monitor", "inquirer", "observer", "dispatch", "courier", "sentinel",
                        "bulletin", "insider"})
# Last words of a body's name; a "person" ending in one is the tail of that name ("Fugitive Search Unit").
_BODY_TAILS = frozenset({"unit", "division", "bureau", "office", "department", "agency", "force", "forces", "team",
                         "command", "committee", "commission", "ministry", "police", "embassy", "authority",
                         "council", "directorate", "secretariat", "group", "squad", "task", "affairs", "welfare",
                         "writers", "writer", "reporters", "correspondents", "staff", "cell", "crime", "crimes"})
#: Words of a world region's name, which a title may open with ("South Asia director", "Asia-Pacific head")
_REGION_WORDS = frozenset({"north", "south", "east", "west", "southeast", "northeast", "southwest", "northwest",
                           "central", "asia", "asia-pacific", "pacific", "africa", "europe", "america", "americas",
                           "middle", "latin", "greater", "mekong"})
#: Last words of the names of venues, which are never people's ("Jasmine Casino", "Golden Reed Resort")
_VENUE_HEADS = frozenset({"casino", "casinos", "resort", "hotel"})  # (not "Tower": "Mara Tower" is a person)
#: Words of bodies whose names run on into a list of the matters they deal with ("Committee on A, B and C")
_PANELS = frozenset({"committee", "subcommittee", "commission", "council", "panel", "taskforce", "ministry"})
#: How far back such a list may open
_PORTFOLIO_REACH = 16
#: Makers of the luxury goods seized from scam bosses, which the name finder takes for people
_BRANDS = frozenset({"Mercedes-Benz", "Rolls-Royce", "Land Rover", "Range Rover", "Aston Martin", "Lamborghini",
                     "Ferrari", "Porsche", "Bentley", "Maserati", "McLaren", "Bugatti", "Rolex", "Patek Philippe",
                     "Audemars Piguet", "Richard Mille", "Louis Vuitton", "Hermès", "Hermes", "Cartier"})
#: Buildings a body sits in: a name after one and "in" is the place it stands in
_SEATS = frozenset({"headquarters", "office", "offices", "station", "hall", "centre", "center", "building", "compound",
                    "base", "camp", "court", "prison"})
#: Auxiliaries, which open a subheading's clause ("Is Identified", "Are Freed") and never a name
_AUXILIARIES = frozenset({"Is", "Are", "Was", "Were", "Has", "Have", "Had", "Be", "Been"})
