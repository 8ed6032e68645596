"""The words around a capitalized run that say it is a person or a company.

A run with no head word ("Ministry", "Group", "compound") is only a name when its context says
so: an honorific or a title before it ("Mr", "Police Colonel"), a verb of speech or of
prosecution around it ("said", "arrested"), a family name from the gazetteer at its front, an
apposition with an age or a role ("Kim Seok-ki, 52,"), or a company noun ("the payment firm").
A run with none of these stays unnamed: precision first.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView, name_cased
from scamgraph.loaders.nlp.forenames import PORTFOLIO_WORDS
from scamgraph.loaders.nlp.runs import experts_seat
from scamgraph.loaders.nlp.vocabulary import (
    AFTER_PERSON,
    APPOSED_PEOPLE,
    BEFORE_PERSON,
    FLIGHT_WORDS,
    HONORIFICS,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_NOUNS,
    RANK_WORDS,
    STARTERS,
    TOLD_TO,
)

__all__ = ["body_then_name", "kin_named", "lone_speakers", "org_cues", "org_kind", "named_with_acronym", "outlets_spoken_to", "person_cues", "strong_person_cue", "titled", "titled_after", "titled_by_a_body"]

#: A flight's number: the airline's two-character code and up to four digits ("AK613", "5J 241" is two words)
_FLIGHT_NUMBER = re.compile(r"[A-Z][A-Z0-9]\d{1,4}|\d[A-Z]\d{1,4}")
_CLAUSE_ENDS = frozenset({",", ".", ";"})
_SAYS = frozenset({"said", "says"})


def org_kind(view: DocView, start: int, end: int) -> str | None:
    """The kind of organization the words around a run make it ("company", "media", "" when
    the kind is not said), or None when they do not make it one."""
    if end - start >= 3 and view.words[end - 2] == "-" and view.words[end - 1].islower():
        return None  # "a Korean-flagged plane", "a China-based firm": a compound adjective, no name
    if end - start == 1 and _FLIGHT_NUMBER.fullmatch(view.words[start]):
        return None  # "via AK613 flight": a flight's number, not its airline
    before = view.lower[start - 1] if start > 0 else ""
    if _public_platform(view, start):
        return None  # "the messaging platform Telegram": a service people use, not a body of the story
    if before in MEDIA_NOUNS:
        return "media"  # "the online news portal VOD"
    if before in ORG_NOUNS:
        helping = start > 1 and view.lower[start - 2] in _HELPING_GROUPS \
            or "anti" in view.lower[max(0, start - 5):start - 1]  # "rights group Licadho", "the anti-trafficking group X"
        return "ngo" if before in _NGO_NOUNS or helping else "company"  # "the payment firm Huiyuan Pay", "the charity X"
    if _flight_after(view, end):
        return "company"  # "a Nok Air flight"
    if _named_after_a_company_noun(view, start, end):
        return "company"  # "the companies Kestrel Bay and Ambry Star", "a travel firm, Orrin Services,"
    noun = _org_noun(view, start, end)
    called = view.lower[max(0, start - 2):start] == ["known", "as"] or start > 0 and view.lower[start - 1] in _CALLING
    if noun is not None and called and _CRIMINAL_WORDS.intersection(view.lower[max(0, start - 6):start]):
        return "criminal group"  # "a swindling organisation known as X Group": no charity
    return None if noun is None else "ngo" if noun in _NGO_NOUNS else ""  # "..., a Thailand-based NGO"


#: Words between an airline's name and its flight: "a Kestrel Air chartered flight"
_CHARTER_WORDS = frozenset({"chartered", "charter"})
#: The most capitalized words of a second airline after "and": "Kestrel and | Lion Air | flights"
_CARRIER_REACH = 3


def _flight_after(view: DocView, end: int) -> bool:
    """A flight's word follows the run ending at ``end``: right after it ("a Nok Air flight"), after
    a word of chartering ("a Nok Air chartered flight"), or after a second airline the two share
    the flight's word with ("two Kestrel and Lion Air flights": each an airline)."""
    lower, n = view.lower, len(view.doc)
    k = end + (end < n and lower[end] in _CHARTER_WORDS)
    if k < n and lower[k] in FLIGHT_WORDS:
        return True
    if end >= n or lower[end] != "and":
        return False
    k = end + 1
    while k < min(n, end + 1 + _CARRIER_REACH) and view.cap[k] and not view.starts[k]:
        k += 1
    k += k < n and lower[k] in _CHARTER_WORDS
    return k > end + 1 and k < n and lower[k] in FLIGHT_WORDS


#: Plural company nouns whose names follow them in a list: "the firms Kestrel Bay and Ambry Star"
_COMPANY_PLURALS = frozenset({"companies", "firms"})
#: Company nouns a name may follow set off by commas: "a travel firm, Orrin Services, ran ..."
_COMPANY_NOUNS = frozenset({"firm", "company", "conglomerate"})
#: Words that open the noun phrase of such a company noun ("a travel firm", "its shell company")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "one"})
#: The most words a list of companies' names may hold before the run: "companies A, B Star and"
_LIST_REACH = 12


def _named_after_a_company_noun(view: DocView, start: int, end: int) -> bool:
    """A company noun names the run where a singular one does not reach it: a plural before a list
    of names ("companies Kestrel Bay and Ambry Star": each a company, the second past "and"), or a
    singular one before a comma that opens an apposition closed after the name ("a travel firm,
    Orrin Services, which ..."). Why: stories name sanctioned or front companies so, and only the
    noun says these names are companies; the apposition must close (a comma or a bracket after the
    name), so "the firm, Ms Tan said" is no company's name."""
    lower = view.lower
    if start >= 3 and lower[start - 1] == "," and lower[start - 2] in _COMPANY_NOUNS \
            and any(lower[k] in _DETERMINERS for k in range(max(0, start - 6), start - 2)) \
            and end < len(lower) and lower[end] in {",", "("} and not (end + 1 < len(lower) and lower[end + 1] in _SAYS):
        return True
    k = start - 1
    while k > max(0, start - _LIST_REACH) and (view.cap[k] or lower[k] in {",", "and"}):
        k -= 1
    return k >= 0 and lower[k] in _COMPANY_PLURALS and (k == start - 1 or lower[start - 1] in {",", "and"})


def org_cues(view: DocView, start: int, end: int) -> bool:
    """"the payment firm Huiyuan Pay", "Migrant Care, an Indonesian rights group"."""
    return _org_noun(view, start, end) is not None


#: Words before "platform" that make it a public service for posting, chatting or paying
_SERVICE_WORDS = frozenset({"media", "messaging", "online", "video", "streaming", "chat", "video-sharing", "sharing"})


def _public_platform(view: DocView, start: int) -> bool:
    """"the social media platform X", "the messaging platform X", "an online platform called X":
    an app or site the story's people used, named as such; golds leave it out, as they leave out
    a phone's maker. (A "trading platform" or an "investment platform" may be the scam's own.)"""
    k = start - 1 - (start >= 2 and view.lower[start - 1] in {"called", "named"})
    return k >= 1 and view.lower[k] == "platform" and view.lower[k - 1] in _SERVICE_WORDS


def _org_noun(view: DocView, start: int, end: int) -> str | None:
    """The organization noun that makes a run an organization, before it or in an apposition after it."""
    doc = view.doc
    if start > 0 and view.lower[start - 1] in ORG_NOUNS:
        return view.lower[start - 1]
    called = start - 1 - (start >= 2 and view.lower[start - 2:start] == ["known", "as"])
    if called > 0 and (view.lower[called] in _CALLING or view.lower[called] == "known"):
        # "a crime group called Red Dragon", "a ring known as Black Tiger": the group's own name
        return next((view.lower[k] for k in range(max(0, called - 3), called) if view.lower[k] in _GROUP_NOUNS), None)
    if end + 3 < len(doc) and view.words[end] == "(" and view.words[end + 1].isupper() and view.words[end + 2] == ")":
        end += 3  # "Bright Path Alliance (BPA), a Bangkok-based NGO": past its acronym
    if end + 2 < len(doc) and view.words[end] == "," and view.lower[end + 1] in {"a", "an", "the"} \
            and not any(view.lower[k:k + 2] == ["according", "to"] for k in range(max(0, start - 6), start - 1)):
        # (not "According to Pol Maj Gen X, the gang ran ...": the sentence's own subject follows the source)
        for k in range(end + 2, min(len(doc), end + 7)):
            if view.lower[k] in _MEMBER_NOUNS or view.label_at(k) == "ROLE" or view.lower[k] in ORG_NOUNS \
                    and k + 1 < len(doc) and (view.lower[k + 1] in _MEMBER_NOUNS or view.label_at(k + 1) == "ROLE"):
                return None  # "Huang Li, a gang leader", "Wang Ping, a ringleader of the gang": a person of a body
            if view.lower[k] in ORG_NOUNS and not (k + 1 < len(doc) and view.words[k + 1] in {"'s", "’s"}) \
                    and not view.words[k].istitle():
                return view.lower[k]  # (not "Xu Faqi, the group's ringleader": the group owns the head;
                # nor "Chen Zhi, the Prince Group TCO": the head is another body's name)
            if view.words[k] in _CLAUSE_ENDS:
                break
    return None


#: Nouns of a person who leads or belongs to a body, after the body's noun: "a gang leader"
_MEMBER_NOUNS = frozenset({"leader", "leaders", "boss", "bosses", "member", "members", "head", "chief", "founder",
                           "owner", "kingpin", "figure", "executive", "partner", "associate", "insider"})
#: Verbs that give a group's name after its noun: "a gang called ...", "a ring named ..."
_CALLING = frozenset({"called", "named", "dubbed"})
#: Nouns of groups, lawful or not, whose name may follow "called" or "known as"
_GROUP_NOUNS = ORG_NOUNS | {"ring", "gang", "syndicate", "group", "network", "mafia", "triad", "cartel"}
#: Words that make the organization a "known as" or "called" names a criminal one: "a swindling
#: organisation known as X"
_CRIMINAL_WORDS = frozenset({"swindling", "criminal", "crime", "fraud", "scam", "scamming", "trafficking", "mafia",
                             "illegal", "underground"})
#: Organization nouns of bodies that help people rather than run a business: "a rights group" stays
#: unspecified, "a Thailand-based NGO" is an NGO (which reports scams; it does not run them).
_NGO_NOUNS = frozenset({"ngo", "charity", "organisation", "organization"})
#: Words before "group" that make it one that helps or speaks for people ("rights group X", "aid group X")
_HELPING_GROUPS = frozenset({"rights", "advocacy", "aid", "relief", "watchdog", "humanitarian", "campaign", "activist"})


def strong_person_cue(view: DocView, start: int) -> bool:
    """A cue strong enough to read a run holding a city's name as a person ("arrested Rodel Santos")."""
    prev = start - 1
    return start > 0 and (view.lower[prev] in HONORIFICS or view.lower[prev] in BEFORE_PERSON
                          or view.label_at(prev) == "ROLE" or titled(view, start))


def of_an_experts_seat(view: DocView, end: int) -> bool:
    """"of" and a university's or an institute's name follow the run ending at ``end``."""
    return view.lower[end:end + 1] == ["of"] \
        and experts_seat(view, end + 2 if view.lower[end + 1:end + 2] == ["the"] else end + 1)


def titled_after(view: DocView, end: int) -> bool:
    """A title set off by a comma right after the run, past a parenthesis ("Liang Wen-bo (梁文博),
    director-general of ...", "Santos Reyes, spokesperson for ..."): the run names its holder."""
    k = end
    if k < len(view.words) and view.words[k] == "(" and ")" in view.words[k:k + 8]:
        k = view.words.index(")", k) + 1
    return k + 1 < len(view.words) and view.words[k] == "," and view.label_at(k + 1) == "ROLE"


def titled(view: DocView, start: int) -> bool:
    """A title with its department comes right before: "Minister of Foreign Affairs |Maria Santos"."""
    k, seen_of = start - 1, False
    while k >= 0 and (view.cap[k] or view.lower[k] in {"of", "for"}) and view.label_at(k) != "ROLE":
        seen_of = seen_of or view.lower[k] in {"of", "for"}
        k -= 1
    return seen_of and k >= 0 and view.label_at(k) == "ROLE"


def body_then_name(view: DocView, start: int, end: int) -> int | None:
    """"Spokesman for the Presidential Palace | Kang Yu-jung", "Director of the Immigration Bureau |
    Lim Wei Jie": after a title and "of"/"for", a body's name ending in a head word runs into the
    name of the one who holds the title. Where the body ends, or None."""
    k = start - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    if not (k >= 1 and view.lower[k] in {"of", "for"} and view.label_at(k - 1) == "ROLE"):
        return None
    heads = gz.heads()
    rest = range(end - 2, end)
    for h in range(end - 3, start, -1):
        rest = range(h + 1, end)
        if view.lower[h] in heads or " ".join(view.lower[h - 1:h + 1]) in heads:
            break
    else:
        return None
    named = [i for i in rest if view.words[i] != "-"]
    if not 2 <= len(named) <= 4 or any(view.lower[i] in heads or i in view.owner for i in rest) \
            or not all(view.words[i][:1].isupper() or view.words[i - 1] == "-" for i in named):
        return None
    return rest.start


def body_role_name(view: DocView, start: int, end: int) -> tuple[int, int] | None:
    """"Prince Group Chairman | Chen Zhi", "SpaceX Vice President | Lauren Dreyer", "BI Intelligence
    Chief | Fortunato Manahan Jr.": a body's name (ending in a head word, holding an acronym or a
    mid-word capital, or one or two title-case words of a title), a role, then two to four title-case
    words no entity owns: where the role starts and where the name starts after it (and after a rank
    or a courtesy title), or None."""
    heads = gz.heads()
    owner = view.owner  # (the roles inside the run, in order, without walking every entity of the document)
    roles = [e for k in range(start + 1, end - 1) if (e := owner.get(k)) is not None
             and e.start == k and e.label_ == "ROLE" and e.end + 2 <= end]
    for role in roles:
        first = role.end + 1 if view.lower[role.end] in RANK_WORDS and end - role.end > 2 else role.end
        while first < end - 2 and view.lower[first] in HONORIFICS:
            first += 1  # "Deputy Director | U | Kyaw Kyaw Than": the courtesy title is no part of the name
        rest = [k for k in range(first, end) if view.words[k] != "-"]
        bodied = view.lower[role.start - 1] in heads or role.start - start <= 2 \
            or any(_body_word(view.words[k]) or view.lower[k] in heads for k in range(start, role.start))  # ("Department of Foreign Affairs | Undersecretary")
        if bodied and 2 <= len(rest) <= 4 and view.words[rest[0]].istitle() and all(
                (name_cased(view.words[k]) or view.lower[k] in NAME_PARTICLES  # ("Korir Sing'oei")
                 or view.words[k - 1] == "-" and view.words[k].isalpha()  # ("Huang Ling-yu": a given name's second part)
                 or k == rest[-1] and k > rest[1] and view.words[k] in _GENERATIONS)  # ("Ramon Reyes III")
                and _free_or_a_town(view, k)
                and view.lower[k] not in heads for k in rest):
            return _title_chain_start(view, start, role.start), first
    return None


#: A name's last word that tells its generation: "Juan Reyes III" is one man
_GENERATIONS = frozenset({"II", "III", "IV", "V", "Jr", "Jr.", "Sr", "Sr."})
#: A force's word before a rank: "Police Major General", "Pol Col"
_FORCE_WORDS = frozenset({"police", "pol", "pol.", "army", "navy"})


def _title_chain_start(view: DocView, floor: int, k: int) -> int:
    """Where a chain of titles that ends with the role at ``k`` begins: "Zorvania CIDG | Director
    Police Major | Gen. Juan Reyes": the rank ("Police Major") and the post before it ("Director")
    are the person's, not words of the body's name."""
    while k - 1 > floor:
        before = view.lower[k - 1]
        if before in RANK_WORDS or before in _FORCE_WORDS and view.lower[k] in RANK_WORDS:
            k -= 1
            continue
        role = view.owner.get(k - 1)
        if role is not None and role.label_ == "ROLE" and role.end == k and role.start > floor \
                and k < len(view.lower) and view.lower[k] in _FORCE_WORDS | RANK_WORDS:
            k = role.start  # ("Director | Police Major Gen.": the post before the rank)
            continue
        break
    return k


def _free_or_a_town(view: DocView, k: int) -> bool:
    """No entity owns word ``k``, or only a town's name does ("Ramon", "Santos"): after a title,
    such a word is a name's part, as "arrested Rodel Santos" already reads."""
    owner = view.owner.get(k)
    return owner is None or owner.label_ == "PLACE" and owner.id_.split("|")[1:2] == ["city"]



def _body_word(word: str) -> bool:
    """An acronym ("BI Intelligence Chief") or a capital inside a word ("SpaceX Vice President"):
    a body's name before a title, never a person's."""
    return len(word) >= 2 and word.isalpha() and (word.isupper() or any(c.isupper() for c in word[1:]))


#: Close kin whose one name a story gives after whose kin they are ("her son Tomas")
_CLOSE_KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother"})
#: What says whose kin: a possessive pronoun, or a name's possessive mark
_WHOSE = frozenset({"his", "her", "their", "'s", "’s"})


def kin_named(words: list[str], lower: list[str], start: int, end: int) -> bool:
    """One title-case word right after whose kin it is ("her son Tomas", "Brek's wife, Ilse,"):
    the kin's given name, as South Asian papers name a victim's mother or wife. The name must be
    followed by a comma, a full stop or a lower-case word (a verb), not run on into a name."""
    k = start - 1 - (words[start - 1:start] == [","])
    if end - start != 1 or k < 2 or lower[k] not in _CLOSE_KIN or lower[k - 1] not in _WHOSE:
        return False
    return words[start].istitle() and words[start].isalpha() \
        and (end == len(words) or words[end] in {",", ".", ";"} or words[end].islower())


#: Verbs by which a group of people is said to hold some named ones
_INCLUDING_VERBS = frozenset({"include", "includes", "included"})


def _people_include(view: DocView, verb: int) -> bool:
    """The subject of "include" right before it is people: "Those rescued include", "The victims
    include", "The three arrested men included" (not "The sites include", whose members are places)."""
    subject = view.lower[max(0, verb - 4):verb]
    return "those" in subject or any(w in gz.people_nouns() for w in subject)


def _among_people(view: DocView, verb: int) -> bool:
    """The sentence opens "Among the <people noun> ..." and ``verb`` is its copula: the names after
    it are some of those people ("Among those arrested were ...", "Among the defendants ... were")."""
    k = verb - 1
    while k > 0 and verb - k < 12 and view.lower[k] not in {".", "!", "?", "\n"}:
        k -= 1
    first = k + 1 if view.lower[k] in {".", "!", "?", "\n"} or k > 0 else 0
    opening = view.lower[first:first + 4]  # ("Among the gang members ...")
    return opening[:1] == ["among"] and any(w in gz.people_nouns() or w in {"those", "defendants", "accused"}
                                             for w in opening[1:])


def person_cues(view: DocView, start: int, end: int) -> bool:
    """The context reads the run [start, end) as a person (what follows it read past the name in
    its own script: "Peter Lian (藍夏禮), director-general of ...")."""
    words, lower = view.words, view.lower
    kept = [k for k in range(start, end) if words[k] != "-"]
    if _never_a_person(view, kept):
        return False
    if end < len(view.doc) and view.lower[end] in _PRESS_WORKERS:
        return False  # "said Lanka Wire reporter (Tomar Velik)": the outlet the reporter writes for
    prev = start - 1 if start > 0 else None
    if start >= 3 and words[start - 1] == ")" and words[start - 3] == "(" and words[start - 2].isupper():
        prev = start - 4 if start > 3 else None  # "Deputy Commissioner of Immigration (DCI) | Maud Quainoo"
        if prev is not None and (lower[prev] in HONORIFICS or view.label_at(prev) == "ROLE"):
            return True  # (the title's acronym in brackets between it and the name)
    if prev is not None and _posting_in_brackets(view, start):
        return True  # "Deputy Inspector General (Northern Range) Tomas Brek": the range or zone of the title
    if prev is not None and lower[prev] in {"surnamed", "named", "called"} and len(kept) == 1:
        return False  # "two men surnamed Kim": a family name, not a person
    if prev is not None and (lower[prev] in HONORIFICS or view.label_at(prev) == "ROLE"):
        return True
    if words[kept[0]] in gz.surnames() and 2 <= len(kept) <= 4:
        return True
    if len(kept) == 1 and kin_named(words, lower, start, end) and lower[start] not in NOT_NAME_WORDS:
        return True  # "her son Tomas was promised a job", "Brek's wife, Ilse, filed a complaint"
    if len(kept) < 2:
        return False
    if prev is not None and lower[prev] in BEFORE_PERSON:
        return True
    if prev is not None and lower[prev] == "of" and start >= 2 and lower[start - 2] in _ACTS_ON_PEOPLE:
        return True  # "the arrests of Manish Hingu ...", "the extradition of Tan Wei Ming"
    if prev is not None and _a_certain(view, prev, end) and all(words[k].istitle() for k in kept):
        return True  # "a house owned by a certain Ilse Marra."
    if prev is not None and lower[prev] == "old" and start >= 3 and lower[start - 3] in {"year", "years"}:
        return True  # "24-year-old Ranjit Kumar Mahato": an age before a name
    if prev is not None and lower[prev] in _INCLUDING_VERBS and _people_include(view, prev):
        return True  # "Those rescued include Tomas Brek": people, some of whom the list names
    if prev is not None and lower[prev] in {"were", "are"} and _among_people(view, prev):
        return True  # "Among those jailed for life were A B and C D"
    if prev is not None and lower[prev] == "as" and start > 1 and lower[start - 2] in {"known", "identified", "named"}:
        return True  # "a recruiter known as Yanti Kurnia"
    if prev is not None and words[prev] == "," and start > 1 and lower[start - 2] in APPOSED_PEOPLE:
        return True  # "the Indonesian man, Budi Santoso"
    if prev is not None and words[prev] == "," and _role_before_comma(view, prev) and len(kept) <= 4 \
            and (end == len(view.doc) or words[end] in {",", ".", ";"}) and lower[end + 1:end + 2] != ["and"] \
            and all(words[k].istitle() for k in kept):  # (not a portfolio listed after the title: "Minister of
        return True  # Foreign Affairs, Foreign Employment, and Tourism ..."): "the ambassador, Wijayanthi Edirisinghe,"
    end = _past_native_script(view, end)
    if end < len(view.doc) and lower[end] in AFTER_PERSON:
        return True
    if lower[end:end + 1] in (["'s"], ["’s"]) and lower[end + 1:end + 2] and lower[end + 1] in _POSSESSED_ACTS \
            and lower[end + 2:end + 3] != ["of"]:
        return True  # "leading to Dario Venn's arrest": the act done to him ("X's arrest of Y" names the doer)
    if lower[end:end + 2] == [",", "who"] and all(words[k].istitle() for k in kept):
        return True  # "... was Tadeo Vurlana, who had posed as a recruiter": "who" tells a person
    if len(kept) <= 4 and lower[end:end + 1] == [","] and _another_name_after(view, end + 1) \
            and all(words[k].istitle() for k in kept):
        return True  # "Tadeo Vurlana, identified in court papers as Lin Sa,": a person given another name
    if len(kept) >= 2 and all(name_cased(words[k]) or words[k][-1:] == "." for k in kept) and of_an_experts_seat(view, end):
        return True  # "John Reyes of Mahidol University", "... of the Lowy Institute": an expert and where they work
    return _apposition(view, end)


def _posting_in_brackets(view: DocView, start: int) -> bool:
    """A title, then the zone, range or wing it is held in, in brackets of one to three title-case
    words, right before the run: "Additional Director General of Police (Eastern Zone) | X", as
    Indian papers post senior police officers. The title before the bracket makes the run a name."""
    words = view.words
    if start < 4 or words[start - 1] != ")":
        return False
    opening = next((j for j in range(start - 2, max(0, start - 6), -1) if words[j] == "("), None)
    if opening is None or opening < 1 or opening == start - 2 and words[start - 2].isupper():
        return False  # (an acronym alone in the brackets is the title's own: read above)
    inside = words[opening + 1:start - 1]
    return bool(inside) and all(w.istitle() for w in inside) \
        and (view.lower[opening - 1] in HONORIFICS or view.label_at(opening - 1) == "ROLE")


#: Participles that give a person another name in an apposition: ", identified in court papers as"
_NAMING_PARTICIPLES = frozenset({"identified", "named"})


def _another_name_after(view: DocView, k: int) -> bool:
    """At ``k`` a participle of naming, a short phrase of lower-case words, "as" and a capitalized
    word: "identified in court papers as Lin Sa" (not "identified by police as the ring's boss")."""
    lower = view.lower
    if k >= len(lower) or lower[k] not in _NAMING_PARTICIPLES:
        return False
    for j in range(k + 1, min(len(lower), k + 8)):
        if lower[j] == "as":
            return j + 1 < len(lower) and view.words[j + 1].istitle() and view.words[j + 1].isalpha()
        if not lower[j].isalpha():
            return False
    return False


#: Nouns of acts done to a person, which "of" names the person of: "the arrest of A B".
_ACTS_ON_PEOPLE = frozenset({"arrest", "arrests", "detention", "extradition", "extraditions", "deportation",
                             "deportations", "conviction", "sentencing", "indictment", "prosecution", "rescue",
                             "repatriation", "release", "abduction", "kidnapping", "murder", "killing"})
#: Of them, the nouns a person's possessive names an act done to the person by: "Dario Venn's arrest"
#: (not a rescue, a release or a return, which a body's possessive names as its own work)
_POSSESSED_ACTS = frozenset({"arrest", "detention", "extradition", "deportation", "conviction", "sentencing",
                             "indictment", "abduction", "kidnapping", "murder", "killing"})
#: Words that tie a title to where or whom it serves: "Ambassador to Thailand", "Attorney for the
#: Eastern District of Texas", "Director of the Bureau's Houston Division".
_POSTING_LINKS = frozenset({"of", "for", "to", "at", "in",
                            # "a fugitive from the Philippines,", "Director of Protection for Citizens and BHI at ...,"
                            "from", "and"})


def _role_before_comma(view: DocView, comma: int) -> bool:
    """A role word ends right before the comma, or a role's posting does: the role, a link word
    and title-case words or named things up to the comma ("Ambassador to Thailand,", "the US
    Attorney for the Eastern District of Texas,"), at most twenty words back."""
    linked, k = False, comma - 1
    for _step in range(20):  # (a named thing is one step: "... of the Federal Bureau of Investigation (FBI),")
        if k < 0:
            return False
        if view.label_at(k) == "ROLE":
            return k == comma - 1 or linked
        named = view.owner.get(k)
        if named is not None:
            k = named.start
        elif view.lower[k] in _POSTING_LINKS:
            linked = True
        elif not (view.cap[k] or view.lower[k] in {"the", "'s", "’s", "(", ")"}):
            return False
        k -= 1
    return False


def titled_by_a_body(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """People named after a title and its body, read once the bodies are decided: "the Deputy
    Director of the Immigration Police Department, | Soutchai Inthongxay"."""
    found = []
    for start, end in runs:
        names = [view.words[k] for k in range(start, end) if view.words[k] != "-"]
        if start > 0 and view.words[start - 1] == "," and 2 <= len(names) <= 4 and all(w.istitle() for w in names) \
                and not any(k in view.owner for k in range(start, end)) and _titled_body_before(view, start - 1):
            found.append(view.make(start, end, "PERSON", ""))
    return found


def _titled_body_before(view: DocView, comma: int) -> bool:
    """A title and its body end at ``comma``: "<role> of (the) <agency or organization>,"."""
    body = view.owner.get(comma - 1)
    if body is None or body.label_ not in {"AGENCY", "ORG"} or body.end != comma:
        return False
    k = body.start - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    return k >= 1 and view.lower[k] in {"of", "for", "at"} and view.label_at(k - 1) == "ROLE"


def _never_a_person(view: DocView, kept: list[int]) -> bool:
    """A number inside, nothing but acronyms ("KNU", "BGF"), nothing but a title ("the Foreign
    Minister said": a title with no name names nobody), a law's or a notice's name ("the Penal
    Code, the official said", "Red Notices for three fugitives"), a police operation's code
    name ("code-named Operation Grey Heron"), or a unit named with "of" ("the District of Columbia")."""
    doc, words = view.doc, view.words
    return any(doc[k].like_num for k in kept) or all(words[k].isupper() and len(words[k]) > 1 for k in kept) \
        or all(view.label_at(k) == "ROLE" for k in kept) or words[kept[-1]] in _LAW_HEADS \
        or words[kept[0]] == "Operation" and len(kept) >= 2 \
        or words[kept[0]] in _UNITS_OF and len(kept) >= 3 and words[kept[1]] == "of" \
        or all(view.lower[k] in PORTFOLIO_WORDS for k in kept) \
        or _an_operations_name(view, kept[0])  # "the High Commissioner for | Human Rights warned"


#: Nouns of a police operation, and the words that give one its name: "the operation, known as Harbour Light II"
_OPERATIONS = frozenset({"operation", "operations", "sweep", "crackdown", "campaign", "exercise", "initiative"})
_NAMING = (["known", "as"], ["code-named"], ["codenamed"], ["dubbed"], ["named"], ["called"], ["code", "-", "named"])
_NAMING_ENDS = frozenset(naming[-1] for naming in _NAMING)


def _an_operations_name(view: DocView, start: int) -> bool:
    """The run at ``start`` is what an operation named a few words before is called: "The operation,
    known as Harbour Light II, ran ...", "a sweep dubbed Silver Net". (The word right before the run
    must close a naming phrase: tested first, as most runs follow none.)"""
    if start < 2 or view.lower[start - 1] not in _NAMING_ENDS:
        return False
    for naming in _NAMING:
        k = start - len(naming)
        if k > 0 and view.lower[k:start] == naming:
            return not _OPERATIONS.isdisjoint(view.lower[max(0, k - 4):k])
    return False


#: Heads of a unit's name told with "of" ("the District of Columbia", "the Province of Cebu")
_UNITS_OF = frozenset({"District", "Province", "State", "County", "Region", "Prefecture", "Municipality", "City",
                       "Republic", "Kingdom", "Commonwealth", "Territory", "Department", "Ministry", "Bureau", "Office"})
#: Lower-case nouns of the press after an outlet's name ("Lanka Wire reporter")
_PRESS_WORKERS = frozenset({"reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists"})
#: The last words of laws' and notices' names: "the Penal Code", "the Anti-Trafficking Act", "a
#: Red Notice" ("Law" ends people's names too).
_LAW_HEADS = frozenset({"Code", "Act", "Decree", "Ordinance", "Constitution", "Bill", "Statute", "Notice", "Notices"})


def _past_native_script(view: DocView, end: int) -> int:
    """Past a name's rendering in its own script in brackets right after it ("Lee Chen-hao (李振豪)",
    as Taiwanese, Chinese, Japanese and Korean outlets write names): the words that follow
    speak of the person as they would right after the name."""
    k = end
    if k + 2 < len(view.words) and view.words[k] == "(" and view.words[k + 2] == ")" and _native(view.words[k + 1]):
        return k + 3
    return end


def _native(word: str) -> bool:
    """A word written in Chinese, Japanese or Korean script."""
    return bool(word) and all("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word)


#: Nouns of one person an apposition may describe a name by ("X, a suspected trafficker,")
_APPOSED_PEOPLE = frozenset({"trafficker", "recruiter", "broker", "smuggler", "businessman", "businesswoman", "teenager",
                             "student", "survivor", "suspect", "resident", "native", "mother", "father", "graduate",
                             "nurse", "teacher", "engineer", "fugitive", "ringleader", "mastermind"})


#: Nouns after a number that make it a count of people, never an age set off after a name
_PEOPLE_AFTER_AGE = frozenset(gz.people_nouns()) | {"people", "suspects", "victims", "foreigners", "others"}


def _apposition(view: DocView, end: int) -> bool:
    """A comma after the run opens an age or a role: "Kim Seok-ki, 52,", "Kim Seok-ki, a 52-year-old
    Korean", "Chen Zhi, the chairman"."""
    doc, words = view.doc, view.words
    if end >= len(doc) or words[end] != ",":
        return False
    if end + 1 < len(doc) and view.lower[end + 1] in {"and", "or"}:
        return False  # "Foreign Affairs, Foreign Employment, and Tourism Minister": a list goes on, no apposition
    for k in range(end + 1, min(len(doc), end + 8)):
        if view.label_at(k) == "ROLE":
            return True
        if k == end + 1 and doc[k].like_num and (k + 1 >= len(doc) or view.lower[k + 1] not in _PEOPLE_AFTER_AGE) \
                and not _next_ones_age(view, k):
            return True  # (not "In Marlow Bay, 41 suspects were held": a number of people after a place)
        if k == end + 2 and view.lower[end + 1] in {"a", "an"} and doc[k].like_num and "old" in view.lower[k:k + 5]:
            return True  # "Rafiq Ahmed Khan, a 34-year-old Pakistani"
        if view.lower[end + 1] in {"a", "an"} and view.lower[k] in _APPOSED_PEOPLE:
            return True  # "Peter Simiyu, a suspected trafficker,": a person described
        if k == end + 2 and view.lower[end + 1] in {"a", "an"} and _demonym_alone(view, k):
            return True  # "Tomas Brek, a Ghanaian, and ...": a person described by the people he is of
        if words[k] in _CLAUSE_ENDS:
            break
    return False


def _a_certain(view: DocView, prev: int, end: int) -> bool:
    """"a certain" right before a name that a comma, a full stop or a verb in the past closes
    ("a house owned by a certain Ilse Marra.", "a certain Tomas Brek, who ..."): a person the story
    introduces as someone so called. ("one Tomas Brek" stays out: "one" counts things by their
    makers' names as well, ``counted_things``.)"""
    lower = view.lower
    introduced = lower[prev] == "certain" and prev > 0 and lower[prev - 1] in {"a", "one"}
    closed = end < len(lower) and (view.words[end] in {",", ".", ";"} or lower[end].endswith("ed") and lower[end].isalpha())
    return introduced and closed


def _demonym_alone(view: DocView, k: int) -> bool:
    """A people's name at ``k`` that stands as a noun, closing the apposition ("a Ghanaian,", "a
    Sierra Leonean and ...", "a Guinean recruited them"): one of that people, so a person (not "a
    Chinese firm", "a Thai-owned hotel", whose demonym describes a thing)."""
    demonym = view.owner.get(k)
    if demonym is None or demonym.start != k or demonym.label_ != "NORP" or demonym.end >= len(view.words):
        return False
    after = view.words[demonym.end]
    return after in {",", ".", ";", "and", "who"} or after.islower() and after.endswith("ed")


def _next_ones_age(view: DocView, k: int) -> bool:
    """The number at ``k`` is the age of the name after it ("... from Port Elda, 29-year-old Ana
    Brek from ..."): a list of people, each with an age before the name, goes on; the number is
    not the age of the run before the comma."""
    j = k + 1 + (view.words[k + 1:k + 2] == ["-"])
    if view.lower[j:j + 1] != ["year"]:
        return False
    j += 1 + (view.words[j + 1:j + 2] == ["-"])
    return view.lower[j:j + 1] == ["old"] and j + 1 < len(view.words) and view.words[j + 1].istitle() \
        and view.label_at(j + 1) not in {"NORP", "COUNTRY"}


def lone_speakers(view: DocView) -> set[str]:
    """Single capitalized words used as a speaker: "Setiawan told", "said Setiawan" (beside a
    compiled SPEECH match), where no entity owns the word and it is not one of a longer name."""
    words, cap, last, found = view.words, view.cap, len(view.words) - 1, set()
    for verb, _end in view.matches.spans("SPEECH"):
        i = verb - 1
        if i >= 0 and words[i].istitle() and _lone(view, i) and (i == 0 or not cap[i - 1]):
            found.add(words[i])
        i = verb + 1
        if i <= last and view.lower[verb] in _SAYS and words[i].istitle() and _lone(view, i) \
                and (i == last or not cap[i + 1]):
            found.add(words[i])
    return found


def _lone(view: DocView, i: int) -> bool:
    """A word no entity owns and no sentence opener ("The", "But")."""
    return i not in view.owner and view.lower[i] not in STARTERS


def outlets_spoken_to(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """An acronym nobody defined, after "told" or "according to", or before "reported" or
    "reports", is the news outlet spoken to or cited: "told DVB", "according to AFP", "CNA
    reported", "XTV reports with reference to ...", "according to a CNA report" (a person is not
    written in capitals). A place's name written in capitals before "reported" is such an outlet
    too: a region's news agency ("on 14 October, KAREN reported that ..."), since a place itself
    reports nothing (a dateline's capitals end at its dash, no verb after them)."""
    found = []
    initials = _initials(view)
    for start, end in runs:
        word = view.words[start]
        if not (end - start == 1 and 2 <= len(word) <= 5 and word.isalpha() and word.isupper()) \
                or word in view.acronyms or start == 0 or word in initials:
            continue
        reports = end < len(view.lower) and view.lower[end] in _REPORTING or _learned_last(view, end)
        if start in view.owner and not (reports and _place_in_capitals(view, start, end)):
            continue
        told = view.lower[start - 1] in TOLD_TO and (view.lower[start - 1] == "told" or start > 1 and view.lower[start - 2] == "according")
        reported = reports or view.lower[max(0, start - 3):start] == ["according", "to", "a"] and view.lower[end:end + 1] == ["report"]
        if told or reported:  # "..., CNA reported.", "according to a CNA report"
            found.append(view.make(start, end, "ORG", "|media|"))
    return found


def _learned_last(view: DocView, end: int) -> bool:
    """"..., RFA has learned.", "..., KTV learned on Monday.": an outlet closing a sentence with
    what it found out is cited as the source, as with "reported". Only where the sentence ends
    there (or after "on" and a day): a body that learned something goes on to say what ("the NBI
    learned that the men ...")."""
    lower, n = view.lower, len(view.lower)
    k = end + (end < n and lower[end] in {"has", "had"})
    if k + 1 >= n or lower[k] not in {"learned", "learnt"}:
        return False
    return lower[k + 1] == "." or lower[k + 1] == "on" and k + 3 < n and lower[k + 3] == "."


def _initials(view: DocView) -> set[str]:
    """Words a story gives as a person's initials ("a recruit, named only by the initials TQV"):
    "according to RKT" later cites that person, not an outlet."""
    lower = view.lower
    return {view.words[k] for k in range(1, len(lower))
            if view.words[k].isupper() and "initials" in lower[max(0, k - 4):k]} if "initials" in lower else set()


#: The verbs of an outlet telling what it found: "CNA reported", "XTV reports"
_REPORTING = frozenset({"reported", "reports"})


def _place_in_capitals(view: DocView, start: int, end: int) -> bool:
    """The one word at ``start`` is a gazetteer place written in capitals inside a sentence ("SHAN"
    of a story that writes "Shan State"), not at a sentence's start where a dateline stands."""
    place = view.owner[start]
    return place.label_ == "PLACE" and place.start == start and place.end == end and not view.starts[start]


#: Last words of the names of things a writer also defines with initials: permits, schemes, laws,
#: technologies and crimes.
_THINGS_DEFINED = frozenset({"license", "licence", "licenses", "licences", "permit", "permits", "scheme", "program",
                             "programme", "policy", "visa", "card", "act", "law", "code", "decree", "system",
                             "certificate", "regulation", "regulations", "protocol", "treaty", "agreement",
                             # a technology or a crime: "Artificial Intelligence (AI)", "Trafficking in Persons (TIP)"
                             "intelligence", "learning", "reality", "currency", "currencies", "laundering",
                             "trafficking", "persons", "crime", "crimes", "fraud", "exploitation"})


def named_with_acronym(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """A name no rule knew, defined with its own initials in brackets right after it ("Radio Free
    Asia (RFA)", "Global Witness Trust (GWT)"): a writer defines an acronym only for an
    organization's name, so the name is one (and the acronym, later, the same one)."""
    found = []
    for start, end in runs:
        if end - start < 2 or end + 2 >= len(view.words) or view.words[end] != "(" or view.words[end + 2] != ")":
            continue
        if any(view.label_at(k) or view.lower[k] in gz.heads() for k in range(start, end)):
            continue  # a body with a head word, or a name holding a place or demonym, is read elsewhere
        if view.lower[end - 1] in _THINGS_DEFINED:
            continue  # "the Internet Gaming License (IGL) scheme": a permit's name, no body's; nor a technology's
        acronym = view.words[end + 1]
        initials = "".join(w[0] for w in view.words[start:end] if w[:1].isupper())
        if acronym.isalpha() and acronym.isupper() and initials == acronym and len(acronym) == end - start:
            found.append(view.make(start, end, "ORG", ""))
    return found
