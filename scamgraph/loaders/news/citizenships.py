"""Citizenship told as a thing a person holds, or as membership of a state: "Arman Velic and Tomas
Drey hold Zorvanian and Maltese citizenship", "Velic also holds Macau citizenship", "Drey, who is
said to hold citizenship in Grenada and Malta, ...", "Velic, 52, a dual citizen of Peru and Saint
Lucia, ...", "Drey, a UK and Thai national, ...", "Velic is a citizen of Malta".

Each state such a phrase names is a nationality of the holder (the guidelines: countries that say
whose people someone is are Nationalities), not a place of the story: "holds Macau citizenship"
says nothing happened in Macau. The holder is the subject of the verb of holding (or of "be" and
"become"), a list of names before it, the name before ", who" (past an apposition, or a second verb
of the who-clause), or the name an apposition (", a dual citizen of ...") describes.

A state's citizenship spoken of as a thing of its own ("Zorvanian citizenship law", "the
citizenship-by-investment scheme") names no one's, and a group ("Both men hold ...") is left to
whoever names them (no person is guessed)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph.loaders.news.nationalities import NationalityRules
from scamgraph.loaders.news.words import _ANCESTRY
from scamgraph.model import Evidence, RelType
from scamgraph.resolve import country_code

__all__ = ["CitizenshipRules", "held_states"]

#: Nouns of a state's membership that a person holds ("holds Maltese citizenship")
_HELD = frozenset({"citizenship", "citizenships", "nationality", "nationalities"})
#: Papers of a state's membership, read only with the states after them ("held passports from Fiji
#: and Peru": the holder's states, no places; "a Fijian passport" is the demonym's people already)
_PAPERS = frozenset({"passport", "passports"})
#: Nouns of a person as a state's member ("a citizen of Malta", "a UK and Lao national")
_MEMBERS = frozenset({"citizen", "citizens", "national", "nationals"})
#: The nouns a phrase of citizenship is read from: of holding, of members, of papers
_PHRASE_NOUNS = _HELD | _MEMBERS | _PAPERS
#: Prepositions after a noun of citizenship that open the list of its states
_OPENERS = frozenset({"in", "of", "from"})
#: Words that join the states of a list
_JOINS = frozenset({",", "and", "or"})
#: Words after "citizenship" that make it a state's institution, no one's membership
_INSTITUTIONS = frozenset({"law", "laws", "act", "acts", "programme", "programmes", "program", "programs", "scheme",
                           "schemes", "rules", "application", "applications", "status", "card", "cards", "certificate",
                           "certificates", "test", "tests", "office", "offices", "ministry", "department", "-", "by",
                           "policy", "policies", "sales", "fraud"})
#: Words after "national" or "citizen" that leave it the noun of a person ("a UK and Lao national, who ...")
_AFTER_MEMBERS = frozenset({"and", "or", "who", "whose", "was", "is", "were", "are", "with", "in", "at", "on", "for",
                            "from", "to", "of", "living", "residing", "named", "identified", "had", "has", "based"})
#: Verbs of holding a citizenship, in the tenses news writes them
_HOLDING = frozenset({"hold", "holds", "held", "holding", "has", "have", "had", "having", "possess", "possesses",
                      "possessed", "obtained", "obtain", "obtains", "acquired", "acquire", "acquires", "gained",
                      "granted", "given", "bought", "took", "taken", "carries", "carry", "carried", "got", "received"})
#: Verbs that make the subject a state's member ("is a citizen of", "became a Maltese national")
_BEING = frozenset({"is", "was", "are", "were", "became", "become", "becomes"})
#: Words between the noun (or its states) and the verb: "holds dual Maltese citizenship", "is a citizen"
_DETERMINERS = frozenset({"a", "an", "the", "dual", "full", "second", "his", "her", "their", "both", "also"})
#: Words between the holder and the verb: auxiliaries, adverbs and reporting ("who is reported to hold")
_AUXILIARIES = frozenset({"also", "reportedly", "allegedly", "now", "still", "already", "later", "both", "each",
                          "currently", "is", "was", "are", "were", "has", "have", "had", "be", "been", "being", "to",
                          "reported", "said", "believed", "thought", "understood", "known", "alleged", "claimed",
                          "may", "might", "does", "did", "do", "who", "itself", "himself", "herself"})
#: How long a piece between a name and its apposition may be (", chair of the X Group,")
_PIECE_REACH = 12
#: How far back a who-clause's "who" may stand from its second verb ("who has built ... and holds")
_CLAUSE_REACH = 25


def _code(ent: Span, lower: Sequence[str]) -> str:
    """The ISO code of a state's name or demonym; a city-state tagged as a town ("Macau") by its name."""
    if ent.label_ in {"COUNTRY", "NORP"}:
        return ent.ent_id_
    if ent.label_ == "PLACE":
        return country_code(" ".join(lower[ent.start:ent.end])) or ""
    return ""


def _run_before(lower: Sequence[str], end: int, ends: dict[int, Span]) -> list[Span]:
    """The states listed right before ``end``: "Cambodian and Maltese | citizenship"."""
    run: list[Span] = []
    k = end
    while (ent := ends.get(k)) is not None and _code(ent, lower):
        run.insert(0, ent)
        j = ent.start - 1
        if j < 0 or lower[j] not in _JOINS:
            break
        j -= lower[j] == "and" and j > 0 and lower[j - 1] == ","  # (", and": a serial comma)
        k = j
    return run


def _run_after(lower: Sequence[str], start: int, starts: dict[int, Span]) -> list[Span]:
    """The states listed from ``start`` on: "citizenship in | Malta and St Lucia"."""
    run: list[Span] = []
    k = start
    while True:
        k += k < len(lower) and lower[k] == "the"
        ent = starts.get(k)
        if ent is None or not _code(ent, lower) or lower[ent.end:ent.end + 1] and lower[ent.end] in _ANCESTRY:
            return run  # ("a Lotlandic national of Borduric descent": an origin, no second state)
        run.append(ent)
        k = ent.end
        if k + 1 < len(lower) and lower[k] in _JOINS:
            k += 1 + (lower[k] == "," and lower[k + 1] in {"and", "or"})
        else:
            return run


def _phrases(ents: Sequence[Span], lower: Sequence[str]) -> list[tuple[int, int, list[Span], bool]]:
    """(first token of the phrase, its noun, the states it names, whether demonyms alone name
    them) for each phrase of citizenship; ``ents`` are the document's names (the reader's list:
    ``Doc.ents`` builds its spans again on every read)."""
    starts = {e.start: e for e in ents}
    ends = {e.end: e for e in ents}
    found = []
    for i in [k for k, w in enumerate(lower) if w in _PHRASE_NOUNS]:  # (a loop in C over the words)
        word = lower[i]
        after_word = lower[i + 1] if i + 1 < len(lower) else ""
        if word in _HELD and after_word in _INSTITUTIONS:
            continue  # "Zorvanian citizenship law": the state's institution, no one's membership
        if word in _MEMBERS and after_word.isalpha() and after_word not in _AFTER_MEMBERS:
            continue  # "the Zorvanian national police", "a national team": an adjective, no person
        before = _run_before(lower, i, ends) if word not in _PAPERS else []
        after = _run_after(lower, i + 2, starts) if after_word in _OPENERS else []
        if word in _PAPERS and after_word == "in":
            after = []  # ("took their passports in Laos": where the papers were taken)
        if word in _MEMBERS and after_word != "of":
            after = []  # ("citizens from Malta": where they came from, read with the people's lists)
        if before or after:
            demonyms = word in _MEMBERS and not after and all(e.label_ == "NORP" for e in before)
            found.append((before[0].start if before else i, i, before + after, demonyms))
    return found


def held_states(ents: Sequence[Span], lower: Sequence[str]) -> dict[int, str]:
    """First token of each state's name that a phrase of citizenship names -> its ISO code (not
    a demonym before "national" or "citizen": the people rules read those)."""
    return {e.start: _code(e, lower) for _first, _noun, run, demonyms in _phrases(ents, lower) if not demonyms
            for e in run}


class CitizenshipRules(NationalityRules):
    """Nationalities told by citizenship, and the people who hold them."""

    _held: dict[int, str] | None = None  # (held_states of the whole document, read once)
    _phrase_list: list[tuple[int, int, list[Span], bool]] | None = None  # (its phrases, read once)

    def _held_state(self, ent: Span) -> str:
        """The ISO code of the state ``ent`` names inside a phrase of citizenship, or ""."""
        if self._held is None:
            self._held = held_states(self.ents, self.lower)
        return self._held.get(ent.start, "")

    def _citizenships(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """HAS_NATIONALITY from each holder the sentence names to each state of its phrases of citizenship."""
        words = self.lower[sent.start:sent.end]
        if _HELD.isdisjoint(words) and _MEMBERS.isdisjoint(words):
            return  # (most sentences)
        if self._phrase_list is None:
            self._phrase_list = _phrases(self.ents, self.lower)
        people = {e.end: e for e in ents if e.label_ == "PERSON" and (e.start, e.end) in nodes}
        for first, noun, run, demonyms in self._phrase_list:
            if not sent.start <= first <= noun < sent.end:
                continue
            for holder in self._holders(first, noun, people, sent.start, demonyms):
                for ent in run:
                    nat = self._nationality(_code(ent, self.lower))
                    if nat is not None:
                        self._edge(RelType.HAS_NATIONALITY, nodes[(holder.start, holder.end)].key, nat.key, ev)

    def _holders(self, first: int, noun: int, people: dict[int, Span], floor: int, demonyms: bool) -> list[Span]:
        """The people a phrase of citizenship opening at ``first`` belongs to (``demonyms``: only
        through "be", an apposition's demonym being read in ``people``)."""
        lower = self.lower
        v = first - 1
        while v > floor and lower[v] in _DETERMINERS:
            v -= 1
        verbs = _HOLDING if lower[noun] in _HELD else _BEING
        if lower[noun] in _MEMBERS and lower[v] == ",":
            # "Velic, 52, a dual citizen of Peru and ...": the name the apposition describes
            return [] if demonyms else self._holder_described(v, people, floor)
        if lower[v] not in verbs:
            return []
        k = v - 1
        who = False
        while k > floor and (lower[k] in _AUXILIARIES or lower[k].endswith("ly") and lower[k].isalpha()):
            who = who or lower[k] == "who"
            k -= 1
        if not who and lower[k] == "and" and (opening := self._who_before(k, floor)) is not None:
            k, who = opening - 1, True  # "who has built casinos ... and holds": the who-clause's subject
        if who:
            return self._holder_described(k, people, floor) if lower[k] == "," else []
        if lower[k] == "," and k not in people and k > floor:
            # "Zhou, a Chinese national aged 43, also obtained Lao citizenship": the subject past its apposition
            return self._holder_described(k, people, floor)
        return self._holders_listed(k + 1, people, floor)

    def _who_before(self, k: int, floor: int) -> int | None:
        """The "who" that opens the clause whose second verb follows the "and" at ``k``."""
        for j in range(k - 1, max(floor, k - _CLAUSE_REACH) - 1, -1):
            if self.lower[j] == "who":
                return j
            if self.lower[j] in {";", ":"} or self.doc[j].ent_type_ == "PERSON":
                return None
        return None

    def _holder_described(self, comma: int, people: dict[int, Span], floor: int) -> list[Span]:
        """The person a comma-led apposition or who-clause at ``comma`` tells of: the name right
        before it, past an age (", 41,"), an alias (", also known as Vince,") or an apposition of its
        own (", chair of X Group,"): at most three such pieces, none holding a name or a verb."""
        k = comma
        for _piece in range(4):
            if k in people:
                return [people[k]]
            j = k - 1
            while j > max(floor, k - _PIECE_REACH) and self.lower[j] != ",":
                if self.doc[j].ent_type_ == "PERSON" or self.lower[j] in _BEING or self.lower[j] in {"who", ";"}:
                    return []
                j -= 1
            if self.lower[j] != ",":
                return []
            k = j
        return []

    def _holders_listed(self, end: int, people: dict[int, Span], floor: int) -> list[Span]:
        """The names of a subject ending at ``end``: "Velic and Drey | hold", "Velic, Lim and Drey |
        hold". A list closes with "and": a name a comma alone leaves before the subject is no member
        ("After meeting Lim, Drey | obtained ...": Lim holds nothing)."""
        found: list[Span] = []
        while (person := people.get(end)) is not None:
            found.append(person)
            end = person.start - 1
            if end < floor or self.lower[end] not in {",", "and"} \
                    or len(found) == 1 and self.lower[end] == ",":
                break
            if self.lower[end] == "and" and self.lower[end - 1] == ",":
                end -= 1
        return found
