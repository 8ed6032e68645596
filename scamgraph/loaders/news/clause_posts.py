"""What the words right after a name tell of the person where no title or comma-set apposition
does: "X, who heads the Y Bureau," (X leads the body named next), "X, 41, the owner of the Y
Casino," and "X, his conglomerate Y Group" (X owns the site or firm named next), "X (Lotlandic)"
and "X (34, Lotlandic national)" (a bracket holding the person's people, as lists of the charged
often write it), and "A and B, both Lotlandic nationals," (each listed name's people). Kept apart
from people.py, whose apposition reader takes the entities and roles a comma sets off after one
name, but neither a verb of heading, an owner's words, a bracket, nor a list's shared demonym."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.state import _State
from scamgraph.model import Evidence, RelType

#: Verbs of heading a body, in the present only ("who headed the Y", "who once led the Y": a post left)
_HEADS_NOW = frozenset({"heads", "leads", "chairs", "directs", "commands"})
#: Nouns of owning a site or a firm ("the former owner of": no longer, so left out)
_OWNER_NOUNS = frozenset({"owner", "co-owner", "proprietor"})
#: Possessives that make a firm after them the named person's own ("X, his conglomerate Y")
_OWNERS = frozenset({"his", "her"})
#: Words that end the phrase a demonym closes ("both Lotlandic, were ...", "all Lotlandic and ...")
_PHRASE_ENDS = frozenset({",", ".", ";", ")", "and", "were", "who", "are"})
#: Articles an apposition may open with before its noun
_ARTICLES = frozenset({"the", "a", "an"})


class ClausePosts(_State):
    """The body a name's relative clause or owner's apposition names, and the people a bracket after
    the name tells (mixed under the people rules)."""

    def _told_after_name(self, person_key: str, ent: Span, by_start: dict[int, Span], sent: Span, ev: Evidence) -> None:
        """Posts, owned things and nationality told right after the name (see the module)."""
        self._clause_post(person_key, ent, by_start, sent, ev)
        self._firm_of_the_name(person_key, ent, by_start, ev)
        code = self._bracketed_demonym(ent.end, by_start, sent.end)
        nat = self._nationality(code) if code else None  # type: ignore[attr-defined]
        if nat is not None:
            self._edge(RelType.HAS_NATIONALITY, person_key, nat.key, ev)
        listed, code = self._names_sharing_a_demonym(ent, by_start, sent)
        nat = self._nationality(code) if code else None  # type: ignore[attr-defined]
        for person in listed if nat is not None else ():
            self._edge(RelType.HAS_NATIONALITY, person, nat.key, ev)

    def _names_sharing_a_demonym(self, ent: Span, by_start: dict[int, Span], sent: Span) -> tuple[list[str], str]:
        """"A and B, both Lotlandic nationals,", "A, 34, and B, 29, all Lotlandic,": the people of a list
        of names (each with its age or not) that "both" or "all" closes with one demonym, read from
        the list's first name; ([], "") for any other name."""
        before = ent.start - 2 - (self.lower[ent.start - 2:ent.start - 1] == [","])  # (", and")
        if before >= sent.start and self.lower[ent.start - 1] in {",", "and"} \
                and (self.doc[before].ent_type_ == "PERSON" or self.like_num[before]):
            return [], ""  # (a later name of a list: its first name reads the list)
        listed, k = [ent], ent.end
        while True:
            if self.words[k:k + 1] == [","] and k + 2 < sent.end and self.like_num[k + 1] and self.words[k + 2] == ",":
                k += 2  # past "X, 34", to the comma after the age
            j = k + 1 if self.lower[k:k + 1] in ([","], ["and"]) else k
            j += self.lower[j:j + 1] == ["and"] and j > k
            nxt = by_start.get(j) if j > k else None
            if nxt is None or nxt.label_ != "PERSON":
                break
            listed.append(nxt)
            k = nxt.end
        demonym = by_start.get(k + 2) if self.lower[k:k + 2] in ([",", "both"], [",", "all"]) else None
        if len(listed) < 2 or demonym is None or demonym.label_ != "NORP" or not self._closes_a_people(demonym.end):
            return [], ""  # (not "both Lotlandic-born", "both Lotlandic gang members": no people of their own)
        keys = [node.key for e in listed if (node := self.span_node.get((e.start, e.end))) is not None]
        return keys, demonym.id_

    def _firm_of_the_name(self, person_key: str, ent: Span, by_start: dict[int, Span], ev: Evidence) -> None:
        """OWNS from "X, his conglomerate Y Group", "X and his Y Group" and "X owns Y Holdings": a
        company the words right after the name give the person as owner of."""
        k = ent.end
        if self.lower[k:k + 2] in ([",", "his"], [",", "her"], ["and", "his"], ["and", "her"]) \
                or self.lower[k:k + 1] in (["owns"], ["owned"]):
            k += 1 if self.lower[k] in {"owns", "owned"} else 2
            firm = by_start.get(k) or by_start.get(k + 1)  # ("his | conglomerate | Y Group")
            node = self.span_node.get((firm.start, firm.end)) if firm is not None and firm.label_ == "ORG" else None
            if node is not None and node.properties.get("kind") == "company":
                self._edge(RelType.OWNS, person_key, node.key, ev)

    def _clause_post(self, person_key: str, ent: Span, by_start: dict[int, Span], sent: Span, ev: Evidence) -> None:
        """LEADS from "X, who heads the Y Bureau"; OWNS from "X, (41,) the owner of the Y Casino"."""
        if self.words[ent.end:ent.end + 1] != [","]:
            return
        k = ent.end + 1
        if k + 2 < sent.end and self.like_num[k] and self.words[k + 1] == ",":
            k += 2  # "X, 41, the owner of ...": past the age
        if self.lower[k:k + 1] == ["who"] and self.lower[k + 1:k + 2] and self.lower[k + 1] in _HEADS_NOW:
            body = self._body_at(k + 2, by_start, {"AGENCY", "ORG"})
            if body is not None:
                self._edge(RelType.LEADS, person_key, body, ev)
            return
        if self.lower[k:k + 1] and self.lower[k] in _ARTICLES and self.lower[k + 1:k + 3] \
                and self.lower[k + 1] in _OWNER_NOUNS and self.lower[k + 2] == "of":
            owned = self._body_at(k + 3, by_start, {"SITE", "ORG"})
            if owned is not None:
                self._edge(RelType.OWNS, person_key, owned, ev)

    def _body_at(self, k: int, by_start: dict[int, Span], labels: set[str]) -> str | None:
        """The key of the node whose entity opens at ``k`` (past a "the"), when it has one of ``labels``."""
        k += self.lower[k:k + 1] == ["the"]
        found = by_start.get(k)
        if found is None or found.label_ not in labels:
            return None
        node = self.span_node.get((found.start, found.end))
        return node.key if node is not None else None

    def _closes_a_people(self, k: int) -> bool:
        """The word at ``k`` after a demonym leaves it the name of a people: the phrase ends, or a
        noun of people follows ("both Lotlandic", "both Lotlandic nationals"; not "Lotlandic-born")."""
        return self.lower[k:k + 1] == [] or self.lower[k] in _PHRASE_ENDS or self.lower[k] in gz.people_nouns()

    def _bracketed_demonym(self, k: int, by_start: dict[int, Span], ceiling: int) -> str:
        """The country code of "(Lotlandic)", "(Lotlandic national)", "(34, Lotlandic)" or "(Lotlandic,
        34)" opening at ``k`` right after a name; "" for any other bracket ("(Lotlandic Embassy)")."""
        if self.words[k:k + 1] != ["("]:
            return ""
        k += 1
        if k + 1 < ceiling and self.like_num[k] and self.words[k + 1] == ",":
            k += 2  # "(34, ..."
        demonym = by_start.get(k)
        if demonym is None or demonym.label_ != "NORP":
            return ""
        k = demonym.end + (self.lower[demonym.end:demonym.end + 1] in (["national"], ["citizen"]))
        if self.words[k:k + 1] == [","] and k + 1 < ceiling and self.like_num[k + 1]:
            k += 2  # "..., 34)"
        return demonym.id_ if self.words[k:k + 1] == [")"] else ""


def no_employer_after_the_name(body: Span, name_end: int, lower: list[str]) -> bool:
    """The firm or body ``body`` after a name is no employer of the person: told as the person's own
    ("X, his conglomerate Y Group": owned, see ``_firm_of_the_name``), or the next item of a list the
    name opens ("X, the Y Group, and the Z Resort were designated": three of them, no apposition)."""
    if body.label_ not in {"ORG", "AGENCY"} or body.start <= name_end:
        return False
    owned = body.label_ == "ORG" and not _OWNERS.isdisjoint(lower[max(name_end, body.start - 2):body.start])
    listed = lower[name_end:body.start] in ([","], [",", "the"]) and lower[body.end:body.end + 2] in ([",", "and"], ["and"])
    return owned or listed
