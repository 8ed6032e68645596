"""The titles around a person's name: the run of titles right before it ("Cambodian Prime Minister |
X", "BGF leader | X", "Minister of Public Security | X") and the apposition right after it (", a
Chinese national", ", spokesperson for the Commission", ", 52, from South Korea"), each read as
the entities it holds (ROLE, NORP, COUNTRY, AGENCY, ORG). Kept apart from people.py, which turns
those entities into the person's role, nationality and employer."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.event_triggers import _DESIGNATES, EVENT_TRIGGERS
from scamgraph.loaders.news.group_words import names_a_group
from scamgraph.loaders.news.person_demonyms import apposed_to_a_name
from scamgraph.loaders.news.postings import posting_ends_at
from scamgraph.loaders.news.apposed import _IRREGULAR as IRREGULAR_PAST
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import _APPOSITION_MARKS, _CONNECTING_VERBS, _DASHES, _PEOPLE_WORDS, _PRETENDING
from scamgraph.loaders.nlp import HONORIFICS
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S, RANK_WORDS, TITLE_MODIFIERS


#: Prepositions that carry a clause on past a name and its age ("sentenced X, 41, | to 12 years"): no
#: apposition opens with them ("X, 52, from South Korea" and "X, 30, of Quezon City" do)
_CLAUSE_PREPOSITIONS = frozenset({"to", "for", "in", "on", "into", "with", "over", "after", "before", "during", "until"})
#: What follows a number that is a person's age after their name: ", 52,", ", 35-year-old", ", 41 years old"
_AGE_AFTER = frozenset({",", "-", "–", "years", "year", ")", ".", "and"})
#: Words that open a clause of their own right after a name and its comma ("X, according to the head of Y";
#: "X, for allegedly cheating Koreans": why something was done to X, not who X is)
_CLAUSE_OPENERS = frozenset({"on", "in", "at", "after", "during", "over", "under", "amid", "as", "while",
                             "according", "citing", "for"})
#: Words opening a clause of another subject: "an heir whom Thai officials accuse" (the officials' demonym)
_OTHER_SUBJECTS = frozenset({"whom", "whose", "which", "that"})
#: Prepositions of what a body told or was told of: a name after one is the subject, no title
#: ("tip-offs from the Reporting Office about X": X is the one reported, not its officer)
#: Nouns of a body's staff that "with" may join to the body ("a detective with the Y Police", "a volunteer with the Z")
_STAFF_NOUNS = frozenset({"officer", "detective", "investigator", "official", "volunteer", "researcher", "analyst",
                          "staffer", "agent", "inspector", "coordinator", "adviser", "advisor", "prosecutor", "lawyer"})
_TOLD_OF = frozenset({"about", "from", "via", "against", "over", "into", "regarding", "concerning"})
#: Participles that may stand in a title: "acting director", "outgoing chief"
_TITLE_PARTICIPLES = frozenset({"acting", "managing", "presiding", "ranking", "outgoing", "incoming", "serving",
                                "commanding", "governing", "ruling", "visiting", "founding", "reigning"})
#: Words of naming someone: "a man the Treasury named as X" (named by the body, not of its staff)
_NAMING = frozenset({"as", "named", "identified", "listed", "called", "designated", "sanctioned", "targeted"})


class PersonTitles(_State):
    """The titles before a person's name and the apposition after it (mixed under the people rules)."""

    def _named_by_body(self, k: int, by_end: dict[int, Span], floor: int) -> bool:
        """"a man the Treasury named as X", "whom the police identified as X": words of naming right
        after a body, before the name, tell who named X, not whom X works for ("a recruiter known as
        X", "a Thai man named X" keep their titles)."""
        j = k - 1
        while j > floor and self.lower[j] in _NAMING:
            j -= 1
        body = by_end.get(j + 1)
        return j < k - 1 and body is not None and body.label_ in {"AGENCY", "ORG"}

    def _titled_body(self, body: Span, floor: int) -> bool:
        """A role and "of" (or "for", "at") come right before the body: "Director of (the) <body>",
        "director of Kenya's <body>", "Director of Citizen Protection at the <body>"."""
        k = body.start - 1
        if k - 1 > floor and self.words[k] in POSSESSIVE_S and self.doc[k - 1].ent_type_ in {"COUNTRY", "PLACE"}:
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
                    or tok.text in POSSESSIVE_S \
                    and getattr(by_end.get(k - 1), "label_", "") in {"AGENCY", "ORG"}:  # "the BGF's | spokesman X"
                k -= 1  # "director Datuk Seri | Abdul Jalil Hassan", "spokesperson General | Chhay Kim Khouen"
                continue
            if tok.text in POSSESSIVE_S and getattr(by_end.get(k - 1), "label_", "") == "COUNTRY" and found \
                    and found[-1].label_ == "ROLE" and found[-1].start == k and found[-1].id_.endswith("|diplomat"):
                k -= 1  # "Atlantis’s | ambassador to Laos, X": the state the envoy serves, as "Atlantean ambassador"
                continue
            if tok.lower_ in TITLE_MODIFIERS and found and found[-1].label_ == "ROLE" \
                    and all(self.lower[j] in TITLE_MODIFIERS for j in range(k, found[-1].start)):
                k -= 1  # "detective chief | Adjunct Senior | Commissioner X": the rank's words, capitalized
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
                    and self.doc[k - 3].ent_type_ == "NORP" and not apposed_to_a_name(self.doc, k - 3, floor):
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
            k += 1  # "X, as director of the Lotville Fraud Taskforce, said": the office X speaks in
        while k < ceiling and k < end + 16:  # ", Zorvania's former finance minister and the head of X"
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
                    or tok.lower_ in {"alongside", "beside"} \
                    or tok.lower_ == "with" and self.lower[k - 1] not in _STAFF_NOUNS:
                # "a man who posed as the director of X": not X's; "X, ..., alongside Judge Y": Y's title, not X's
                # ("X, a detective with the Y Police": the body X serves, after a noun of its staff)
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
