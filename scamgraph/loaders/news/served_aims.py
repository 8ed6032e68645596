"""An act named as what a step is taken for: "sent a team to assist in the repatriation of 40
workers", "is working to secure their release", "to facilitate the return of the group". The
infinitive of purpose tells what someone means to bring about, not that it happened; where the act
did happen, the story tells it again in words of its own ("were flown home on Monday"). A modal
before the serving verb says the same of what a thing might do: "the list might help speed the
repatriation of 20 others", "talks could secure the release of the crew" (a possibility, no act).
Shared by the event words (asides.py)."""

from __future__ import annotations

from scamgraph.loaders.news.demands import ASKING_OTHERS

#: Verbs whose object an act serves, not an act told as done (after "to"): "to facilitate", "to help"
SERVING = frozenset({"facilitate", "assist", "aid", "support", "serve", "help", "enable", "allow", "expedite",
                     "ensure", "secure", "arrange", "coordinate", "oversee", "process", "speed",
                     "accelerate", "hasten"})
#: Verbs of talking about acts (after "to"): what is talked of is no act of that day, whatever was done
#: to talk of it ("gathered on Friday to review recent raids")
_TALKING = frozenset({"discuss", "promote", "review", "plan", "strengthen", "boost"})
#: Words that may stand between the serving verb and the act: "in the safe and swift", "up the", "with their"
_BETWEEN = frozenset({"in", "with", "on", "up", "the", "their", "his", "her", "its", "a", "an", "safe", "safest",
                      "swift", "swifter", "swiftest", "speedy", "speedier", "immediate", "timely", "prompt", "early",
                      "smooth", "orderly", "eventual", "possible", "and", "quick", "quicker", "urgent", "dignified",
                      "ongoing", "recent", "joint", "further", "law", "enforcement", "cross-border"})
#: Quotation marks, which an outlet may put around the words of manner: "to ensure 'safe and timely' return"
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
#: Auxiliaries: a participle after one tells no act done by the subject ("has deployed a team to ...")
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "be", "been", "being"})
#: Words that give a day to the act named: "to ensure the repatriation of the group on Monday" sets it for a day
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
                   "tonight", "january", "february", "march", "april", "june", "july", "august", "september",
                   "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."})
#: How far after the act its day may be told
_DAY_SPAN = 12
#: How many such words may stand between
_SPAN = 5
#: Modals that make a serving verb a mere possibility, and the "help" that may stand between ("may help ensure")
_MODALS = frozenset({"may", "might", "could", "would", "can", "should"})
_HELPING = frozenset({"help", "helps"})


def served_aim(lower: list[str], i: int, start: int, end: int, acts: frozenset[str] = frozenset()) -> bool:
    """Whether the event word at ``i`` is the object of "to" + a serving verb, past only articles,
    possessives, "in"/"with", adjectives of manner and other ``acts`` it is coordinated with ("to
    ensure the safe return of", "to facilitate the rescue and repatriation of"), when the act is given
    no day of its own in its clause (a day makes it an act set for then, which the guidelines keep)."""
    k, quoted = i - 1, 0
    while k > start and i - k - quoted <= _SPAN and (lower[k] in _BETWEEN or lower[k] in acts or lower[k] in _QUOTES):
        quoted += lower[k] in _QUOTES  # (marks around the words between take no room: "to ensure 'safe' return")
        k -= 1
    if k <= start or lower[k] not in SERVING | _TALKING or _given_a_day(lower, i, end):
        return False
    if lower[k - 1] == "to":
        return lower[k] in _TALKING or not _done_for(lower, start, k - 1)
    return only_possible(lower, k, start)


def only_possible(lower: list[str], k: int, start: int) -> bool:
    """The serving verb at ``k`` follows a modal, directly or past "help": "may facilitate", "could
    help secure" ("will" is left out: "will facilitate the return on Friday" may be a plan told).
    Also read by releases.py ("could secure the release of 12": no release won)."""
    m = k - 1
    if m > start and lower[m] in _HELPING and lower[k] not in _HELPING:
        m -= 1
    return m >= start and lower[m] in _MODALS


def _given_a_day(lower: list[str], i: int, end: int) -> bool:
    """A day or month named after the act before its clause ends at a comma or a semicolon."""
    for k in range(i + 1, min(end, i + _DAY_SPAN)):
        if lower[k] in {",", ";"}:
            return False
        if lower[k] in _DAYS:
            return True
    return False


def _done_for(lower: list[str], start: int, to: int) -> bool:
    """"Embassies worked with the police to secure the release of 20": a verb in the simple past
    before the aim tells the step taken and, in news, the aim reached; "has sent a team to ...",
    "are working to ...", "will help to ..." do not. The verb nearest the aim is the step's: "arrived
    and were handed to the police to assist in the investigation" tells people handed over, and the
    aim is the police's, not a step the story tells taken."""
    nearest = next((k for k in range(to - 1, start, -1) if lower[k].endswith("ed") and len(lower[k]) > 4
                    and lower[k - 1] != "to"), None)  # (not "to speed up", "to proceed": a base form)
    # ("instructed the agencies to accelerate the repatriation of": a task set for others, not a step taken)
    return nearest is not None and lower[nearest - 1] not in _AUXILIARIES and lower[nearest] not in ASKING_OTHERS
