"""The words around a capitalized run that say it is a person.

A run with no head word ("Ministry", "Group", "compound") is only a name when its context says
so: an honorific or a title before it ("Mr", "Police Colonel"), a verb of speech or of
prosecution around it ("said", "arrested"), a family name from the gazetteer at its front, or an
apposition with an age or a role ("Kim Seok-ki, 52,"). A run with none of these stays unnamed:
precision first. The words that make a run a company or another organization ("the payment
firm") are read in ``org_cues``; a title run into a name ("Prince Group Chairman | Chen Zhi") in
``titled_names``.
"""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView, name_cased
from scamgraph.loaders.nlp.forenames import PORTFOLIO_WORDS
from scamgraph.loaders.nlp.run_heads import experts_seat
from scamgraph.loaders.nlp.titled_names import titled
from scamgraph.loaders.nlp.vocabulary import (
    AFTER_PERSON,
    APPOSED_PEOPLE,
    BEFORE_PERSON,
    HONORIFICS,
    NOT_NAME_WORDS,
    STARTERS,
)

__all__ = ["apposition_after", "kin_named", "lone_speakers", "person_cues", "strong_person_cue"]

_CLAUSE_ENDS = frozenset({",", ".", ";"})
_SAYS = frozenset({"said", "says"})


def strong_person_cue(view: DocView, start: int) -> bool:
    """A cue strong enough to read a run holding a city's name as a person ("arrested Rodel Santos")."""
    prev = start - 1
    return start > 0 and (view.lower[prev] in HONORIFICS or view.lower[prev] in BEFORE_PERSON
                          or view.label_at(prev) == "ROLE" or titled(view, start))


def of_an_experts_seat(view: DocView, end: int) -> bool:
    """"of" and a university's or an institute's name follow the run ending at ``end``."""
    return view.lower[end:end + 1] == ["of"] \
        and experts_seat(view, end + 2 if view.lower[end + 1:end + 2] == ["the"] else end + 1)


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
    if _age_in_brackets(words, end) and 2 <= len(kept) <= 4 and all(words[k].istitle() for k in kept):
        return True  # "Arun Velmurugan (22) from Madurai": a person's age, as South Asian papers give it
    end = _past_native_script(view, end)
    if end < len(view.doc) and lower[end] in AFTER_PERSON:
        return True
    if lower[end:end + 1] in (["'s"], ["’s"]) and lower[end + 1:end + 2] and lower[end + 1] in _POSSESSED_ACTS \
            and lower[end + 2:end + 3] != ["of"]:
        return True  # "leading to Dario Venn's arrest": the act done to him ("X's arrest of Y" names the doer)
    if _last_of_people_held(view, start, end) and len(kept) <= 4 and all(words[k].istitle() for k in kept):
        return True  # "Jomo Waweru and | Kalima Obi | were arrested": people held, listed as the subject
    if lower[end:end + 2] == [",", "who"] and all(words[k].istitle() for k in kept):
        return True  # "... was Tadeo Vurlana, who had posed as a recruiter": "who" tells a person
    if len(kept) <= 4 and lower[end:end + 1] == [","] and _another_name_after(view, end + 1) \
            and all(words[k].istitle() for k in kept):
        return True  # "Tadeo Vurlana, identified in court papers as Lin Sa,": a person given another name
    if len(kept) >= 2 and all(name_cased(words[k]) or words[k][-1:] == "." for k in kept) and of_an_experts_seat(view, end):
        return True  # "John Reyes of Mahidol University", "... of the Lowy Institute": an expert and where they work
    return apposition_after(view, end)


#: Participles of holding a person that only people undergo (not "charged" or "sanctioned", said of firms too)
_HELD = frozenset({"arrested", "detained", "jailed", "extradited", "deported", "remanded", "apprehended", "nabbed"})


def _last_of_people_held(view: DocView, start: int, end: int) -> bool:
    """The run is the last of two names joined by "and" that "were" and a participle of holding
    follow ("Jomo Waweru and | Kalima Obi | were arrested"): the subject is people, whichever name
    a cue marks; the list reader then takes the names before it (``listed_people``)."""
    return start >= 2 and view.lower[start - 1] == "and" and view.words[start - 2].istitle() \
        and view.lower[end:end + 1] == ["were"] and view.lower[end + 1:end + 2] != [] and view.lower[end + 1] in _HELD


def _age_in_brackets(words: list[str], end: int) -> bool:
    """A two-digit number alone in brackets right after the run: "Arun Velmurugan (22)". Papers
    give a person's age so; a count after a place ("Tak (12)") follows a name the gazetteer holds,
    and a year has four digits."""
    return words[end:end + 1] == ["("] and words[end + 2:end + 3] == [")"] \
        and len(words[end + 1]) == 2 and words[end + 1].isdigit()


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
                             "nurse", "teacher", "engineer", "fugitive", "ringleader", "mastermind",
                             "member"})  # ("X, a member of the Y Council,")


#: Nouns of one person a demonym before them makes one of a people ("a Ghanaian national", "a Thai woman")
_ONE_OF_A_PEOPLE = frozenset({"national", "citizen", "man", "woman", "passport-holder", "expatriate", "migrant"})


#: Nouns after a number that make it a count of people, never an age set off after a name
_PEOPLE_AFTER_AGE = frozenset(gz.people_nouns()) | {"people", "suspects", "victims", "foreigners", "others"}


def apposition_after(view: DocView, end: int) -> bool:
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
        if k == end + 2 and view.lower[end + 1] in {"then", "now"} and doc[k].like_num \
                and (k + 1 >= len(doc) or view.lower[k + 1] not in _PEOPLE_AFTER_AGE):
            return True  # "Ardi Pranoto, then 26 and working in a shop,", "X, now 31,": an age at a time told
        if k == end + 2 and view.lower[end + 1] in {"a", "an"} and doc[k].like_num and "old" in view.lower[k:k + 5]:
            return True  # "Rafiq Ahmed Khan, a 34-year-old Pakistani"
        if view.lower[end + 1] in {"a", "an"} and view.lower[k] in _APPOSED_PEOPLE:
            return True  # "Peter Simiyu, a suspected trafficker,": a person described
        if k == end + 2 and view.lower[end + 1] in {"a", "an"} and _demonym_alone(view, k):
            return True  # "Tomas Brek, a Ghanaian, and ...": a person described by the people he is of
        if view.lower[end + 1] in {"a", "an"} and view.lower[k] in _ONE_OF_A_PEOPLE and view.label_at(k - 1) == "NORP":
            return True  # "Tomas Brek, a Ghanaian national,", "..., a British citizen,": one of a people
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


