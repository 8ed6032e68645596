"""Event words that only seem to tell an act: a scammer's script ("a caller posing as a detective
told him a warrant ..."), the details told of an act, a crime that a charge lays, a ranking that calls
another act a crackdown, a likeness to others' acts, a count of times, a crackdown on dissent or on
no one in particular. Plain tests on a sentence's words, asked by ``kept_acts.py``; apart from it as
they need nothing of the reader but the words."""

from __future__ import annotations

from scamgraph.loaders.numbers import number_words


#: Words that tell a scammer's lie, and verbs of telling it: what is told after them never happened
_LYING = frozenset({"falsely", "posing", "pretending", "impersonating", "impersonators",
                    # (the scammers themselves telling: "the gang phoned a retiree, claiming she was under investigation")
                    "gang", "scammers", "fraudsters", "swindlers", "conmen", "caller", "callers"})
_TELLING = frozenset({"told", "claimed", "said", "informed", "warned", "threatened", "accused", "claiming", "telling"})


def _a_scammers_tale(lower: list[str], i: int, start: int) -> bool:
    """"A caller posing as a detective falsely told the retiree that a warrant for his arrest had
    been issued": the act told after a liar's verb of telling is the scam's script, no act done."""
    before = lower[start:i]
    told = max((k for k, w in enumerate(before) if w in _TELLING), default=-1)
    return told >= 0 and not _LYING.isdisjoint(before[:told + 1])


#: Superlatives that rank a crackdown: "the biggest crackdown", "one of the harshest crackdowns"
_RANKING = frozenset({"biggest", "largest", "harshest", "toughest", "strongest", "severest", "fiercest", "heaviest",
                      "most", "widest", "broadest"})
#: Words before a ranked crackdown that call another act one, rather than tell a crackdown done
_CALLING = frozenset({"marking", "marks", "marked", "is", "are", "was", "were", "of", "as", "called", "becoming", "became"})

#: Nouns of what is told about an act: "released details of the operation", "the results of the raids"
_TOLD_OF = frozenset({"details", "results", "outcome", "outcomes", "findings", "figures", "update", "updates", "summary"})


def _details_told_of(lower: list[str], i: int, start: int) -> bool:
    """"Interpol released details of the operation ... at its general assembly in Glasgow on
    Wednesday": the act is what is told about; the sentence's day and place are the telling's."""
    return i - 3 >= start and lower[i - 2:i] == ["of", "the"] and lower[i - 3] in _TOLD_OF


#: Words that lay crimes on someone before "with", "of" or "for" ("charged X with", "guilty of", "convicted for")
_LAYING_CRIMES = frozenset({"charged", "charging", "charges", "accused", "convicted", "guilty", "indicted", "sentenced",
                            "prosecuted"})
#: Words that make the words before an act word a clause of its own, no list of crimes
_CLAUSE_WORDS = frozenset({"were", "was", "is", "are", "be", "been", "has", "have", "had", "who", "which", "that", "some"})


def _a_crime_charged(lower: list[str], words: list[str], i: int, start: int) -> bool:
    """"charged Yue Tianbo and 13 others with fraud, extortion, intentional injury, kidnapping, and
    drug trafficking": the act word is one of the crimes a charge lays (a list of lower-case words
    after "with", "of" or "for" that follows a word of charging), no happening of its own."""
    k = i - 1
    while k > start and i - k < 14 and (lower[k] in {",", "and", "or"} or words[k].isalpha() and words[k].islower()
                                        and lower[k] not in {"with", "of", "for"} and lower[k] not in _CLAUSE_WORDS):
        k -= 1
    return k > start and lower[k] in {"with", "of", "for"} and (not _LAYING_CRIMES.isdisjoint(lower[max(start, k - 8):k])
                                                                or lower[k + 1:k + 3] in (["crimes", "including"],
                                                                                          ["offences", "including"],
                                                                                          ["offenses", "including"]))
    # ("sentenced ... by the court of X for crimes including homicide, fraud, kidnapping": a crime listed)


def _judged_as(lower: list[str], words: list[str], i: int, start: int) -> bool:
    """"A court jailed 40, marking the biggest crackdown on scam hubs so far", "the sentences are one
    of China's harshest crackdowns": a ranking that calls another act a crackdown, no raid of its own
    (not "It marked the largest operation by Korean authorities to bring back ...": an operation told
    with its purpose is the act itself, here the sending home)."""
    if lower[i] in {"operation", "operations"} and "to" in lower[i + 1:i + 8]:
        return False
    k = next((j for j in range(i - 1, max(start, i - 5) - 1, -1) if lower[j] in _RANKING), None)
    if k is None:
        return False
    j = k - 1
    while j >= start and (lower[j] in {"the", "its", "their", "'s", "’s"} or words[j][:1].isupper()):
        j -= 1
    return j >= start and lower[j] in _CALLING


def _compared_to_others(lower: list[str], i: int, start: int) -> bool:
    """"... in a move that echoes similar sweeps in X last week": acts a verb of likeness
    compares the story's act with are others', told in passing (not "a similar crackdown in November
    resulted in the arrest of 464": an earlier act of the story's own)."""
    lead = lower[max(start, i - 4):i]
    if "similar" not in lead:
        return False
    k = len(lead) - 1 - lead[::-1].index("similar")
    return k >= 1 and lead[k - 1] in _LIKENING


#: Verbs of likeness before "similar"
_LIKENING = frozenset({"echoes", "echoed", "echo", "mirrors", "mirrored", "mirror", "recalls", "recalled", "like",
                       "resembles", "resembled"})

#: How far back "the Nth time ... that" may open the clause of an act told as one of a series
_NTH_REACH = 9
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "latest", "last"})


def _nth_time_that(lower: list[str], i: int, start: int) -> bool:
    """"It was the third time in a year that the state expelled such people": the act word at
    ``i`` in a clause that counts how often such acts happened, no act of its own."""
    for k in range(i - 1, max(start, i - _NTH_REACH) - 1, -1):
        if lower[k] == "that":
            return any(lower[j] in {"time", "times"} and lower[j - 1] in _ORDINALS for j in range(max(start + 1, k - 5), k))
    return False


#: Words that count how often a person met an act before: "jailed four times", "arrested twice"
_HOW_OFTEN = frozenset({"twice", "thrice", "repeatedly"})
#: Counts of times spelled out, and vague ones, before "times"
_TIMES_COUNTED = number_words(2, 10) | {"several", "many", "multiple", "numerous", "countless"}


def _a_record_of_times(lower: list[str], i: int, end: int) -> bool:
    """"Tran Minh, 52, had been jailed three times for theft", "was arrested twice before": an act
    counted in times is a person's record, told to paint them, no act of the story (one arrest
    or charge happens once; "raided three times" is left alone: it is not a record)."""
    after = lower[i + 1:min(end, i + 4)]
    if after[:1] and after[0] in _HOW_OFTEN:
        return True
    return any(w == "times" and k > 0 and (after[k - 1] in _TIMES_COUNTED or after[k - 1].isdigit())
               for k, w in enumerate(after))


#: Whom a crackdown on dissent falls on: no raid on a scam operation
_DISSENT = frozenset({"protest", "protests", "protesters", "protestors", "demonstrators", "demonstrations", "dissent",
                      "dissidents", "opposition", "activists", "journalists", "media", "critics", "students"})


def _on_dissent(lower: list[str], i: int, end: int) -> bool:
    """"a violent crackdown on anti-coup protests": a crackdown on dissent, not on scam operations."""
    if lower[i] not in {"crackdown", "crackdowns"} or i + 1 >= end or lower[i + 1] not in {"on", "against"}:
        return False
    return not _DISSENT.isdisjoint(lower[i + 2:min(end, i + 7)])


#: Verbs of a trend after plural raids: "as crackdowns grow", "as raids intensify"
_GROWING = frozenset({"grow", "grew", "intensify", "intensified", "increase", "increased", "mount", "mounted",
                      "spread", "spreads", "widen", "widened", "continue", "continued", "tighten", "tightened"})


def _despite(lower: list[str], i: int, start: int) -> bool:
    """"compounds keep running despite (repeated) crackdowns": raids told as what failed to
    stop something, in general, are no event of the story."""
    lead = lower[max(start, i - 3):i]
    if lower[i].endswith("s") and lead[-1:] == ["as"] and i + 1 < len(lower) and lower[i + 1] in _GROWING:
        return True  # "crime groups adapt as crackdowns grow": raids in general, a trend
    return "despite" in lead and lower[i].endswith("s")


#: Verbs that rank the act told before among others: "The raid was the third this month"
_RANKING_VERBS = frozenset({"was", "is", "marks", "marked", "became", "becomes"})


def ranked_among_others(lower: list[str], i: int, start: int) -> bool:
    """"The raid was the third in the province this month", "The arrest is the largest this year":
    the sentence opens on the act word (after "the" or "this") and ranks it among others of its
    kind; a time told after it is the span the others fall in, not the act's day."""
    if i != start + 1 or lower[start] not in {"the", "this", "that"}:
        return False
    rank = lower[i + 3:i + 4]
    return lower[i + 1:i + 2] != [] and lower[i + 1] in _RANKING_VERBS and lower[i + 2:i + 3] == ["the"] \
        and bool(rank) and (rank[0] in _ORDINALS or rank[0].endswith("est"))
