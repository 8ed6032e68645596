"""Identifiers in text: phone numbers, domains, e-mail addresses, crypto wallets and handles.

Each is normalized so that the same number or address written two ways meets itself:
phones to E.164 (``phonenumbers``), web addresses to their registered domain (``tldextract``
with its bundled suffix list, never the network), wallets kept as written but checked for
their format. Keys are ``identifier:<kind>-<value>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Found", "find_identifiers", "normalize_phone", "registered_domain"]


@dataclass(frozen=True)
class Found:
    kind: str  # phone, domain, email, wallet-btc, wallet-eth, wallet-tron, handle
    value: str  # normalized
    start: int
    end: int


_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b")
_URL = re.compile(
    r"\b(?:https?://)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:com|net|org|io|co|cc|xyz|top|vip|app|info|biz|asia|shop|site|online|live|pro|club|me|tv|link|[a-z]{2})(?:\.[a-z]{2})?\b(?:/[^\s<>\"')\]]*)?",
    re.I,
)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)\d[\d\s().-]{6,18}\d(?!\d)")
_ETH = re.compile(r"\b0x[0-9a-fA-F]{40}\b")
_TRON = re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")
_BTC = re.compile(r"\b(?:bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{3,31}\b")

# Words that end in a country-code "suffix" but are not addresses ("Mr.Lee", "U.S.").
_NOT_DOMAINS = {"u.s", "e.g", "i.e", "a.m", "p.m"}


@lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registered_domain(text: str) -> str | None:
    """The registered domain of a URL or host name, or None when it has no public suffix.

    >>> registered_domain("https://www.secure-invest.co.kh/login")
    'secure-invest.co.kh'
    """
    parts = _extractor()(text.lower())
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def normalize_phone(text: str, region: str | None = None) -> str | None:
    """E.164 form of a phone number; numbers without a country code need ``region``.

    >>> normalize_phone("+855 12 345 678"), normalize_phone("012 345 678", "KH")
    ('+85512345678', '+85512345678')
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_identifiers(text: str, offset: int = 0) -> Iterator[Found]:
    """Identifiers in ``text``; spans are shifted by ``offset`` into the document."""
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        if any(s < end and start < e for s, e in taken):
            return False
        taken.append((start, end))
        return True

    for m in _EMAIL.finditer(text):
        if free(*m.span()):
            yield Found("email", m.group(0).lower(), offset + m.start(), offset + m.end())
    for kind, pattern in (("wallet-eth", _ETH), ("wallet-tron", _TRON), ("wallet-btc", _BTC)):
        for m in pattern.finditer(text):
            if _has_digit(m.group(0)) and free(*m.span()):
                yield Found(kind, m.group(0), offset + m.start(), offset + m.end())
    for m in _PHONE.finditer(text):
        value = normalize_phone(m.group(0))
        if value and free(*m.span()):
            yield Found("phone", value, offset + m.start(), offset + m.end())
    for m in _URL.finditer(text):
        raw = m.group(0).rstrip(".,;:")
        if raw.lower() in _NOT_DOMAINS or "." not in raw or raw[0].isupper() and "/" not in raw and "www" not in raw.lower():
            continue
        domain = registered_domain(raw)
        if domain and free(m.start(), m.start() + len(raw)):
            yield Found("domain", domain, offset + m.start(), offset + m.start() + len(raw))
    for m in _HANDLE.finditer(text):
        if free(*m.span()):
            yield Found("handle", m.group(0).lower(), offset + m.start(), offset + m.end())


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
