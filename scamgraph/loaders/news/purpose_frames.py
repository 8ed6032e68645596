"""An act named in an infinitive that only states a purpose: "how to rescue them" (a question of
means) and "the aim is to bring them home", "their mission was to free the workers" (a purpose
noun and a copula), and "officials are working with the police to bring them home", "they were
coordinating with the embassy to repatriate 30", "are working with the Lao side to find the
recruiters and bring the men home" (the aim of an effort told in the progressive, still going on when the
story was told, its second verb too; the past "had worked with ... to rescue" tells a done act and is
read by ``done_together``), and a colon after such a copula ("the goal is simple: free them").
No such frame tells that the act happened; where it did, the story says
so in words of its own. The same holds of a purpose told by "for" with a list of bare nouns: "kept
at a camp for screening and deportation" names what the keeping is for, as "for deportation" does.
English grammar, closed classes of purpose nouns and effort verbs."""

from __future__ import annotations

from scamgraph.loaders.news.demands import HELP_ASKED

#: Nouns that name a purpose when they are the subject of "is/was to ..."
_PURPOSES = frozenset({"aim", "aims", "goal", "goals", "mission", "missions", "priority", "priorities", "task",
                       "tasks", "objective", "objectives", "purpose", "intention", "intent", "plan", "plans",
                       "job", "duty", "focus", "target"})
#: Nouns of means or plans whose infinitive right after them names what they are for ("strategies to
#: rescue them", "measures to repatriate"), not an act done
_MEANS = frozenset({"strategy", "strategies", "ways", "means", "measures", "steps", "options", "efforts", "effort",
                    "attempt", "attempts", "bid"})  # (not "plans to deport": a planned act, named as "will deport" is)
#: Copulas that join such a noun to its infinitive
_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "be"})
#: How far before the copula the purpose noun may stand ("our first priority is")
_NOUN_SPAN = 3
#: Verbs of an effort, in the "-ing" form, whose infinitive names what the effort is for (not
#: "preparing to deport": a plan names the act itself, as "will deport" does)
_EFFORTS = frozenset({"working", "coordinating", "co-ordinating", "cooperating", "co-operating", "collaborating",
                      "liaising", "partnering", "trying", "seeking", "striving", "endeavouring", "endeavoring",
                      "struggling", "scrambling", "racing", "pushing", "pressing",
                      "leading", "engaging", "negotiating", "communicating"})
#: Forms of "be" that make such a verb progressive ("are working", "were coordinating", "has been trying")
_PROGRESSIVE = frozenset({"is", "are", "am", "was", "were", "be", "been", "'re", "'s"})
#: Adverbs that may stand between them ("are still working", "were closely coordinating")
_BETWEEN = frozenset({"still", "now", "actively", "closely", "currently", "also", "urgently", "already", "not",
                      "continuously", "jointly", "busy", "hard"})
#: How far before the infinitive's "to" the effort verb may be told ("working with the Lao police to")
_EFFORT_REACH = 12
#: Words that close the phrase between the effort verb and the infinitive: another clause
_CLAUSE_ENDS = frozenset({";", ":", "that", "who", "which", "while", "but", "after", "when", "and", "said"})
#: How many words the first verb's object may hold before "and" and a second verb of the infinitive
_OBJECT_SPAN = 6
#: How many bare words the first noun after "for" may hold ("for medical screening and")
_FOR_SPAN = 3
#: Words that make the phrase after "for" no bare purpose: "for the arrest and the deportation of" is an act named
_NOT_BARE = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "this", "that", "these", "those", "them"})
#: Plain forms that end in "-ing" ("to trace them and bring them home")
_BASE_ING = frozenset({"bring", "sing", "ring", "spring", "swing", "sting", "fling", "cling", "wring", "string"})


#: Words of thanks before it: "thanked the army for help rescuing them" tells help given, the act done
_GRATITUDE = frozenset({"thanked", "thanks", "thank", "thanking", "praised", "credited", "commended", "grateful", "lauded"})


def _help_sought(lower: list[str], i: int, start: int) -> bool:
    """"asked Lao police for help (in) finding and rescuing the two victims", "appealed for help
    rescuing 12 Nepalis": the act in "-ing" after help asked for is what the help is for, not done."""
    if not lower[i].endswith("ing"):
        return False
    k = i - 1
    if k > start and lower[k] == "and":  # ("for help finding (the men) and rescuing them": the first act's object)
        k = next((j for j in range(k - 1, max(start, k - 1 - _OBJECT_SPAN), -1) if lower[j].endswith("ing")), start) - 1
    if k > start and lower[k] in {"in", "with"}:
        k -= 1
    return k - 1 >= start and lower[k] in HELP_ASKED and lower[k - 1] == "for" and _GRATITUDE.isdisjoint(lower[start:k - 1])


def purpose_only(lower: list[str], i: int, start: int) -> bool:
    """Whether the act word at ``i`` (sentence from ``start``) is the verb of an infinitive of mere
    purpose, alone or coordinated after another verb ("to trace and bring them home")."""
    if i - 2 >= start and lower[i - 1] == "help" and lower[i - 2] == "to":
        return True  # "travelled to Mae Sot to help repatriate 41 Ethiopians": what the trip is for ("helped
        # repatriate" tells it done)
    if _help_sought(lower, i, start):
        return True
    if _aim_after_colon(lower, i, start):
        return True
    to = _infinitive_to(lower, i, start)
    if to is None or to - 1 < start:
        return False
    if lower[to - 1] == "how" or lower[to - 1] in _MEANS or _aim_of_ongoing_effort(lower, to, start):
        return True  # ("will discuss strategies to rescue residents": the means sought, no act told)
    if lower[to - 1] not in _COPULAS:
        return False
    return bool(_PURPOSES & set(lower[max(start, to - 1 - _NOUN_SPAN):to - 1]))


def _infinitive_to(lower: list[str], i: int, start: int) -> int | None:
    """The "to" of the infinitive whose verb is at ``i``: right before it, or before a first verb
    and "and" ("to intervene and rescue"), or an adverb ("to quickly repatriate")."""
    if i - 1 >= start and lower[i - 1] == "to":
        return i - 1
    if i - 2 >= start and lower[i - 2] == "to" and lower[i - 1].endswith("ly") and lower[i - 1].isalpha():
        return i - 2
    if i - 3 >= start and lower[i - 1] == "and" and lower[i - 3] == "to":
        return i - 3
    if i - 1 > start and lower[i - 1] == "and" and _base_form(lower[i]):
        # "to find the recruiters and bring the men home": the second verb of the infinitive,
        # past the first one's object (no clause or list of acts between)
        for k in range(i - 2, max(start, i - 2 - _OBJECT_SPAN) - 1, -1):
            if lower[k] == "to" and k + 1 < i - 1 and lower[k + 1].isalpha() and not lower[k + 1].endswith("ed"):
                return k
            if not lower[k].replace("’", "").replace("'", "").replace("-", "").isalpha() or lower[k] in _CLAUSE_ENDS:
                return None
    return None


def _aim_after_colon(lower: list[str], i: int, start: int) -> bool:
    """The plain verb at ``i`` stands in the clause after a colon that a purpose noun and its copula
    open: "Their task is plain: find the brokers and free the workers" (the aim spelt out, no act
    told as done). Only plain forms, in that clause, with no other clause opened between."""
    if not _base_form(lower[i]):
        return False
    for k in range(i - 1, start, -1):
        if lower[k] == ":":
            head = lower[max(start, k - 1 - _NOUN_SPAN):k]
            return any(w in _COPULAS for w in head) and bool(_PURPOSES & set(head))
        if lower[k] in _CLAUSE_ENDS and lower[k] != "and" or lower[k] in {".", "said", "says"}:
            return False
    return False


def _base_form(word: str) -> bool:
    """A verb's plain form, as an infinitive has it: not "repatriated", "rescuing" nor "returns"."""
    return not (word.endswith("ed") or word.endswith("s") or word.endswith("ing") and word not in _BASE_ING)


def _aim_of_ongoing_effort(lower: list[str], to: int, start: int) -> bool:
    """The "to" at ``to`` opens the infinitive of a progressive verb of effort told before it with
    no other clause between ("are working with the embassy and police to"; commas of a list of
    partners may stand between)."""
    for k in range(to - 1, max(start, to - _EFFORT_REACH) - 1, -1):
        word = lower[k]
        if word in _EFFORTS:
            j = k - 1
            while j >= start and lower[j] in _BETWEEN:
                j -= 1
            return j >= start and lower[j] in _PROGRESSIVE
        if word in _CLAUSE_ENDS and not (word == "and" and k + 1 < to and lower[k + 1] not in _PROGRESSIVE
                                         and not lower[k + 1].endswith("ed")):
            return False
    return False


def second_purpose_noun(lower: list[str], i: int, start: int) -> bool:
    """Whether the act noun at ``i`` is the second of two bare nouns after a "for" of purpose ("kept
    at a camp for screening and deportation"), as a lone noun right after "for" is (asides._aim)."""
    if i - 2 < start or lower[i - 1] != "and":
        return False
    for k in range(i - 2, max(start, i - 2 - _FOR_SPAN) - 1, -1):
        if lower[k] == "for":
            return k < i - 2
        if not lower[k].replace("-", "").isalpha() or lower[k] in _NOT_BARE or lower[k] in _CLAUSE_ENDS:
            return False
    return False
