"""How a name becomes the stable part of a key, and how it is shown. Pure text rules, no I/O.

Two names that a reader cannot tell apart must meet in one key, and two that are different
must not: compatibility forms, accents and case are folded, invisible and bidirectional
control characters are left out of keys but marked in the stored name, and a key keeps a
bounded length whatever the name's.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["MAX_KEY_CHARS", "MAX_NAME_CHARS", "bound_key", "invisible", "mark_invisible", "slugify"]

#: Keys longer than this keep a readable head and end in a hash of the whole slug. An index has a
#: size limit per entry (Neo4j refuses values over about 4 kB; FalkorDB failed to write edges to
#: such nodes), and a key is meant to be read and typed. At most 4 bytes a character: 640 bytes.
MAX_KEY_CHARS = 160
#: Names longer than this are shown cut, with the whole name kept in ``full_name``: ``name`` is
#: indexed too. No name of a person or company comes close.
MAX_NAME_CHARS = 500
_HASH_CHARS = 16
#: Characters that show nothing, or only reorder what is around them: zero-width space, joiners,
#: word joiner, BOM, the bidirectional marks, embeddings, overrides and isolates (Unicode's
#: format category), and the Hangul fillers, which are letters that draw nothing.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
_MARKER = re.compile(r"<U\+[0-9A-F]{4,6}>")


def invisible(char: str) -> bool:
    """Whether a character draws nothing or only reorders its neighbours (see ``_FILLERS``).

    >>> invisible("\\u200b"), invisible("\\u202e"), invisible("\\ufeff"), invisible("a"), invisible(" ")
    (True, True, True, False, False)
    """
    return unicodedata.category(char) == "Cf" or char in _FILLERS


def mark_invisible(text: str) -> str:
    """Show invisible characters in a name as ``<U+XXXX>``, so two names that look alike on screen
    can be told apart by a reader. Keys leave them out (``slugify``).

    >>> mark_invisible("Kim\\u200b Seok-ki")
    'Kim<U+200B> Seok-ki'
    """
    if text.isascii() or not any(invisible(c) for c in text):  # (no ASCII character is one)
        return text
    return "".join(f"<U+{ord(c):04X}>" if invisible(c) else c for c in text)


@lru_cache(maxsize=16384)
def slugify(text: str) -> str:
    """Fold a display name into the stable part of a key (kept per text: a report names the same
    entities again and again, and every node and edge key goes through here).

    Compatibility forms are folded (NFKD: full-width letters, ligatures, superscripts), accents
    dropped and case folded so that spelling variants meet; invisible and bidirectional control
    characters (and their ``<U+XXXX>`` marks in stored names) are left out, so a look-alike name is
    the same key. Letters of any script are kept, so a name in Khmer or Chinese gets a key of its own.

    >>> slugify("Kim Seok-ki")
    'kim-seok-ki'
    >>> slugify("  Nguyễn  Văn A. ")
    'nguyen-van-a'
    >>> slugify("Ｋｉ\\u200bm Seok\\u202e-ki"), slugify("Ki<U+200B>m Seok-ki")
    ('kim-seok-ki', 'kim-seok-ki')
    """
    visible = "".join(c for c in _MARKER.sub("", text) if not invisible(c))
    decomposed = unicodedata.normalize("NFKD", visible)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c) and not invisible(c))
    folded = stripped.casefold().replace("đ", "d")
    return re.sub(r"[\W_]+", "-", folded).strip("-")


def bound_key(key: str) -> str:
    """A key of at most ``MAX_KEY_CHARS``: a longer one keeps its head and ends in a hash of the
    whole, so two long names that share a head still get two keys. Shorter keys are unchanged,
    so applying it twice changes nothing.

    >>> bound_key("person:kim")
    'person:kim'
    >>> long = bound_key("person:" + "a" * 5000); len(long), long[-17:]
    (160, '-f2102486c1a879da')
    """
    if len(key) <= MAX_KEY_CHARS:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    head = key[:MAX_KEY_CHARS - _HASH_CHARS - 1].rstrip("-")
    return f"{head}-{digest}"
