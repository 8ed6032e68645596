"""A word of letters only is never split: the tokenizer need not run its affix patterns on it.

spaCy's tokenizer runs its prefix, suffix, infix and URL patterns on every whitespace-delimited
chunk it has not cached (each an alternation of some eighty pieces; the suffix and infix ones
are tried at every position of the chunk: some ten thousand instructions a call). Every piece
of those patterns needs a character that is not a letter (a mark, a dot, a digit before a unit,
an apostrophe, a currency or other symbol), so none can match in a chunk of letters only
(``str.isalpha``), which is most of them, nor in a number of ASCII digits ("2024", "1,500", "2.5"). The wrappers answer "no
match" for such a chunk and ask the pattern otherwise (the suffix one from the first character
after a run of letters): the tokens are the same. ``tests/unit/test_nlp_affixes.py`` checks
the pipeline's own patterns against every letter of Unicode and every word of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial
from re import Match
from typing import Any

from spacy.attrs import ORTH
from spacy.language import BaseDefaults
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

__all__ = ["skipping_letter_words"]

_NO_MATCHES: tuple[Match[str], ...] = ()


def skipping_letter_words(vocab: Vocab, defaults: type[BaseDefaults], special_cases: dict[str, list[dict[str, Any]]],
                          infix_finditer: Callable[[str], Iterable[Match[str]]], dropped: Iterable[str] = ()) -> Tokenizer:
    """A tokenizer with the language's ``defaults`` (special cases, prefix, suffix and URL patterns), more
    special cases, less the ``dropped`` ones, and another infix pattern, whose patterns are skipped on
    words of letters only. It is the pipeline's only tokenizer, built in one go: building the
    language's own first and replacing it loaded a thousand special cases twice and compiled an
    infix pattern never used (a fifth of ``scamgraph extract``'s start-up on a slow host); spaCy's
    own ``Tokenizer`` keeps the special cases, caches and matcher as before."""
    prefix_search = compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None
    suffix_search = compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
    rules = {text: cases for text, cases in {**defaults.tokenizer_exceptions, **special_cases}.items()
             if text not in set(dropped)}
    return Tokenizer(
        vocab,
        rules=_needed_cases(rules, prefix_search),  # (the tokenizer loads them in sorted order)
        prefix_search=_none_for_letters(prefix_search) if prefix_search is not None else None,
        suffix_search=_like(partial(_suffix_after_letters, suffix_search), suffix_search)
        if suffix_search is not None else None,
        infix_finditer=_nothing_for_letters(infix_finditer),
        token_match=defaults.token_match,  # (run before the patterns; None for English)
        url_match=_none_for_letters(defaults.url_match) if defaults.url_match is not None else None,
    )


def _needed_cases(rules: dict[str, list[dict[Any, Any]]], prefix_search: Callable[[str], Match[str] | None] | None
                  ) -> dict[str, list[dict[Any, Any]]]:
    """The special cases less those that only say "one token, as written" of a text the patterns
    leave whole anyway: whitespace (a line break, a tab), and a mark the prefix pattern takes whole
    (an em dash, an apostrophe alone). Such a case changes no token, but the tokenizer caches no
    chunk of a document after the first special case it meets there (spaCy's ``has_special`` is
    one flag per document), so one em dash in a dateline sent every later word of the story
    through the affix patterns again, in every document."""
    def plain(text: str, substrings: list[dict[Any, Any]]) -> bool:
        if len(substrings) != 1 or [*substrings[0].items()] not in ([(ORTH, text)], [("ORTH", text)]):
            return False
        whole = prefix_search(text) if prefix_search is not None else None
        return text.isspace() or whole is not None and whole.start() == 0 and whole.end() == len(text)
    return {text: substrings for text, substrings in rules.items() if not plain(text, substrings)}


def _none_for_letters(search: Callable[[str], Match[str] | None]) -> Callable[[str], Match[str] | None]:
    return _like(partial(_search_unless_letters, search), search)


def _nothing_for_letters(finditer: Callable[[str], Iterable[Match[str]]]) -> Callable[[str], Iterable[Match[str]]]:
    return _like(partial(_finditer_unless_letters, finditer), finditer)


#: A number written with digits and single commas or full stops between them: "1,500", "2.5"
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def _number(text: str) -> bool:
    """A number of ASCII digits, with single separators inside or not ("2024", "1,500")."""
    return text.isascii() and (text.isdigit() or _NUMBER.fullmatch(text) is not None)


def _search_unless_letters(search: Callable[[str], Match[str] | None], text: str) -> Match[str] | None:
    return None if text.isalpha() or text[:1].isdigit() and _number(text) else search(text)


def _finditer_unless_letters(finditer: Callable[[str], Iterable[Match[str]]], text: str) -> Iterable[Match[str]]:
    return _NO_MATCHES if text.isalpha() or text[:1].isdigit() and _number(text) else finditer(text)


def _suffix_after_letters(search: Callable[..., Match[str] | None], text: str) -> Match[str] | None:
    """The suffix pattern from the first character that is no letter, when letters lead to one or
    two others ("said," "police." "China's"): the pattern's pieces that begin with a letter (units,
    "US$") need a digit before them, so no match starts among the letters, and a search from
    there finds the one a search from the start finds, for a tenth of the cost."""
    if text.isalpha() or text[:1].isdigit() and _number(text):
        return None
    if text[:-1].isalpha():
        return search(text, len(text) - 1)
    return search(text, len(text) - 2) if text[:-2].isalpha() else search(text)


def _like(wrapper: partial[Any], method: Any) -> partial[Any]:
    """Give the wrapper the compiled pattern as ``__self__``, as a pattern's bound method has, so
    that saving the tokenizer (``Tokenizer.to_bytes``) still writes the pattern. (A ``partial`` of
    a module's function, not a closure: the tokenizer still pickles, as ``nlp.pipe`` with several
    processes needs.)"""
    wrapper.__self__ = getattr(method, "__self__", None)  # type: ignore[attr-defined]
    wrapper.__wrapped__ = method  # type: ignore[attr-defined]
    return wrapper
