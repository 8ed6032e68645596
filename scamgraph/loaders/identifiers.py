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

__all__ = ["Found", "find_identifiers", "normalize_identifier", "normalize_phone", "registered_domain"]


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

#: A stylesheet's at-rules, which a saved page may leave as text at its foot
#: (".box{ padding: 4px; } @media (min-width: 768px) { ... }"): no one's handle.
_CSS_AT_RULES = frozenset({"@media", "@import", "@font-face", "@keyframes", "@supports", "@charset", "@namespace",
                           "@page", "@layer", "@container", "@property", "@document", "@viewport"})
#: What follows an at-rule in a stylesheet: a condition in brackets, a block, a media type
_CSS_AFTER = re.compile(r"\s*(?:[({]|screen\b|print\b|all\b|only\b|url\b|[\"'])", re.I)

#: A dot and two letters, as every web address has before its suffix (compared as _URL compares).
_DOT_LETTERS = re.compile(r"\.[a-z]{2}", re.I)
_ASCII_DIGIT = re.compile(r"[0-9]")  # (a scan in C: faster than a set test of every character)
#: Every wallet address is a run of at least 14 ASCII letters and digits ("bc1" and 11 more is the
#: shortest): a sentence without one skips the wallet patterns ("T" and "1" alone are in most).
_ADDRESS_RUN = re.compile(r"[0-9A-Za-z]{14}")
#: wallet kind and what each of its matches begins with
_WALLET_STARTS = (("wallet-eth", ("0x",)), ("wallet-tron", ("T",)), ("wallet-btc", ("bc1", "1", "3")))

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

    kinds = _possible_kinds(text)
    for m in _EMAIL.finditer(text) if "email" in kinds else ():
        if free(*m.span()):
            yield Found("email", m.group(0).lower(), offset + m.start(), offset + m.end())
    for kind, pattern in (("wallet-eth", _ETH), ("wallet-tron", _TRON), ("wallet-btc", _BTC)):
        for m in pattern.finditer(text) if kind in kinds else ():
            if _has_digit(m.group(0)) and free(*m.span()):
                yield Found(kind, m.group(0), offset + m.start(), offset + m.end())
    for m in _PHONE.finditer(text) if "phone" in kinds else ():
        value = normalize_phone(m.group(0))
        if value and free(*m.span()):
            yield Found("phone", value, offset + m.start(), offset + m.end())
    for m in _URL.finditer(text) if "domain" in kinds else ():
        raw = m.group(0).rstrip(".,;:")
        if raw.lower() in _NOT_DOMAINS or "." not in raw or raw[0].isupper() and "/" not in raw and "www" not in raw.lower():
            continue
        domain = registered_domain(raw)
        if domain and free(m.start(), m.start() + len(raw)):
            yield Found("domain", domain, offset + m.start(), offset + m.start() + len(raw))
    for m in _HANDLE.finditer(text) if "handle" in kinds else ():
        if not _css_at_rule(text, m) and free(*m.span()):
            yield Found("handle", m.group(0).lower(), offset + m.start(), offset + m.end())


def _css_at_rule(text: str, m: re.Match[str]) -> bool:
    """A stylesheet's at-rule, not a handle: one of its names, followed as a stylesheet writes it
    or in a text that holds a stylesheet's block ("{")."""
    return m.group(0).lower() in _CSS_AT_RULES and ("{" in text or bool(_CSS_AFTER.match(text, m.end())))


def _possible_kinds(text: str) -> set[str]:
    """The kinds whose pattern can match ``text``, from characters every match of it holds: most
    sentences have no "@", no digit, no "+" or "00" and no dot before letters, and then skip
    the scans (the phone pattern alone tries a lookbehind at every character)."""
    kinds = {"email", "handle"} if "@" in text else set()
    if _ASCII_DIGIT.search(text):  # wallets (checked for a digit) and phones
        if _ADDRESS_RUN.search(text):
            kinds.update(kind for kind, starts in _WALLET_STARTS if any(start in text for start in starts))
        if "+" in text or "00" in text:
            kinds.add("phone")
    if _DOT_LETTERS.search(text):
        kinds.add("domain")
    return kinds


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


# -- checked normalization, for structured and FtM records ----------------------------------------

_RESERVED_TLDS = {"example", "test", "invalid", "localhost"}
#: messenger names accepted as identifier kinds; their values normalize like handles
MESSENGERS = frozenset({"telegram", "whatsapp", "line", "wechat", "signal", "viber", "kakaotalk", "zalo"})
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _base58check(value: str) -> bytes | None:
    """The payload of a Base58Check string, or None when a character or the checksum is wrong."""
    import hashlib

    number = 0
    for char in value:
        index = _B58.find(char)
        if index < 0:
            return None
        number = number * 58 + index
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\x00" * (len(value) - len(value.lstrip("1"))) + raw
    if len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    digest = hashlib.sha256(hashlib.sha256(payload).digest()).digest()
    return payload if digest[:4] == checksum else None


def _bech32_ok(value: str) -> bool:
    """BIP 173/350 checksum of a segwit address (bech32 or bech32m)."""
    value = value.lower()
    hrp, _, data = value.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [_BECH32.index(c) for c in data]
    check = 1
    for v in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            check ^= g if (top >> i) & 1 else 0
    return check in {1, 0x2BC830A3}


def _eth_checksum(value: str) -> str:
    """EIP-55 mixed-case form of an Ethereum address."""
    from Crypto.Hash import keccak

    body = value[2:].lower()
    digest = keccak.new(digest_bits=256, data=body.encode()).hexdigest()
    return "0x" + "".join(c.upper() if int(d, 16) >= 8 else c for c, d in zip(body, digest))


def _iban_ok(value: str) -> bool:
    rearranged = value[4:] + value[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return len(value) >= 15 and int(digits) % 97 == 1


#: the longest text read as one identifier: a URL may be long, the host it names at most 253
MAX_IDENTIFIER_CHARS = 2048


def normalize_identifier(kind: str, value: str, region: str | None = None) -> str:
    """The normalized value of an identifier of a known kind; ValueError says what is wrong.

    >>> normalize_identifier("phone", "012 345 678", "KH"), normalize_identifier("iban", "gb82 west 1234 5698 7654 32")
    ('+85512345678', 'GB82WEST12345698765432')
    >>> normalize_identifier("wallet-eth", "0x52908400098527886e0f7030069857d2e4169ee7")
    '0x52908400098527886E0F7030069857D2E4169EE7'
    """
    raw = " ".join(str(value).split())
    if len(raw) > MAX_IDENTIFIER_CHARS:  # no phone, address, account or wallet is this long
        raise ValueError(f"{len(raw):,} characters is longer than any {kind or 'identifier'} "
                         f"({MAX_IDENTIFIER_CHARS} at most)")
    if kind == "phone":
        found = normalize_phone(raw, region)
        if found is None:
            raise ValueError(f"{raw!r} is not a phone number" + ("" if region else " (no country code, and no country given)"))
        return found
    if kind in {"domain", "url", "website"}:
        host = re.sub(r"^[a-z]+://", "", raw.lower()).split("/")[0]
        if len(host) > 253:
            raise ValueError(f"a host name of {len(host)} characters is not a domain (253 at most)")
        if host.rsplit(".", 1)[-1] in _RESERVED_TLDS:
            return host.removeprefix("www.")  # documentation names (RFC 2606): no registry to ask
        found = registered_domain(raw)
        if found is None:
            raise ValueError(f"{raw!r} has no registered domain")
        return found
    if kind == "email":
        if not _EMAIL.fullmatch(raw):
            raise ValueError(f"{raw!r} is not an e-mail address")
        return raw.lower()
    if kind == "handle" or kind in MESSENGERS:
        if not re.fullmatch(r"@?[A-Za-z0-9_.]{3,64}", raw):
            raise ValueError(f"{raw!r} is not a messenger handle")
        return "@" + raw.lstrip("@").lower()
    if kind == "iban":
        compact = raw.replace(" ", "").upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or not _iban_ok(compact):
            raise ValueError(f"{raw!r} is not a valid IBAN (format or check digits)")
        return compact
    if kind == "wallet-eth":
        if not _ETH.fullmatch(raw):
            raise ValueError(f"{raw!r} is not an Ethereum address")
        if raw[2:] != raw[2:].lower() and raw[2:] != raw[2:].upper() and _eth_checksum(raw) != raw:
            raise ValueError(f"{raw!r} fails its EIP-55 checksum")
        return _eth_checksum(raw)
    if kind == "wallet-tron":
        payload = _base58check(raw) if _TRON.fullmatch(raw) else None
        if payload is None or payload[:1] != b"\x41":
            raise ValueError(f"{raw!r} is not a TRON address (format or checksum)")
        return raw
    if kind == "wallet-btc":
        if raw.lower().startswith(("bc1", "tb1")):
            if not _bech32_ok(raw):
                raise ValueError(f"{raw!r} fails its bech32 checksum")
            return raw.lower()
        if _base58check(raw) is None:
            raise ValueError(f"{raw!r} is not a Bitcoin address (format or checksum)")
        return raw
    raise ValueError(f"unknown identifier kind {kind!r}; known: phone, domain, email, handle, iban, "
                     f"wallet-btc, wallet-eth, wallet-tron, and messengers ({', '.join(sorted(MESSENGERS))})")
