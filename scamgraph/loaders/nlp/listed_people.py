"""People named in a list: after a person ("identified as A B, C D and E F"), after a people noun,
a role or a naming verb ("the accused, A B and C D"), or on bulleted or numbered lines after a
colon ("Those arraigned include:\n 1. A B (aka C)\n 2. D E"). News lists people of one kind
together, whoever of them a cue happened to mark."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.ents import Ent
from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS, HOMECOMING_GROUPS, NOT_NAME_WORDS

__all__ = ["LONE_LISTED_KEY", "aside_opening", "listed_people"]

#: Where the doc keeps the starts of the people a list names by one name, which the news reader
#: keeps as persons (a lone name elsewhere is only a known person's name told again)
LONE_LISTED_KEY = "scamgraph_lone_listed"


def listed_people(view: DocView, undecided: list[tuple[int, int]]) -> None:
    """"identified as Orlen Vask Dario, Tomas Verrin and Pell Okander": an undecided run of two to
    four title-case words listed right after a person (by a comma or "and") is a person too. A
    member the gazetteer read as a place ("Shah Alam", a name and a town) does not end the list,
    and is a person too when a listed person follows it as well; anything else ends the list.
    Names listed before a person's full name ("warrants against A B, C D and <full name>") are
    people too: news lists people of one kind together, whoever of them a cue happened to mark."""
    words = view.words
    ends = {k for e in view.ents if e.label_ == "PERSON" for k in _list_goes_on(view, e.end)}
    places = [(e.start, e.end) for e in view.ents if e.label_ == "PLACE"]
    undecided, tails, towns = _without_tails(view, undecided)
    _long_lists(view, undecided, ends)
    introduced = _introduced_lists(view, undecided, tails) + _colon_lists(view, undecided)
    ends.update(introduced)
    for start, end in sorted({*undecided, *places}):
        k = link = _link_before(view, start)
        if k >= 1 and words[k] == "and" and words[k - 1] == ",":
            k -= 1  # the serial comma: "..., and Alif Imran"
        if k < 1 or words[link] not in _LIST_LINKS and link not in introduced and not _next_line(view, link, start) \
                or k not in ends:
            continue
        kept = [w for w in words[start:end] if w != "-"]
        if len(kept) == 1 and tails.get(end, end) == end and _name_words(kept) and start not in view.owner \
                and view.lower[start] not in NOT_NAME_WORDS:
            ends.add(end)  # "A B, Ravi, C D and E F": one listed by a lone name; the list goes on
            if _lone_name_between_people(view, start, end, {s for s, _e in undecided}):
                _add(view, start, end, "PERSON")
                view.doc.user_data.setdefault(LONE_LISTED_KEY, set()).add(start)
                ends.update(_list_goes_on(view, end))
            continue
        if (start, end) in places or not (2 <= len(kept) <= 4 or len(kept) == 1 and tails.get(end, end) > end) \
                or not _name_words(kept) \
                or any(i in view.owner for i in range(start, end)):
            if (start, end) in places and len(kept) >= 2:
                ends.add(end)
            continue
        _add(view, start, end, "PERSON")
        ends.update({tails.get(end, end), *_list_goes_on(view, end)})
        if end in towns and not any(i in view.owner for i in range(end + 1, tails[end])):  # "... of Tiruchy"
            _add(view, end + 1, tails[end], "PLACE")
    spans = {e.start: e.end for e in view.ents if e.label_ == "PERSON" and e.end - e.start >= 2}
    full = set(spans)
    chained = {s for s in full if words[s - 1:s] == ["and"]}  # (a list's last member)
    chained |= {s for s, e in spans.items() if _and_after(words, e) and _next_listed(words, e, full)}
    # (and one the list's "and" follows: "A B, C D, Wen Jiarui and Lio Varga were charged")
    for start, end in sorted(undecided, reverse=True):  # "against A B, C D and <a full name>": the list before one
        kept = [w for w in words[start:end] if w != "-"]
        if _next_listed(words, end, full if _and_after(words, end) else chained) and 2 <= len(kept) <= 4 \
                and _name_words(kept) \
                and not any(i in view.owner or view.lower[i] in gz.people_nouns() for i in range(start, end)):
            _add(view, start, end, "PERSON")  # (not "Suspects Lan, Vuong": a noun opens it)
            full.add(start)
            chained.add(start)
    starts = {e.start for e in view.ents if e.label_ == "PERSON"}
    flanked = [Span(view.doc, s, e, label="PERSON") for s, e in places if e - s >= 2 and s >= 2
               and words[s - 1] == "," and s - 1 in ends and _next_listed(words, e, starts)]
    if flanked:  # "Tanbir Rafi, Shah Alam, Omar Faruque": a town's name between two listed people is a third
        view.replace(flanked)


def _long_lists(view: DocView, undecided: list[tuple[int, int]], ends: set[int]) -> None:
    """Three or more undecided names of two to four title-case words, listed with commas and closed
    by "and" ("named as respondents were the firm's incorporators A B, C D, E F G and H I"): people,
    whatever word introduces them. A body, a place or a firm would have been decided already (its
    head word, the gazetteer), and a list of them holds at least one such name. Examples given
    ("apps like A B, C D and E F", "such as") are things as often as people: not these."""
    runs = sorted(undecided)
    group: list[tuple[int, int]] = []
    towns: list[tuple[int, int]] = []  # the group's members' towns no entity owns
    last = 0  # where the group's last member, and the town it is from, end
    for run in [*runs, (len(view.words) + 1, len(view.words) + 1)]:
        if group and run[0] < last:
            towns.append(run)  # (the town a member is from: "Prahlad Singh from Gopalganj")
            continue
        gap = view.words[last:run[0]] if group else []
        if group and gap in ([","], ["and"], [",", "and"]) and "and" not in _gaps(view, group):
            group.append(run)
            last = _origin_end(view, run[1])
            continue
        closed = len(group) >= 3 and _gaps(view, group)[-1] == "and" \
            and view.lower[group[0][0] - 1] != "like" and view.lower[group[0][0] - 2:group[0][0]] != ["such", "as"]
        # (a one-word name from a town passes among two-word ones: "Sabuj from Joyrampur")
        plain = sum(_plain_name(view, start, end) for start, end in group)
        closed = closed and plain >= 2 and plain * 2 >= len(group)
        # (a lone name among full names, as many full names at least: "A B, Ravi, C D and Joss")
        if closed and all(_plain_name(view, start, end) or _one_name_from_a_town(view, start, end)
                          or _lone_name(view, start, end) for start, end in group):
            for start, end in group:
                _add(view, start, end, "PERSON")
                if end - start == 1:
                    view.doc.user_data.setdefault(LONE_LISTED_KEY, set()).add(start)
                ends.update(_list_goes_on(view, end))
            for start, end in towns:
                _add(view, start, end, "PLACE")
        group, towns = [run], []
        last = _origin_end(view, run[1])


def _lone_name_between_people(view: DocView, start: int, end: int, undecided: set[int]) -> bool:
    """"Dara Voss, Kemal, Ilse Brandt and Joss": a lone name listed right after a person (the
    caller checks that) is a person too where the list goes on past it to another name, or where
    "and" closes it, as papers name a suspect known by one name. A person's full name must open
    the sentence's list: lone words listed alone ("used Telegram, Instagram and Facebook", "the
    residents of A, B and C areas") are apps and towns as often."""
    full, people = _people_before(view, start)
    after = _past_origin(view, end)
    nxt = after + (view.words[after:after + 1] == [","])
    nxt += view.words[nxt:nxt + 1] == ["and"]
    following = view.owner.get(nxt)
    if full and nxt > after and (nxt in undecided and _name_words([view.words[nxt]])
                                 or following is not None and following.start == nxt and following.label_ == "PERSON"):
        return True
    closes = view.words[start - 1] == "and" and view.words[after:after + 1] in ([], ["."], [";"])
    return closes and full >= 1 and people >= 2


def _people_before(view: DocView, start: int) -> tuple[int, int]:
    """How many people with a full name (two words or more), and how many in all, the list that
    ``start`` stands in names before it: back over names, commas, "and", the towns people are
    "from" and aliases, to the first other word."""
    k = start - 1
    while k > 0 and (view.words[k][:1].isupper() or view.lower[k] in _IN_A_LIST or view.words[k].isdigit()
                     or view.words[k] == "." and len(view.words[k - 1]) == 1 and view.words[k - 1].isupper()):
        k -= 1  # (past an initial's full stop: "Ana T. Reyes")
    people = {(e.start, e.end) for j in range(k + 1, start) if (e := view.owner.get(j)) is not None
              and e.label_ == "PERSON" and e.start > k}
    return sum(len([w for w in view.words[a:b] if w != "-"]) >= 2 for a, b in people), len(people)


#: Words that stand between the names of a list of people: "A B from Kenya, C alias D (31), and E"
_IN_A_LIST = ALIAS_WORDS | {",", "and", "from", "(", ")", "-"}


def _lone_name(view: DocView, start: int, end: int) -> bool:
    """One title-case word no entity owns and no common word: a person a list names by one name."""
    return end - start == 1 and view.words[start].istitle() and view.words[start].isalpha() \
        and start not in view.owner and view.lower[start] not in NOT_NAME_WORDS


def _one_name_from_a_town(view: DocView, start: int, end: int) -> bool:
    """One title-case word no entity owns, with the town it is from after it ("Sabuj from
    Joyrampur"): a listed person whom the paper names by one name."""
    return end - start == 1 and view.words[start].istitle() and start not in view.owner \
        and view.lower[start] not in NOT_NAME_WORDS and _origin_end(view, end) > end


def _origin_end(view: DocView, end: int) -> int:
    """Where the town a listed name is from ends ("Tomas Verrin from Lotville, Pell Okander from
    north Merrow and ..."): "from" and up to three words, the last title-case, before a comma,
    "and" or the sentence's end; ``end`` itself when no such town follows. Papers list the
    arrested with their towns."""
    if view.lower[end:end + 1] != ["from"]:
        return end
    for k in range(end + 2, min(end + 5, len(view.words)) + 1):
        if view.words[k:k + 1] in ([","], ["and"], ["."], [";"]) and view.words[k - 1].istitle():
            return k if all(w.isalpha() for w in view.words[end + 1:k]) else end
    return end


def _gaps(view: DocView, group: list[tuple[int, int]]) -> list[str]:
    """The last word of each gap between a group's members ("," or "and")."""
    return [view.words[b[0] - 1] for a, b in pairwise(group)] or [""]


def _plain_name(view: DocView, start: int, end: int) -> bool:
    """Two to four title-case words no entity owns, none a body's head, a place's kind or a word of
    geography: a person's name as a list gives it."""
    kept = [k for k in range(start, end) if view.words[k] != "-"]
    return 2 <= len(kept) <= 4 and _name_words([view.words[k] for k in kept]) and not any(
        k in view.owner or view.lower[k] in gz.heads() or view.lower[k] in gz.place_kinds()
        or view.lower[k] in NOT_NAME_WORDS for k in kept)


#: What stands between a list's members, or between a list and what introduces it
_LIST_LINKS = frozenset({",", "and", "as", "are", "were", ":"})
#: What may open a list after what introduces it: "two agents, A B and C D", "two agents – A B and C D"
_INTRODUCING = (_LIST_LINKS - {"and"}) | {"–", "—"}
#: Verbs that introduce names: "identified as", "named as"
_NAMING_VERBS = frozenset({"identified", "named"})


def _colon_lists(view: DocView, undecided: list[tuple[int, int]]) -> list[int]:
    """The colons that open a list of people on lines of their own: "Those arraigned include:",
    "The suspects are:" (a people noun, or "those" and a participle, before the verb)."""
    found = []
    for start, _end in undecided:
        link = _link_before(view, start)
        if link < 2 or view.words[link] != ":" or view.lower[link - 1] not in _LISTING_VERBS:
            continue
        before = view.lower[max(0, link - 5):link - 1]
        if "those" in before or any(w in gz.people_nouns() or w in HOMECOMING_GROUPS for w in before):
            found.append(link)
    return found


#: Verbs before a colon that list people: "Those arraigned include:", "The suspects are:"
_LISTING_VERBS = frozenset({"include", "includes", "included", "are", "were"})


def _introduced_lists(view: DocView, undecided: list[tuple[int, int]], tails: dict[int, int]) -> list[int]:
    """The links (a colon, a comma, "as", or a people noun itself) that open lists of two or more
    undecided runs which a people noun, a role or a naming verb introduces ("the victims are A B, C D",
    "the two suspects, A B and C D,", "the accused, A B and C D", "foreign nationals A B and C D",
    "identified as A B and C D")."""
    runs = sorted(undecided)
    found = []
    for (start, end), (after, _) in pairwise(runs):
        tail = tails.get(end, end)
        if view.words[tail:tail + 1] == ["("] and view.words[tail + 1:tail + 2] and view.words[tail + 1].isdigit() \
                and view.words[tail + 2:tail + 3] == [")"]:
            tail += 3  # "four agents, Ravindran Pillai (41), Suresh Kottayil (33) and ...": past an age
        gap = view.words[tail:after]
        link = _link_before(view, start)
        before = view.lower[max(0, link - 3):link]
        noun = view.lower[link] in gz.people_nouns()  # "foreign nationals A B and C D": the noun itself introduces
        if not gap or any(w not in {",", "and"} for w in gap) or link < 1 \
                or view.words[link] not in _INTRODUCING and not noun:
            continue
        roles = any(view.label_at(j) == "ROLE" for j in range(max(0, link - 3), link))  # "the accused, A B and C D"
        if noun or any(w in _NAMING_VERBS for w in before) or view.lower[link] != "as" \
                and (roles or _counted_people(view, link)
                     or any(w in gz.people_nouns() or w in HOMECOMING_GROUPS for w in before)):
            found.append(link)
    return found


def _counted_people(view: DocView, link: int) -> bool:
    """A people counted right before the comma that opens the list: "Four Laotians, A B, C D and
    E F, were held", "two Chinese, A B and C D". The count makes the demonym a group of persons,
    whom the list then names (a demonym alone, "the Laotian, ...", is no such group)."""
    return link >= 2 and view.words[link] == "," and view.label_at(link - 1) == "NORP" \
        and view.doc[link - 2].like_num and view.label_at(link - 2) != "NORP"


#: Marks that open an item of a bulleted list: "include:" then a line "- Omar Faruk, Alif Imran, ..."
_BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})


def _without_tails(view: DocView, undecided: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, int], set[int]]:
    """What follows a listed name and is no member of the list: the town a person is "of", as
    papers list the arrested ("K Selvi of Karur, P Durai of Vellore and ..."), and an alias
    ("Nikhil Rana alias Chotu, Arun Bhatt alias Bablu"), whose owner a list may give by one name
    ("Ravi alias Chotu"): the nickname marks a person. Returns the runs with towns cut off and
    aliases left out, where each name's tail ends (by where the name ends), and the names whose
    tail is a town. (One word after "of" only: "of Acme Corp" is no town.)"""
    runs, tails, towns = [], {}, set()
    starts = {start: end for start, end in undecided}
    for start, end in undecided:
        name_end = cut = end - 2
        if cut - start >= 2 and view.lower[cut] == "of" and view.words[end - 1].istitle() \
                and _name_words([w for w in view.words[start:cut] if w != "-"]):
            tails[cut] = end
            towns.add(cut)
        elif start >= 1 and view.lower[start - 1] in ALIAS_WORDS:
            continue  # an alias: no member
        else:
            name_end = end
        runs.append((start, name_end))
        tail = end
        while view.lower[tail:tail + 1] and view.lower[tail] in ALIAS_WORDS and tail + 1 in starts:
            tail = tails[name_end] = starts[tail + 1]  # ("Pran Lal alias Bablu alias Pintu": each other name)
    return runs, tails, towns


def _link_before(view: DocView, start: int) -> int:
    """The token that links a run to what precedes it: the one right before it, or, when the run
    opens a bulleted or numbered line ("include:\n- Omar Faruk", "include:\n 1. Omar Faruk"), the
    last token before the line break, past an alias in brackets that ends the line before ("2. Ali
    Khan (aka Boss Ali)\n 3. ...": the listed person's own name ends at the bracket)."""
    k = start - 1 - _line_mark(view, start)
    if k > 0 and "\n" in view.words[k] and not view.words[k].strip():
        if view.words[k - 1] in _LIST_LINKS:
            return k - 1  # a break between lines, as its own token, sits right before a bulleted line
        if view.words[k - 1] == ")":  # the line before ends in an alias: the name ends at its bracket
            opening = next((j for j in range(k - 2, max(0, k - 9), -1) if view.words[j] == "("), None)
            return opening if opening is not None and view.lower[opening + 1] in ALIAS_WORDS else k
        return k  # the break itself links one listed line to the next
    return start - 1


def _line_mark(view: DocView, start: int) -> int:
    """How many tokens before ``start`` open a list's line: a bullet (1), "1." or "1)" (2), or none (0)."""
    k = start - 1
    if k > 0 and view.words[k] in _BULLETS:
        return 1
    if k > 1 and view.words[k] in {".", ")"} and view.words[k - 1].isdigit() and len(view.words[k - 1]) <= 2:
        return 2
    return 0


def _next_line(view: DocView, link: int, start: int) -> bool:
    """The run opens a numbered or bulleted line right after the line (or its alias) at ``link``."""
    mark = _line_mark(view, start)
    return mark == 1 or mark == 2 and (not view.words[link].strip() or view.words[link] == "(")


def _next_listed(words: list[str], end: int, starts: set[int]) -> bool:
    """A listed person follows ``end`` after a comma, "and" or both: "Shah Alam, and Akash Ali"."""
    k = end + (words[end:end + 1] == [","])
    k += words[k:k + 1] == ["and"]
    return k > end and k in starts


def _add(view: DocView, start: int, end: int, label: str) -> None:
    """A new entity the view owns from now on."""
    span = Ent(view.doc, start, end, label=label)
    view.ents.append(span)
    view.owner.update({i: span for i in range(start, end)})


def _list_goes_on(view: DocView, end: int) -> set[int]:
    """Where a list may go on after a listed name ending at ``end``: right there, past an aside in
    brackets, or past the place the person is from."""
    return {end, _past_aside(view.words, end), _past_origin(view, end), _past_alias_and_town(view, end)}


def _past_alias_and_town(view: DocView, end: int) -> int:
    """Past an alias and the town a listed person is "of", where the list goes on ("Rakesh Bhonsle
    alias Raju, Imran Sheikh, Deepak Walia alias Dinu of Akola, and ..."); ``end`` itself when
    neither follows."""
    k, stop = end, len(view.words)
    while k + 1 < stop and view.lower[k] in ALIAS_WORDS and view.words[k + 1][:1].isupper():
        k += 1  # (each of its other names: "Pran Lal alias Bablu alias Pintu")
        aliased = k
        while k < min(stop, aliased + 3) and view.words[k][:1].isupper():
            k += 1
    if k + 1 < stop and view.lower[k] == "of" and view.words[k + 1].istitle() \
            and (k + 2 >= stop or not view.words[k + 2][:1].isupper()):
        k += 2  # (one word: "of Acme Corp" is no town)
    return k


def aside_opening(words: list[str], close: int, floor: int) -> int | None:
    """The "(" of a short aside in brackets whose ")" is at ``close`` (no further back than
    ``floor``), as ``_past_aside`` finds it from the other end; None when there is none."""
    return next((j for j in range(close - 1, max(floor, close - 8), -1) if words[j] == "("), None)


def _past_aside(words: list[str], end: int) -> int:
    """Past a short aside in brackets right after a listed name, where the list goes on: an alias,
    a nickname or an age ("Kwame Osei (aka Big K), Yaw Mensah (aka Papa), and ...",
    "Nguyen Van Hai (32), Tran Minh (28) and ..."); ``end`` itself when none follows."""
    if words[end:end + 1] == ["("]:
        close = next((j for j in range(end + 2, min(end + 8, len(words))) if words[j] == ")"), None)
        if close is not None and "(" not in words[end + 1:close]:
            return close + 1
    return end


def _past_origin(view: DocView, end: int) -> int:
    """Past "from" and the place a listed person comes from, where the list goes on ("Peter Okoro
    from Kenya, Musa Bello from Kampala and ..."); ``end`` itself when none follows."""
    place = view.owner.get(end + 1) if view.lower[end:end + 1] == ["from"] else None
    if place is not None and place.label_ in {"PLACE", "COUNTRY"} and place.start == end + 1:
        return place.end
    return _origin_end(view, end)


def _and_after(words: list[str], end: int) -> bool:
    """"and" follows ``end``, after a comma or not. A name before a comma and a person, with no
    "and" to close a list after them, is that person's title or posting, not a list member:
    "the US Attorney for the Eastern District of Texas, Mara Delacroix"."""
    return words[end:end + 1] == ["and"] or words[end:end + 2] == [",", "and"]


def _name_words(words: list[str]) -> bool:
    """A listed name's words: title-case, its first perhaps an initial or two in capitals ("SK Arman",
    "MD Rashid"), as South Asian names are often written."""
    first = words[0]
    return all(w.istitle() for w in words[1:]) and (first.istitle() or first.isalpha() and first.isupper() and len(first) <= 2)
