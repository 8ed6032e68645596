"""People and titles: a person's role, nationality and employer from the title before the
name or the apposition after it."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.aliases import an_alias
from scamgraph.loaders.news.group_words import names_a_group
from scamgraph.loaders.news.name_words import OFFICE_TITLES as _OFFICE_TITLES, fold_particle, name_parts
from scamgraph.loaders.news.police_offices import police_office
from scamgraph.loaders.news.postings import posting_ends_at
from scamgraph.loaders.news.title_bodies import TitleBodies
from scamgraph.loaders.news.agency_names import _headed_by, _names_the_state
from scamgraph.loaders.news.apposed import _IRREGULAR as IRREGULAR_PAST
from scamgraph.loaders.nlp.vocabulary import named_after_one_person
from scamgraph.loaders.news.words import (
    FINITE_AUXILIARIES,
    _APPOSITION_MARKS,
    _CONNECTING_VERBS,
    _DASHES,
    _DESIGNATES,
    _PEOPLE_WORDS,
    _PRETENDING,
    EVENT_TRIGGERS,
)
from scamgraph.loaders.nlp import HONORIFICS
from scamgraph.loaders.nlp.boilerplate import PICTURE_WIRES
from scamgraph.loaders.nlp.cues import kin_named
from scamgraph.loaders.nlp.listed_people import LONE_LISTED_KEY, aside_opening
from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS, RANK_WORDS, SPEECH_VERBS
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import entity_key


#: Prepositions that carry a clause on past a name and its age ("sentenced X, 41, | to 12 years"): no
#: apposition opens with them ("X, 52, from South Korea" and "X, 30, of Quezon City" do)
_CLAUSE_PREPOSITIONS = frozenset({"to", "for", "in", "on", "into", "with", "over", "after", "before", "during", "until"})
#: What follows a number that is a person's age after their name: ", 52,", ", 35-year-old", ", 41 years old"
_AGE_AFTER = frozenset({",", "-", "–", "years", "year", ")", ".", "and"})


#: Words of whose a secretary is, which make it an aide ("His secretary X"), not a portfolio ("Commerce secretary")
_OWNERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "our", "my", "whose"})


#: Nouns of a border named by its two states ("the Thai-Myanmar border"), no one's nationality
_BORDERS = frozenset({"border", "borders", "frontier", "boundary"})


class PeopleRules(TitleBodies):
    """Person nodes and the facts their titles and appositions state."""

    #: The class of the title read last among one person's titles and appositions: the one an
    #: organization named after it goes with ("boss X, chairman of Y": X directs Y)
    _title_class = ""

    def _person(self, ent: Span) -> Node | None:
        name = self._name_of(ent)
        home = re.match(r"^((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+) of [A-Z][a-z]+(?: [A-Z][a-z]+)?$", name)
        if home is not None and "of" not in self.lower[max(0, ent.start - 2):ent.start]:
            name = home.group(1)  # "Wei Zhang of Arcadia": the person, and the town the person is from
        name = _NICKNAME.sub(" ", name)  # 'Ernesto "Boyet" Salcedo': the person, not the nickname in quotes
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
        """"..., Rana Mia from Protapur, Sabuj from Joyrampur, and ...": one name listed among people
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

    def _people(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        for ent in ents:
            person = nodes.get((ent.start, ent.end))
            if ent.label_ != "PERSON" or person is None:  # a lone surname of nobody named is no node
                continue
            before = self._title_before(ent.start, by_end, sent.start)
            after = self._apposition_after(ent.end, by_start, sent.end)
            self._title_class = ""
            pieces = before + after
            if any(p.label_ == "ROLE" and p.id_.startswith("lawyer|") for p in before) \
                    and any(p.label_ == "ROLE" for p in after):
                pieces = after + before  # "Lawyer X, the NBI-10 director": an attorney's style before the office held
            for piece in pieces:
                if self._owns_the_next(piece, after):
                    continue  # "X of the Thai army's Kestrel Task Force": the unit named after it employs X
                if self._portfolio_after(piece, before):
                    continue  # "UN High Commissioner for Human Rights X": an office of its own, not the UN at large
                if piece.label_ == "NORP" and piece.end <= ent.start and self.lower[piece.end:piece.end + 1] != [] \
                        and self.lower[piece.end] in _PEOPLE_WORDS and self._speaks(ent, sent):
                    continue  # "The Chinese suspects, Mabunda said, ...": the group spoken of, not the speaker's people
                if _names_the_state(piece, before):
                    person.properties.setdefault("office_country", piece.id_)  # whose office, for a delegation
                    continue  # "Cambodian Prime Minister Hun Manet": the office is Cambodia's; no nationality told
                between = self.lower[piece.end:ent.start] if piece.end <= ent.start else self.lower[ent.end:piece.start]
                # (not "head of investigations at the Department": a head of a part of the body works for it)
                # ("deputy head of", "vice leader of": the head's deputy works for the body, leads none)
                heads = not _LEADER_WORDS.isdisjoint(between) and _DEPUTIES.isdisjoint(between)
                part = heads and (self._its_part(piece) or not _PART_NOUNS.isdisjoint(between))
                # (its part's head is its staff, not a member: "head of the international division of the X")
                self._person_fact(person, piece, ev, leads=heads and "at" not in between and not part,
                                  role=_role_before(piece, before + after), staff=part)
            self._its_head(person, before + after, ents, ev)
            self._envoys_mission(person, ev)
            self._title_body(person, before, ev)
            self._chairs(person, ent, sent, ev)
            self._the_bodys_role(person, ent, sent, ev)
            self._group_body(person, ent, by_end, sent.start, ev)
            origin = by_start.get(ent.end + 1) if self.lower[ent.end:ent.end + 1] == ["from"] else None
            if origin is not None and origin.label_ == "COUNTRY" and self.lower[origin.end:origin.end + 1] != ["to"] \
                    and (nat := self._nationality(origin.id_)) is not None:
                self._edge(RelType.HAS_NATIONALITY, person.key, nat.key, ev)  # "Peter Okoro from Kenya" (not "X from
                # Cambodia to China": where X was sent from)
            group = self._group_demonym(ent, by_end, sent.start)
            if group is not None and not any(p.label_ in {"NORP", "COUNTRY"} for p in before + after) \
                    and not self._speaks(ent, sent) and not self._said_by(ent, sent):
                # ("The Chinese suspects, Mabunda said, ...", "arresting 31 Filipinos, said police chief X": the speaker)
                self._person_fact(person, group, ev)
            if person.properties.get("role") == "official":
                police_office(person, self.edges, self.batch.nodes)
            elif person.properties.get("role") == "police officer" and self._soldier(before, after):
                person.properties["role"], person.properties["role_class"] = "military officer", "military"
            elif person.properties.get("role_class") == "business" and any(p.label_ == "AGENCY" for p in before + after):
                person.properties["role_class"] = "official"  # "Chairman of the District Administration Committee"

    def _soldier(self, before: list[Span], after: list[Span]) -> bool:
        """A rank shared by armies and police ("Col", "Maj Gen") before the name of one who commands
        or speaks for an armed force ("Col X, commander of the Y Task Force", "Maj Gen X, spokesman
        for the Defence Ministry"): an army officer. A rank written as the police's ("Pol Col",
        "Police Maj Gen", "Pol Captain") stays the police's."""
        ranks = [p for p in before + after if p.label_ == "ROLE"]
        if not ranks or any(not _POLICE_MARKS.isdisjoint(self.lower[max(0, p.start - 1):p.end]) for p in ranks):
            return False
        if self._commands_fighters(ranks, before):
            return True
        return any(p.label_ in {"AGENCY", "ORG"} and (p.id_.split("|") + ["", ""])[1] in {"military", "armed group"}
                   or not _ARMED_WORDS.isdisjoint(self.lower[p.start:p.end]) and "police" not in self.lower[p.start:p.end]
                   for p in before + after if p.label_ in {"AGENCY", "ORG"})  # (not "Border Patrol Police forces")

    def _commands_fighters(self, ranks: list[Span], before: list[Span]) -> bool:
        """"Colonel X, head of the Karen militia", "its commander X ... the rebels": a rank whose
        apposition (or the words just before the title) names fighters that no police force is,
        though no body of theirs is named as such."""
        name_end = max((p.end for p in ranks), default=0)
        rank = ranks[0] if ranks[0] in before else None
        words = self.lower[max(0, (rank.start if rank else name_end) - 3):(rank.start if rank else name_end)]
        if rank is not None:  # the apposition after the name: up to its closing comma or full stop
            k = next((j for j in range(rank.end, min(len(self.lower), rank.end + 6)) if self.lower[j] == ","), None)
            if k is not None:
                stop = next((j for j in range(k + 1, min(len(self.lower), k + 10)) if self.lower[j] in {",", ".", ";"}), k + 10)
                words = words + self.lower[k + 1:stop]
        else:  # "Col X, commander of the Naresuan task force,": the role's own words up to the clause's end
            stop = next((j for j in range(name_end, min(len(self.lower), name_end + 10)) if self.lower[j] in {",", ".", ";"}),
                        name_end + 10)
            words = words + self.lower[name_end:stop]
        task_force = any(a == "task" and b == "force" for a, b in zip(words, words[1:]))  # "commander of the X task force"
        return "police" not in words and (task_force or not _FIGHTERS.isdisjoint(words))

    def _named_by_body(self, k: int, by_end: dict[int, Span], floor: int) -> bool:
        """"a man the Treasury named as X", "whom the police identified as X": words of naming right
        after a body, before the name, tell who named X, not whom X works for ("a recruiter known as
        X", "a Thai man named X" keep their titles)."""
        j = k - 1
        while j > floor and self.lower[j] in _NAMING:
            j -= 1
        body = by_end.get(j + 1)
        return j < k - 1 and body is not None and body.label_ in {"AGENCY", "ORG"}

    def _owns_the_next(self, body: Span, pieces: list[Span]) -> bool:
        """A body's possessive right before another body of the apposition (``pieces``: "commander of
        the Thai army's Kestrel Task Force", "deputy head of the Labour Ministry's
        Migrant Workers Office"): the unit named after it is the person's employer, and the owner
        only says whose unit it is. (A part that has no name of its own, "the Bureau's third
        division", leaves the owner the employer: see ``_its_part``; a title before the name, "the
        Foreign Ministry's Asia Department head X", is left to name both, as most readers take it.)"""
        k = body.end
        return body.label_ in {"AGENCY", "ORG"} and k + 1 < len(self.doc) and self.words[k] in {"'s", "’s"} \
            and any(p.start == k + 1 and p.label_ in {"AGENCY", "ORG"} for p in pieces)

    def _its_part(self, body: Span) -> bool:
        """"head of the Immigration Bureau's third division": the body's possessive before a word
        that is no title names a part of it, which the person heads while working for the body."""
        k = body.end
        return k + 1 < len(self.doc) and self.words[k] in {"'s", "’s"} and self.doc[k + 1].ent_type_ != "ROLE"

    def _titled_body(self, body: Span, floor: int) -> bool:
        """A role and "of" (or "for", "at") come right before the body: "Director of (the) <body>",
        "director of Kenya's <body>", "Director of Citizen Protection at the <body>"."""
        k = body.start - 1
        if k - 1 > floor and self.words[k] in {"'s", "’s"} and self.doc[k - 1].ent_type_ in {"COUNTRY", "PLACE"}:
            k -= 1  # "Director of Kenya's | <body>": past the country the body serves
            while k - 1 > floor and self.doc[k].ent_iob_ == "I":
                k -= 1
            k -= 1
        if k > floor and self.lower[k] == "the":
            k -= 1
        if k - 3 > floor and self.lower[k] == "at":  # "Director of Citizen Protection at the <body>": a unit's head,
            j = k - 1  # its unit named in capitalized words
            while j > floor and self.words[j][:1].isupper() and not self.doc[j].ent_type_:
                j -= 1
            if j < k - 1 and self.lower[j] in {"of", "for"} and self.doc[j - 1].ent_type_ == "ROLE":
                return True
        return k - 1 > floor and self.lower[k] in {"of", "for", "at"} and self.doc[k - 1].ent_type_ == "ROLE"

    def _group_demonym(self, ent: Span, by_end: dict[int, Span], floor: int) -> Span | None:
        """The demonym of the group a person is named out of: "Nine Chinese nationals, including
        the suspected manager | Zhou Minghao", "The arrested Thai nationals were identified as A,
        31, and | B", "Four Laotians, | A and B"."""
        k = self._group_end(ent, floor)
        demonym = by_end.get(k - 1) if k is not None else None
        if k is not None and k - 1 > floor and self.lower[k - 1] in _PEOPLE_WORDS and demonym is not None \
                and demonym.label_ == "NORP":
            return demonym
        if k is not None and self.words[k - 1] == "," and demonym is not None and demonym.label_ == "NORP" \
                and demonym.start - 1 >= floor and self.like_num[demonym.start - 1]:
            return demonym  # "Four Laotians, Noy Phan and ...": the people counted is the group
        return None

    def _said_by(self, ent: Span, sent: Span) -> bool:
        """The person is the speaker a verb of speech before the name and its title introduces
        ("..., said provincial police chief Sok Dara on Thursday")."""
        k = ent.start - 1
        while k > sent.start and ent.start - k <= 6 and (self.words[k].islower() and self.words[k].isalpha()
                                                         or self.doc[k].ent_type_ in {"ROLE", "AGENCY", "NORP"}):
            if self.lower[k] in SPEECH_VERBS:
                return True
            k -= 1
        return self.lower[k] in SPEECH_VERBS

    def _speaks(self, ent: Span, sent: Span) -> bool:
        """The person named after a group says something of it: "The Chinese suspects, Mabunda
        said, ...", "... cheated Chinese people, Police General X, a deputy chief, said.": a verb of
        speech right after the name or its apposition, which ends the clause."""
        for k in range(ent.end, min(sent.end, ent.end + 14)):
            if self.lower[k] in SPEECH_VERBS and (k + 1 >= sent.end or self.lower[k + 1] in {",", ".", "on", "in", "at"}):
                return k == ent.end or self.words[ent.end] == "," and self.words[k - 1] == "," \
                    and _CLAUSE_VERBS.isdisjoint(self.lower[ent.end:k])
                # (not "Thai national X, are also linked to crime, the Treasury said": another speaker)
            if self.lower[k] in {".", ";"}:
                return False
        return False

    def _group_end(self, ent: Span, floor: int) -> int | None:
        """Where the group a listed person is named out of ends: the token after "... nationals" in
        "... nationals, including | X", "... were identified as | X" or "two Chinese men, | X and Y"."""
        k = self._list_start(ent.start, floor)
        if k - 1 > floor and self.lower[k - 1] == "including":
            k -= 1
        elif k - 2 > floor and self.lower[k - 2:k] in (["identified", "as"], ["named", "as"]):
            k -= 2
        elif k > floor and k + 1 < len(self.lower) and self.lower[k] in _PEOPLE_WORDS and self.words[k + 1] == "," \
                and self.doc[k - 1].ent_type_ == "NORP":
            return k + 1  # "two Chinese men, | Lee Kim and Park Joon": the group, then its people apposed
        elif k - 2 >= floor and self.words[k] == "," and self.doc[k - 1].ent_type_ == "NORP" and self.like_num[k - 2] \
                and self.doc[k - 2].ent_type_ != "NORP":
            return k + 1  # "four Laotians, | Noy Phan and Khamla Sy": a counted people is the group itself
        elif k - 2 > floor and self.lower[k - 1] == ":" and self.lower[k - 2] in _PEOPLE_WORDS \
                and self.doc[k - 3].ent_type_ == "NORP":
            return k - 1  # "two Zorvanian couriers: | Ada Brell and Oskar Venn": the same apposition after a colon
        elif k > floor and k + 1 < len(self.lower) and self.lower[k] in _PEOPLE_WORDS and self.doc[k - 1].ent_type_ == "NORP" \
                and self.doc[k + 1].ent_type_ == "PERSON" and self.lower[ent.start - 1] == "and":
            return k + 1  # "Cambodian nationals Sok Dara and | Chea Vuthy": the group's title before the list
        else:
            return None
        while k > floor and self.lower[k - 1] in {",", "were", "was", "are", "have", "been"}:
            k -= 1
        return k

    def _group_body(self, person: Node, ent: Span, by_end: dict[int, Span], floor: int, ev: Evidence) -> None:
        """The body whose leaders or officers a person is named out of: "three BGF leaders,
        including | X" (X leads it), "two Interpol officers, including | Y" (Y works for it)."""
        k = self._group_end(ent, floor)
        if k is None or k - 2 <= floor or self.lower[k - 1] not in _STAFF_WORDS:
            return
        body = by_end.get(k - 1)
        if body is not None and body.label_ in {"AGENCY", "ORG"}:
            self._person_fact(person, body, ev, leads=self.lower[k - 1] in _LEADER_WORDS)

    def _the_bodys_role(self, person: Node, ent: Span, sent: Span, ev: Evidence) -> None:
        """"X, the bureau's deputy commander": the body the article named with that head word
        ("the Central Investigation Bureau", "the Bureau of Immigration"), when exactly one has it,
        is X's employer."""
        k = ent.end
        if self.lower[k:k + 2] != [",", "the"] or k + 4 >= sent.end or self.lower[k + 3] not in {"'s", "’s"}:
            return
        head = self.lower[k + 2]
        if head not in gz.heads() or not any(self.doc[j].ent_type_ == "ROLE" for j in range(k + 4, min(sent.end, k + 7))):
            return
        found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and _headed_by(n.name, head)]
        if len(found) == 1:
            self._edge(RelType.WORKS_FOR, person.key, found[0].key, ev)

    def _chairs(self, person: Node, ent: Span, sent: Span, ev: Evidence) -> None:
        """"Jane Doe, who chairs the special task group": the body named earlier with those words
        ("the Office of the Special Task Group on ..."), from them on, is the one the person leads."""
        k = ent.end
        if self.lower[k:k + 2] != [",", "who"] or k + 3 >= sent.end or self.lower[k + 2] not in _CHAIRS:
            return
        j = k + 4 if self.lower[k + 3] == "the" else k + 3
        stop = j
        while stop < sent.end and self.words[stop].isalpha() and self.words[stop].islower():
            stop += 1
        if stop - j < 2:
            return  # "who chairs the committee": too few words to know which body
        wanted = " ".join(self.lower[j:stop])
        found = [(n, f" {n.name.lower()} ".find(f" {wanted} ")) for n in self.batch.nodes.values() if n.label == Label.AGENCY]
        found = [(n, at) for n, at in found if at >= 0]
        if len(found) != 1:
            return
        node, at = found[0]
        if at > 0:  # a body inside a longer name: its own node, under the name from those words on
            name = node.name[at:]
            node = self._add(Node(Label.AGENCY, name, key=entity_key(Label.AGENCY, name),
                                  properties={"kind": node.properties.get("kind"), "country": node.properties.get("country")}))
        self._edge(RelType.LEADS, person.key, node.key, ev)

    def _list_start(self, start: int, floor: int) -> int:
        """Back over the names, ages, commas, roles, small words and short asides in brackets
        ("A (aka B), C (32) and | D") listed before a name."""
        k, small = start, 0
        while k > floor:
            word, kind = self.lower[k - 1], self.doc[k - 1].ent_type_
            opening = aside_opening(self.words, k - 1, floor) if word == ")" else None
            if opening is not None:
                k = opening
            elif word in {",", "and"} or self.like_num[k - 1] or kind in {"PERSON", "ROLE"}:
                k -= 1
            elif self.words[k - 1].islower() and word not in {"including", "as"} and small < 4:
                small, k = small + 1, k - 1  # "the suspected manager"
            else:
                break
        return k

    def _its_head(self, person: Node, pieces: list[Span], ents: list[Span], ev: Evidence) -> None:
        """"... sanctioned Crimson Tide Group, along with its chairman, Lim Kok Seng": its = the group."""
        for piece in pieces:
            if piece.label_ != "ROLE" or not piece.id_.endswith("|business") or piece.start == 0:
                continue
            if self.lower[piece.start - 1] in {"its", "their"}:
                orgs = [e for e in ents if e.label_ == "ORG" and e.end <= piece.start and (e.start, e.end) in self.span_node]
                if orgs:
                    self._edge(RelType.DIRECTS, person.key, self.span_node[(orgs[-1].start, orgs[-1].end)].key, ev)

    def _title_before(self, start: int, by_end: dict[int, Span], floor: int) -> list[Span]:
        """Entities in the run of titles right before a name: NORP, AGENCY/ORG, ROLE."""
        found: list[Span] = []
        k = start
        while k > floor:
            ent = by_end.get(k)
            if ent is not None and ent.label_ == "COUNTRY" and self.lower[ent.start - 1] == "to" \
                    and (role := by_end.get(ent.start - 1)) is not None and role.label_ == "ROLE":
                k = ent.start - 1  # "Ambassador to Cambodia | X": the posting, not the state X serves
                continue
            if ent is not None and ent.label_ == "COUNTRY" and self.lower[ent.start - 1] == "to" \
                    and (home := by_end.get(ent.start - 1)) is not None and home.label_ == "COUNTRY" \
                    and self.lower[home.start - 1] == "of" and getattr(by_end.get(home.start - 1), "label_", "") == "ROLE":
                posting = by_end[home.start - 1]
                found.append(posting)  # "Ambassador of India to Laos, | X": the office, India's
                k = posting.start
                continue
            if ent is not None and ent.label_ in {"ROLE", "NORP", "AGENCY", "ORG", "COUNTRY"}:
                office = by_end.get(ent.start) if ent.label_ == "ROLE" else None
                if office is None or office.label_ != "ROLE" or not RANK_WORDS.issuperset(self.lower[ent.start:ent.end]):
                    found.append(ent)  # (not a bare rank after an office: "Border Affairs Minister | Colonel | X" is
                k = ent.start  # a minister who holds a colonel's rank, as "spokesperson General X" is a spokesperson)
                continue
            tok = self.doc[k - 1]
            if tok.lower_ in HONORIFICS or tok.lower_ in RANK_WORDS or tok.lower_ in {"police", "pol"} and self.lower[k] in RANK_WORDS \
                    or tok.text in {"'s", "’s"} \
                    and getattr(by_end.get(k - 1), "label_", "") in {"AGENCY", "ORG"}:  # "the BGF's | spokesman X"
                k -= 1  # "director Datuk Seri | Abdul Jalil Hassan", "spokesperson General | Chhay Kim Khouen"
                continue
            if (joint := self._title_joint(k, by_end, found, floor)) is not None:
                k = joint  # "Director | and spokesperson X", "director-general | (D-G) X"
                continue
            acronym = by_end.get(k - 1) if tok.text == ")" else None
            if acronym is not None and acronym.label_ in {"AGENCY", "ORG"} and acronym.start - 1 > floor \
                    and self.words[acronym.start - 1] == "(" and by_end.get(acronym.start - 1) is not None:
                k = acronym.start - 1  # "National Police Agency (NPA) | chief Huang": the body's acronym, skipped
                continue
            if tok.lower_.endswith("ing") and tok.is_lower and tok.lower_ not in _TITLE_PARTICIPLES:
                break  # "thanked X authorities for processing | Go's deportation": an act, no title before Go
            if tok.is_lower and tok.is_alpha and tok.lower_ not in {"and", "with", "by", "to", "of", "the", "a", "an", "said", "told",
                                                                  "were", "was", "are", "is", "did", "does", "not", "has",
                                                                  "have", "had", "will", "would", "could", "that",
                                                                  "allege", "alleges", "alleged", "say", "says", "claim",
                                                                  "claims", "claimed"} \
                    and tok.lower_ not in _TOLD_OF and not self._named_by_body(k, by_end, floor) \
                    and len(found) < 3 and tok.lower_ not in _CONNECTING_VERBS and not self._acted(tok.lower_):
                k -= 1
                continue
            if tok.text == "," and not found and k - 1 > floor and (self.doc[k - 2].ent_type_ == "ROLE" or posting_ends_at(self.lower, by_end, k - 1)
                                                                    or self._office_of_before(k - 1, by_end, floor)):
                k -= 1  # "The ringleader, Tran Van Hung, ...", "ILO Chief of Party, Mr Bwire"
                continue
            body = by_end.get(k - 1)
            if tok.text == "," and not found and body is not None and body.label_ in {"AGENCY", "ORG"} \
                    and self._titled_body(body, floor):
                k -= 1  # "the Deputy Director of the Immigration Police Department, | Soutchai Inthongxay"
                continue
            if tok.text == "," and not found and k - 2 > floor and self.lower[k - 2] in _PEOPLE_WORDS \
                    and self.doc[k - 3].ent_type_ == "NORP":
                k -= 2  # "The 41-year-old Thai woman, | Somsri Kaew": the demonym is hers
                continue
            department = k - 1
            while not found and department > floor and self.doc[department].text[:1].isupper() and self.doc[department].ent_type_ != "ROLE":
                department -= 1
            if not found and department < k - 1 and self.lower[department] in {"of", "for"} and department - 1 > floor \
                    and by_end.get(department) is not None and by_end[department].label_ == "ROLE":
                k = department  # "Minister of Public Security | Liu Zhongyi": the department belongs to the title
                continue
            break
        return found

    def _office_of_before(self, comma: int, by_end: dict[int, Span], floor: int) -> bool:
        """A title and the office it is of end right before the comma at ``comma`` ("Chief | of
        Mission,", "Head | of Chancery,"): capitalized words back to "of" right after a role."""
        j = comma - 1
        while j > floor and comma - j <= 3 and self.words[j][:1].isupper() and self.doc[j].ent_type_ != "ROLE":
            j -= 1
        return j < comma - 1 and self.lower[j] == "of" and getattr(by_end.get(j), "label_", "") == "ROLE"

    def _title_joint(self, k: int, by_end: dict[int, Span], found: list[Span], floor: int) -> int | None:
        """Before the title just found: "and" after another title ("Director | and spokesperson"), or
        the title's own short form in brackets ("director-general | (D-G)"), which join titles; where
        the walk goes on, else None."""
        if k - 2 <= floor:
            return None
        if self.words[k - 1] == "and":
            joined = bool(found) and found[-1].label_ == "ROLE" and found[-1].start == k
            return k - 1 if joined and getattr(by_end.get(k - 1), "label_", "") == "ROLE" else None
        opening = next((j for j in range(k - 3, max(floor, k - 7), -1) if self.words[j] == "("), None)
        if self.words[k - 1] != ")" or opening is None or getattr(by_end.get(opening), "label_", "") != "ROLE":
            return None
        return opening

    @staticmethod
    def _acted(word: str) -> bool:
        """A verb of what someone did ("designated", "arrested"): "OFAC designated Ly Yong Phat"
        does not make OFAC his employer."""
        if word in {"identified", "named", "alleged", "suspected"}:
            return False  # "were identified as Li Qiang": these introduce the name
        # ("the court found Lim guilty": a past verb without "-ed" acts too; the court is no employer)
        return word in EVENT_TRIGGERS or word in _DESIGNATES or word in IRREGULAR_PAST \
            or (word.endswith("ed") and len(word) > 4)

    def _apposition_after(self, end: int, by_start: dict[int, Span], ceiling: int) -> list[Span]:
        """", a Chinese national", ", spokesperson for the Commission", ", 52, from South Korea"."""
        doc = self.doc
        if end + 1 < ceiling and self.lower[end] in {"of", "from", "at"}:
            k = end + 2 if self.lower[end + 1] == "the" else end + 1
            ent = by_start.get(k)
            if ent is not None and self.lower[end] == "from" and self.lower[ent.end:ent.end + 1] == ["to"]:
                return []  # "the deportation of Tan Wei from Cambodia to China": where he was sent from
            if ent is None or ent.label_ not in {"AGENCY", "ORG", "COUNTRY"}:
                return []
            unit = by_start.get(ent.end + 1) if self.words[ent.end:ent.end + 1] in (["'s"], ["’s"]) else None
            return [ent, unit] if unit is not None and unit.label_ in {"AGENCY", "ORG"} else [ent]
            # ("X of the Thai army's Kestrel Task Force": the unit too, which ``_owns_the_next`` keeps)
        if end >= ceiling or self.words[end] not in _APPOSITION_MARKS:
            return []
        if "according" in self.lower[max(0, end - 10):end] and self._group_opens_clause(end + 1, by_start, ceiling):
            return []  # "According to Dela Cruz, the Korean faces a warrant", "According to X, the number of
            # Filipinos rescued rose": the sentence's own subject follows, not X's title
        found: list[Span] = []
        k = end + 1
        if k + 1 < ceiling and self.lower[k] == "as" and doc[k + 1].ent_type_ == "ROLE":
            k += 1  # "X, as director of the Police Cyber Taskforce, said": the office X speaks in
        while k < ceiling and k < end + 16:  # ", Thailand's former prime minister and the leader of X"
            tok = doc[k]
            if tok.text in {",", ".", ";", "(", ")"} and found and any(e.label_ == "ROLE" or e.label_ == "NORP" for e in found):
                after = k + 1 + (k + 1 < ceiling and self.lower[k + 1] in HONORIFICS)
                person = by_start.get(after) if tok.text == "," else None
                if person is not None and person.label_ == "PERSON" and (cut := self._next_persons_title(found, person)) is not None:
                    return found[:cut]  # "X, ILO Chief of Party, Mr Y": Y's body and title, not X's
                break
            if tok.text == "," and found and k + 1 < ceiling and self.words[k + 1].islower() and self.words[k + 1].endswith("ed"):
                break  # "X, Chanthaburi provincial police chief, chaired a meeting at Y police station": the verb's place
            if tok.lower_ in {"said", "says", "told"} and found and all(e.label_ in {"AGENCY", "ORG"} for e in found) \
                    and set(self.lower[end + 1:found[0].start]) <= {"the"}:
                return []  # "seized S$20 million from businessman X, the Singapore Police Force said": the speaker
            if tok.text in {";", ".", "'", "’", '"', "”"} or tok.lower_ in _OTHER_SUBJECTS or tok.lower_ in {"who", "and"} and not found \
                    or tok.lower_ in {"said", "told"} \
                    or tok.text in _DASHES and found \
                    or tok.lower_ in _PRETENDING \
                    or tok.lower_ in {"alongside", "beside", "with"}:  # "a man who posed as the director
                # of X": not X's; "X, ..., alongside Judge Y": Y's title, not X's
                break  # "X—head of investigations at the Department—told": the dash closes it, as "told Parliament" does
                # (and a closing quote: "'... held by tycoon X,' the Khmer Times reported": the paper is no employer)
            if (k == end + 1 or k == end + 3 and doc[end + 1].like_num and self.words[end + 2] == ",") \
                    and (tok.text.islower() and tok.text.endswith("ed") or tok.lower_ in _CLAUSE_OPENERS
                         or tok.like_num and k + 1 < ceiling and self.lower[k + 1] == "of"
                         or tok.lower_ in _CLAUSE_PREPOSITIONS
                         or k == end + 1 and tok.text[:1].isdigit() and k + 1 < ceiling and self.lower[k + 1] not in _AGE_AFTER):
                break  # "Li Wei, reached out to ...", "X, 52, was jailed at ...", "According to X, 14 of the Lao workers": none
                # ("sentenced X, 41, to 12 years ... for luring 30 South Koreans": the clause goes on, no apposition;
                # "According to X, 14 Chinese were arrested": a count opens the next clause, no age)
            if found and self.words[k - 1] == "," and tok.text.islower() and tok.text.endswith("ing") and k + 1 < ceiling \
                    and (self.lower[k + 1] in {"a", "an", "the", "two", "three", "several"} or doc[k + 1].like_num):
                break  # "X, 24, of Pakse, Laos, transporting a Chinese national": what X did; its object is not X
            if tok.lower_ in {"was", "were", "is", "are", "has", "had", "have"} or tok.lower_ in EVENT_TRIGGERS \
                    and self.lower[k - 1] != "of":  # (not "head of investigations", a portfolio)
                break  # ", was sanctioned by the US Treasury": the apposition has ended ("a naturalised Cambodian" has not)
            ent = by_start.get(k)
            if ent is not None:
                if ent.label_ == "PERSON" and found and self.words[end] == "," and found[-1].label_ == "ROLE" \
                        and ent.start - found[-1].end <= 1 \
                        and {",", "of", "to", "for", "and"}.isdisjoint(self.lower[found[0].start:ent.start]):
                    return []  # "arrested mayor X, PNP spokesperson Colonel Y said": the title of Y, who speaks
                if ent.label_ == "PERSON" or k >= end + 12 and ent.label_ not in {"AGENCY", "ORG"} \
                        or names_a_group(self.lower, ent):  # (", the remaining Chinese nationals are ...")
                    break  # far on, only the body the person leads or works for
                found.append(ent)
                k = ent.end
                continue
            if tok.lower_ in _PEOPLE_WORDS and found:
                if k + 1 < ceiling and (nxt := by_start.get(k + 1)) is not None and nxt.label_ == "PERSON" \
                        and self.lower[found[0].start - 1] == ",":
                    found = []  # "Sok Vanna, Australian businessman Daniel Whitcombe": the next item's title
                break
            k += 1
        return found

    def _group_opens_clause(self, k: int, by_start: dict[int, Span], ceiling: int) -> bool:
        """After "According to X," the words from ``k`` are "the" and lower-case words up to a
        demonym ("the total number of Filipinos", "the Korean"): the subject of the clause that
        follows, a people told of, and no title of X's, when a lower-case word goes on after the
        demonym ("the Korean faces"; not "the Korean Ambassador", X's title)."""
        if self.lower[k - 1:k + 1] != [",", "the"]:
            return False
        j = k + 1
        while j < min(ceiling, k + 8) and j not in by_start and self.words[j].isalpha() and self.words[j].islower():
            j += 1
        ent = by_start.get(j)
        return ent is not None and ent.label_ == "NORP" and ent.end < ceiling and self.words[ent.end].islower()

    def _next_persons_title(self, found: list[Span], person: Span) -> int | None:
        """Where the body and title that the next name in a list takes start among ``found`` ("Wafula,
        International Labour Organization (ILO) Chief of Party, Mr Bwire": the body and the title
        written before Bwire, set off by a comma and an honorific); None where none such stands
        last."""
        if len(found) < 2 or found[-1].label_ != "ROLE":
            return None
        between = self.lower[found[-1].end:person.start]
        if not between or between[-1] not in HONORIFICS and between[-1] != "," \
                or any(w not in {",", "of", "for"} and w not in HONORIFICS and not self.words[found[-1].end + i][:1].isupper()
                       for i, w in enumerate(between)):
            return None  # (only the title's own capitalized words, a comma and an honorific: "Chief | of Party, Mr")
        cut = len(found) - 1
        while cut > 0 and found[cut - 1].label_ in {"AGENCY", "ORG"}:
            cut -= 1  # ("International Labour Organization (ILO)": the name and its acronym)
        return cut if cut < len(found) - 1 else None

    def _in_a_bodys_portfolio(self, start: int) -> bool:
        """The name at ``start`` is an item of the list of matters a body's name runs on after "on" or
        "for" ("the Committee on Veterans, Children, Family Relations, and Gender Equality"): back over
        capitalized words, commas and "and" to "on" after a committee's word."""
        k = start - 1
        while k > 1 and start - k < _PORTFOLIO_REACH and (self.words[k][:1].isupper() or self.lower[k] in {",", "and", "&"}):
            k -= 1
        return self.lower[k] in {"on", "for"} and self.lower[k - 1] in _PANELS and self.words[k - 1][:1].isupper()

    def _portfolio_after(self, piece: Span, title: list[Span]) -> bool:
        """A body before a role that a portfolio follows ("UN | High Commissioner | for Human
        Rights", "UN | Special Rapporteur | on ..."): the person holds an office of the body's
        own, named by the portfolio, so the body is not simply the employer."""
        if piece.label_ != "AGENCY" or piece not in title or not _UMBRELLA.match(self._text(piece)):
            return False  # ("DFA | Undersecretary | for Migrant Workers Affairs X" works for the DFA)
        return any(p.label_ == "ROLE" and p.start >= piece.end and p.end < len(self.lower)
                   and self.lower[p.end] in {"for", "on"} for p in title)

    def _civil_body_before(self, piece: Span) -> bool:
        """A body other than the police named right before a role ("BI | Commissioner", "the
        immigration bureau's | commissioner"): a commissioner of that body, not of police."""
        body = next((e for e in self.ents if e.end in {piece.start, piece.start - 1} and e.label_ == "AGENCY"), None)
        return body is not None and (body.id_.split("|") + ["", ""])[1] not in {"", "police"}

    def _person_fact(self, person: Node, piece: Span, ev: Evidence, leads: bool = False, role: str = "",
                     staff: bool = False) -> None:
        """What one piece of a title or an apposition says of the person: a role, a nationality,
        an employer, or the body the person leads ("BGF leader Saw Chit Thu"); ``role``, the class of
        the role right before the body ("tycoon and chair of the X Group"), says how."""
        node = self.span_node.get((piece.start, piece.end))
        if piece.label_ == "ROLE":
            role, cls = (piece.id_.split("|") + [""])[:2]
            if role == "police officer" and self.lower[piece.end - 1] == "commissioner" and self._civil_body_before(piece):
                role, cls = "official", "official"  # "BI Commissioner X", "Customs Commissioner X": the body's head
            elif role == "aide" and self.lower[piece.start:piece.end] == ["secretary"] \
                    and (self.words[piece.start] == "Secretary" or piece.start > 0 and self.words[piece.start - 1].istitle()
                         and self.lower[piece.start - 1] not in _OWNERS):
                # "Labour Secretary X", "DMW Secretary X": a cabinet's, no one's aide ("Deputy Treasury Secretary X": its deputy)
                deputy = not {"deputy", "vice", "assistant"}.isdisjoint(self.lower[max(0, piece.start - 3):piece.start])
                role, cls = ("vice minister" if deputy else "secretary of state"), "official"
            person.properties.setdefault("role", role)
            person.properties.setdefault("role_class", cls)
            self._title_class = cls
        elif (piece.label_ == "NORP" or piece.label_ == "COUNTRY" and piece.end < len(self.doc) and self.lower[piece.end] in _PEOPLE_WORDS) \
                and _BODY_NOUNS.isdisjoint(self.lower[piece.end:piece.end + 2]) \
                and not (self.words[piece.end:piece.end + 1] == ["-"] and not _BORDERS.isdisjoint(self.lower[piece.end + 2:piece.end + 4])):
            # (nor "writing from Tak, on the Thai-Myanmar border": a border named by its two states)
            # (not "programme director for Cambodian rights group X": the group's country, not hers)
            code = piece.id_
            nat = self._nationality(code)
            if nat is not None:
                self._edge(RelType.HAS_NATIONALITY, person.key, nat.key, ev)
        elif piece.label_ == "AGENCY" and node is not None:
            self._edge(RelType.LEADS if leads else RelType.WORKS_FOR, person.key, node.key, ev)
        elif piece.label_ == "ORG" and node is not None:
            kind = node.properties.get("kind")
            role_class = self._title_class or person.properties.get("role_class")
            staff = staff or kind == "ngo" and bool(person.properties.get("role")) or role_class in _OFFICE_CLASSES
            # ("the director of an NGO", "a spokesperson for the militia": they work for it; its commanders are its members)
            rel = RelType.LEADS if leads else RelType.MEMBER_OF if kind in _MEMBERSHIPS and not staff else (
                RelType.DIRECTS if (role or role_class) == "business" else RelType.WORKS_FOR)
            self._edge(rel, person.key, node.key, ev)


#: A nickname in quotes inside a name: 'Ernesto "Boyet" Salcedo'
_NICKNAME = re.compile(r"\s*[\"\u201c][A-Z][\w'’-]*[\"\u201d]\s*")


def _role_before(piece: Span, pieces: list[Span]) -> str:
    """The class of a role right before a body ("chairman of the X Group": business), else "": of
    two roles ("a tycoon and chair of"), the one the body's "of" belongs to says what the person is to it."""
    near = [p for p in pieces if p.label_ == "ROLE" and 0 <= piece.start - p.end <= 2]
    return (near[-1].id_.split("|") + [""])[1] if near else ""


#: Verbs of heading a body in "X, who chairs the committee"
_CHAIRS = frozenset({"chairs", "chaired", "heads", "headed", "leads", "led"})
#: Words that open a clause of their own right after a name and its comma ("X, according to the head of Y";
#: "X, for allegedly cheating Koreans": why something was done to X, not who X is)
_CLAUSE_OPENERS = frozenset({"on", "in", "at", "after", "during", "over", "under", "amid", "as", "while",
                             "according", "citing", "for"})
#: Words opening a clause of another subject: "an heir whom Thai officials accuse" (the officials' demonym)
_OTHER_SUBJECTS = frozenset({"whom", "whose", "which", "that"})
#: Kinds of organization one belongs to rather than works for: "a DKBA tactical commander".
_MEMBERSHIPS = frozenset({"party", "ngo", "criminal group", "armed group"})
#: Classes of role that make a person a body's staff, not its member: "a spokesperson for the UWSA"
_OFFICE_CLASSES = frozenset({"spokesperson"})
#: Prepositions of what a body told or was told of: a name after one is the subject, no title
#: ("tip-offs from the Reporting Office about X": X is the one reported, not its officer)
_TOLD_OF = frozenset({"about", "from", "via", "against", "over", "into", "regarding", "concerning"})
#: Words of a rank written as the police's ("Pol Col", "Police Maj Gen")
_POLICE_MARKS = frozenset({"pol", "pol.", "police"})
#: Lower-case nouns of a part of a body, which a head of it leads instead of the whole body
_PART_NOUNS = frozenset({"division", "unit", "section", "wing", "branch", "desk", "team", "directorate", "bureau",
                         "department", "office", "command", "squad", "cell"})
#: Participles that may stand in a title: "acting director", "outgoing chief"
_TITLE_PARTICIPLES = frozenset({"acting", "managing", "presiding", "ranking", "outgoing", "incoming", "serving",
                                "commanding", "governing", "ruling", "visiting", "founding", "reigning"})
#: Words naming fighters, with no body's name: "head of the Karen militia", "a rebel commander",
#: "commander of the regional strategic force", "spokesman for the military government"
_FIGHTERS = frozenset({"militia", "militias", "rebel", "rebels", "insurgents", "insurgent", "guerrilla", "guerrillas",
                       "junta", "army", "troops", "soldiers", "fighters", "armed", "military", "tatmadaw", "strategic",
                       "infantry", "artillery", "navy", "naval", "marines"})
#: Words of an armed force's name
_ARMED_WORDS = frozenset({"army", "military", "task", "defence", "defense", "regiment", "command",
                          "rangers", "ranger", "navy", "marines", "brigade", "battalion", "troops", "forces"})
#: The umbrella whose officers hold offices of their own named by a portfolio ("UN High Commissioner for ...")
_UMBRELLA = re.compile(r"(?:the )?(?:UN|U\.N\.|United Nations)$", re.I)
#: Words between a body and a name that make the person its head, not its employee.
#: Titles before a lone given name: "Mr. Theerapol", "Ms. Aranya"
_GIVEN_NAME_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss"})
_LEADER_WORDS = frozenset({"leader", "leaders", "head", "commanders", "heads"})
#: Words that make a head's title a deputy's: "deputy head of X" works for X.
_DEPUTIES = frozenset({"deputy", "vice", "assistant", "sub"})
#: Words for a body's people that a listed person can be named out of ("BGF leaders, including X")
_STAFF_WORDS = frozenset({"leaders", "commanders", "heads", "officers", "officials", "agents"})

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
#: Words of naming someone: "a man the Treasury named as X" (named by the body, not of its staff)
_NAMING = frozenset({"as", "named", "identified", "listed", "called", "designated", "sanctioned", "targeted"})
#: Nouns of a body after a demonym, which then says the body's country, not the person's
_BODY_NOUNS = frozenset({"rights", "group", "groups", "organisation", "organization", "ngo", "charity", "firm",
                         "company", "outlet", "newspaper", "daily", "watchdog", "think", "foundation", "network",
                         # the state holding the person: "She Zhijiang, now in Thai custody", "in Lao police hands"
                         "custody", "detention", "prison", "prisons", "jail", "hands", "authorities", "police",
                         "court", "courts"})
#: Makers of the luxury goods seized from scam bosses, which the name finder takes for people
#: Last words of the names of venues, which are never people's ("Jasmine Casino", "Golden Reed Resort")
_VENUE_HEADS = frozenset({"casino", "casinos", "resort", "hotel"})  # (not "Tower": "Mara Tower" is a person)
#: Words of bodies whose names run on into a list of the matters they deal with ("Committee on A, B and C")
_PANELS = frozenset({"committee", "subcommittee", "commission", "council", "panel", "taskforce", "ministry"})
#: How far back such a list may open
_PORTFOLIO_REACH = 16
_BRANDS = frozenset({"Mercedes-Benz", "Rolls-Royce", "Land Rover", "Range Rover", "Aston Martin", "Lamborghini",
                     "Ferrari", "Porsche", "Bentley", "Maserati", "McLaren", "Bugatti", "Rolex", "Patek Philippe",
                     "Audemars Piguet", "Richard Mille", "Louis Vuitton", "Hermès", "Hermes", "Cartier"})
#: Buildings a body sits in: a name after one and "in" is the place it stands in
_SEATS = frozenset({"headquarters", "office", "offices", "station", "hall", "centre", "center", "building", "compound",
                    "base", "camp", "court", "prison"})
#: Auxiliaries, which open a subheading's clause ("Is Identified", "Are Freed") and never a name
_AUXILIARIES = frozenset({"Is", "Are", "Was", "Were", "Has", "Have", "Had", "Be", "Been"})


#: Verbs that make the words after a name a clause of its own, not the name's apposition
_CLAUSE_VERBS = FINITE_AUXILIARIES | {"would", "can", "could"}
