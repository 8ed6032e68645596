"""People and titles: a person's role, nationality and employer from the title before the
name or the apposition after it. Which person a name is reads in ``person_nodes``; the titles and
the apposition around it in ``person_titles``; the group a listed person is named out of in
``listed_groups``."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.clause_posts import ClausePosts, no_employer_after_the_name
from scamgraph.loaders.news.listed_groups import ListedGroups
from scamgraph.loaders.news.person_demonyms import describes_another, not_a_membership, someone_elses_body
from scamgraph.loaders.news.person_nodes import PersonNodes
from scamgraph.loaders.news.person_titles import PersonTitles
from scamgraph.loaders.news.police_offices import police_office
from scamgraph.loaders.news.title_bodies import TitleBodies
from scamgraph.loaders.news.agency_names import _headed_by, _names_the_state
from scamgraph.loaders.news.words import _ANCESTRY, _PEOPLE_WORDS
from scamgraph.loaders.nlp.vocabulary import FORMER_WORDS, POSSESSIVE_S
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import entity_key


#: Words of whose a secretary is, which make it an aide ("His secretary X"), not a portfolio ("Commerce secretary")
_OWNERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "our", "my", "whose"})


#: Words naming a house of parliament, whose chair is a lawmaker (``_chairs_a_house``)
_HOUSES = frozenset({"senate", "parliament", "parliamentary", "assembly", "congress"})


#: Nouns of a border named by its two states ("the Thai-Myanmar border"), no one's nationality
_BORDERS = frozenset({"border", "borders", "frontier", "boundary"})


class PeopleRules(PersonNodes, PersonTitles, ListedGroups, TitleBodies, ClausePosts):
    """Person nodes and the facts their titles and appositions state."""

    #: The class of the title read last among one person's titles and appositions: the one an
    #: organization named after it goes with ("boss X, chairman of Y": X directs Y)
    _title_class = ""

    def _people(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        next_titles = self._titles_run_into_names(ents, by_end, sent.start)
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
                if self._post_left(piece, ent, before):
                    continue  # "X, a former director of the Y Bureau": no longer there
                if piece.label_ in {"NORP", "COUNTRY"} and (not_a_membership(piece, self.words, self.lower)
                                                            or describes_another(piece, ent.end, self.lower)):
                    continue  # "X, a Lotlandic-born tycoon", "X, the head of a Lotlandic gang": not X's state
                    # (nor "X, a former Lotlandic citizen": no longer)
                if piece.label_ in {"AGENCY", "ORG"} and someone_elses_body(piece, ent.end, self.lower) \
                        or piece.start >= ent.end and (piece.start, piece.end) in next_titles \
                        or no_employer_after_the_name(piece, ent.end, self.lower):  # ("X, his firm Y", "X, the Y, and Z")
                    continue  # "X, the son of a Y Police general", "X, wanted by the Y Police", "X, the wife of
                    # Y Bureau chief Z": the kin's, the pursuer's, Z's
                if _names_the_state(piece, before) or _bare_title_after(piece, after):
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
            self._told_after_name(person.key, ent, by_start, sent, ev)  # "X, who heads the Y", "X (Lotlandic)"
            self._the_bodys_role(person, ent, sent, ev)
            self._group_body(person, ent, by_end, sent.start, ev)
            at = self._past_age(ent.end, sent.end)
            origin = by_start.get(at + 1) if self.lower[at:at + 1] == ["from"] else None
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
            elif person.properties.get("role_class") == "business" and self._chairs_a_house(before + after, sent):
                person.properties["role_class"] = "lawmaker"  # "Senate Chairman X", "X, chairman of the Senate"

    def _past_age(self, end: int, ceiling: int) -> int:
        """Past an age set off by commas after a name, or a lone comma ("X, 34, | from Kenya", "X, |
        from Kenya"): where the words told of the person go on; ``end`` itself when neither stands."""
        if self.words[end:end + 1] != [","]:
            return end
        if end + 2 < ceiling and self.like_num[end + 1] and self.words[end + 2] == ",":
            return end + 3
        return end + 1

    def _titles_run_into_names(self, ents: list[Span], by_end: dict[int, Span], floor: int) -> set[tuple[int, int]]:
        """The titles run into a name with no comma between ("Harbour Bureau chief | Z"): Z's own,
        so never the apposition of a name before them ("X, the wife of Harbour Bureau chief Z")."""
        found: set[tuple[int, int]] = set()
        for ent in ents:
            if ent.label_ == "PERSON":
                found.update((p.start, p.end) for p in self._title_before(ent.start, by_end, floor)
                             if "," not in self.words[p.end:ent.start])
        return found

    def _chairs_a_house(self, pieces: list[Span], sent: Span) -> bool:
        """A chair's title with a legislature's word beside it ("Deputy Senate Chairman Arlo Venn",
        "Arlo Venn, chairman of the National Assembly"): the chair of a house of parliament, a
        lawmaker, not a company's chairman. Only the two words before the title and the three after
        it count, so a chairman merely speaking to a senate keeps his company's office."""
        for piece in pieces:
            if piece.label_ != "ROLE" or not piece.id_.startswith("chairman|"):
                continue
            near = self.lower[max(sent.start, piece.start - 2):min(sent.end, piece.end + 3)]
            if not _HOUSES.isdisjoint(near):
                return True
        return False

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

    def _ranks_opening(self, rank: Span, ranks: list[Span]) -> int:
        """Where the run of titles ending in ``rank`` opens, past a unit's number in brackets before it
        ("Brontar Battalion (412) Deputy Commander X": the unit's words are read before "Deputy", not
        before "Commander")."""
        first = rank.start
        while (prev := next((p for p in ranks if p.end == first), None)) is not None:
            first = prev.start
        if first >= 3 and self.lower[first - 1] == ")" and self.lower[first - 3] == "(" \
                and self.lower[first - 2].isdigit():
            first -= 3
        return first

    def _commands_fighters(self, ranks: list[Span], before: list[Span]) -> bool:
        """"Colonel X, head of the Karen militia", "its commander X ... the rebels": a rank whose
        apposition (or the words just before the title) names fighters that no police force is,
        though no body of theirs is named as such."""
        name_end = max((p.end for p in ranks), default=0)
        rank = ranks[0] if ranks[0] in before else None
        first = self._ranks_opening(rank, ranks) if rank else name_end
        words = self.lower[max(0, first - 3):first]
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

    def _owns_the_next(self, body: Span, pieces: list[Span]) -> bool:
        """A body's possessive right before another body of the apposition (``pieces``: "commander of
        the Thai army's Kestrel Task Force", "deputy head of the Labour Ministry's
        Migrant Workers Office"): the unit named after it is the person's employer, and the owner
        only says whose unit it is. (A part that has no name of its own, "the Bureau's third
        division", leaves the owner the employer: see ``_its_part``; a title before the name, "the
        Foreign Ministry's Asia Department head X", is left to name both, as most readers take it.)"""
        k = body.end
        return body.label_ in {"AGENCY", "ORG"} and k + 1 < len(self.doc) and self.words[k] in POSSESSIVE_S \
            and any(p.start == k + 1 and p.label_ in {"AGENCY", "ORG"} for p in pieces)

    def _its_part(self, body: Span) -> bool:
        """"head of the Immigration Bureau's third division": the body's possessive before a word
        that is no title names a part of it, which the person heads while working for the body."""
        k = body.end
        return k + 1 < len(self.doc) and self.words[k] in POSSESSIVE_S and self.doc[k + 1].ent_type_ != "ROLE"

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
        if self.lower[k:k + 2] != [",", "the"] or k + 4 >= sent.end or self.lower[k + 3] not in POSSESSIVE_S:
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

    def _its_head(self, person: Node, pieces: list[Span], ents: list[Span], ev: Evidence) -> None:
        """"... sanctioned Crimson Tide Group, along with its chairman, Lim Kok Seng": its = the group."""
        for piece in pieces:
            if piece.label_ != "ROLE" or not piece.id_.endswith("|business") or piece.start == 0:
                continue
            if self.lower[piece.start - 1] in {"its", "their"}:
                orgs = [e for e in ents if e.label_ == "ORG" and e.end <= piece.start and (e.start, e.end) in self.span_node]
                if orgs:
                    self._edge(RelType.DIRECTS, person.key, self.span_node[(orgs[-1].start, orgs[-1].end)].key, ev)

    def _post_left(self, body: Span, ent: Span, before: list[Span]) -> bool:
        """A body the person's title marks as a post held once ("Former Harbour Ministry official
        X", "X, a former director of the Y Bureau", "X, the ex-chairman of the Z Group"): the person
        is no longer its staff or head, so no employer is told. A party stays the person's
        ("former Q Party lawmaker X": the seat was lost, not the membership)."""
        if body.label_ not in {"AGENCY", "ORG"}:
            return False
        node = self.span_node.get((body.start, body.end))
        if node is not None and node.properties.get("kind") == "party":
            return False
        if body.end <= ent.start:
            start = min(p.start for p in before)
            between = self.lower[max(0, start - 2):ent.start]
        else:
            between = self.lower[ent.end:body.start]
        return not _FORMER.isdisjoint(between) and _NOW.isdisjoint(between)

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
                and _ANCESTRY.isdisjoint(self.lower[piece.end:piece.end + 1]) \
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


def _bare_title_after(piece: Span, after: list[Span]) -> bool:
    """An apposition that is the office's bare title ("X, Lotlandic Ambassador to Y,", "X, Lotlandic
    deputy director of immigration,"): the demonym says whose office, as in a title before the
    name. With an article the words class the person ("X, a Lotlandic lawmaker", "X, the
    Lotlandic envoy"): one of the state's people."""
    return piece.start > 0 and piece.doc[piece.start - 1].lower_ in {",", "—", "–", "("} \
        and _names_the_state(piece, after)


def _role_before(piece: Span, pieces: list[Span]) -> str:
    """The class of a role right before a body ("chairman of the X Group": business), else "": of
    two roles ("a tycoon and chair of"), the one the body's "of" belongs to says what the person is to it."""
    near = [p for p in pieces if p.label_ == "ROLE" and 0 <= piece.start - p.end <= 2]
    return (near[-1].id_.split("|") + [""])[1] if near else ""


#: Words that make a title a post once held ("former", "ex-chairman", "erstwhile", "a retired officer of
#: the X Police", "the ousted chief of", "X, then head of the Y Bureau": a post held at a past time)
_FORMER = FORMER_WORDS | {"then", "retired", "ousted", "sacked", "dismissed", "deposed"}
#: Words that bring a second, present post after a former one ("a former judge, now head of X")
_NOW = frozenset({"now", "currently", "presently"})
#: Verbs of heading a body in "X, who chairs the committee"
_CHAIRS = frozenset({"chairs", "chaired", "heads", "headed", "leads", "led"})
#: Kinds of organization one belongs to rather than works for: "a DKBA tactical commander".
_MEMBERSHIPS = frozenset({"party", "ngo", "criminal group", "armed group"})
#: Classes of role that make a person a body's staff, not its member: "a spokesperson for the UWSA"
_OFFICE_CLASSES = frozenset({"spokesperson"})
#: Words of a rank written as the police's ("Pol Col", "Police Maj Gen")
_POLICE_MARKS = frozenset({"pol", "pol.", "police"})
#: Lower-case nouns of a part of a body, which a head of it leads instead of the whole body
_PART_NOUNS = frozenset({"division", "unit", "section", "wing", "branch", "desk", "team", "directorate", "bureau",
                         "department", "office", "command", "squad", "cell"})
#: Words naming fighters, with no body's name: "head of the Karen militia", "a rebel commander",
#: "commander of the regional strategic force", "spokesman for the military government"
_FIGHTERS = frozenset({"militia", "militias", "rebel", "rebels", "insurgents", "insurgent", "guerrilla", "guerrillas",
                       "junta", "army", "troops", "soldiers", "fighters", "armed", "military", "tatmadaw", "strategic",
                       "infantry", "artillery", "navy", "naval", "marines",
                       # ("Brontar Battalion (412) Deputy Commander X": an armed unit's officer)
                       "battalion", "brigade", "regiment"})
#: Words of an armed force's name
_ARMED_WORDS = frozenset({"army", "military", "task", "defence", "defense", "regiment", "command",
                          "rangers", "ranger", "navy", "marines", "brigade", "battalion", "troops", "forces"})
#: The umbrella whose officers hold offices of their own named by a portfolio ("UN High Commissioner for ...")
_UMBRELLA = re.compile(r"(?:the )?(?:UN|U\.N\.|United Nations)$", re.I)
#: Words between a body and a name that make the person its head, not its employee.
_LEADER_WORDS = frozenset({"leader", "leaders", "head", "commanders", "heads"})
#: Words that make a head's title a deputy's: "deputy head of X" works for X.
_DEPUTIES = frozenset({"deputy", "vice", "assistant", "sub"})
#: Words for a body's people that a listed person can be named out of ("BGF leaders, including X")
_STAFF_WORDS = frozenset({"leaders", "commanders", "heads", "officers", "officials", "agents"})

#: Nouns of a body after a demonym, which then says the body's country, not the person's
_BODY_NOUNS = frozenset({"rights", "group", "groups", "organisation", "organization", "ngo", "charity", "firm",
                         "company", "outlet", "newspaper", "daily", "watchdog", "think", "foundation", "network",
                         # the state holding the person: "She Zhijiang, now in Thai custody", "in Lao police hands"
                         "custody", "detention", "prison", "prisons", "jail", "hands", "authorities", "police",
                         "court", "courts"})
