"""A polite HTTP client: the only place scamgraph talks to the network.

Timeout and per-host delay default to 20 s and 1 s (``SCAMGRAPH_FETCH_TIMEOUT``,
``SCAMGRAPH_FETCH_DELAY`` change them for a whole scheduled job).

Every request has a connect and a read timeout, a size cap (the body is streamed and dropped
past it), at most ``max_redirects`` redirects, obeys the host's robots.txt for our User-Agent,
waits ``delay_s`` between two requests to one host, and sends ``If-None-Match`` /
``If-Modified-Since`` when the caller knows the page already. Failures come back as
``FetchError`` with a one-line reason, never a traceback.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from protego import Protego

__all__ = ["Client", "FetchError", "Response", "user_agent", "MAX_BYTES"]

#: Larger than any article or report we want; a page past it is refused, not truncated.
MAX_BYTES = 5 * 1024 * 1024


def user_agent() -> str:
    """Who we are, honestly: the tool, its version, and a contact when the operator gives one
    (``SCAMGRAPH_CONTACT``, e.g. an e-mail address), so a site owner can reach a person."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        own = version("scamgraph")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        own = "dev"
    contact = os.environ.get("SCAMGRAPH_CONTACT", "").strip()
    return f"scamgraph/{own} (link analysis of public reports on scam operations{'; ' + contact if contact else ''})"


def _env_seconds(name: str, default: float) -> float:
    """A duration the operator may set in the environment (cron jobs have no flags to spare)."""
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value >= 0 else default


class FetchError(RuntimeError):
    """A URL that could not be fetched; the message is one line for the user."""


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the page has not changed
    content_type: str = ""
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""


@dataclass
class Client:
    """One run's connection state: a session, robots.txt per host, the last request per host."""

    timeout_s: float = field(default_factory=lambda: _env_seconds("SCAMGRAPH_FETCH_TIMEOUT", 20.0))
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    delay_s: float = field(default_factory=lambda: _env_seconds("SCAMGRAPH_FETCH_DELAY", 1.0))
    agent: str = field(default_factory=user_agent)
    _robots: dict[str, Protego | None] = field(default_factory=dict, init=False)
    _last: dict[str, float] = field(default_factory=dict, init=False)
    _session: requests.Session = field(default_factory=requests.Session, init=False)

    def __post_init__(self) -> None:
        self._session.max_redirects = self.max_redirects
        self._session.headers["User-Agent"] = self.agent
        self._session.trust_env = False  # no proxy or netrc picked up behind the operator's back

    def close(self) -> None:
        self._session.close()

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Response:
        """GET a URL (conditionally when ``etag``/``last_modified`` are known)."""
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise FetchError(f"{url}: not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(f"{url}: robots.txt of {parts.netloc} disallows this path for scamgraph")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our User-Agent fetch ``url`` (read once per host and run).
        No robots.txt (4xx) allows everything; a server error or no answer disallows, to be safe."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        rules = self._robots[host]
        return rules is None or rules.can_fetch(url, self.agent)

    def _read_robots(self, host: str) -> Protego | None:
        try:
            response = self._get(host + "/robots.txt", {}, allow_missing=True)
        except FetchError:
            return Protego.parse("User-agent: *\nDisallow: /\n")
        if response.status >= 400:
            return None
        return Protego.parse(response.body.decode("utf-8", "replace"))

    def _get(self, url: str, headers: dict[str, str], allow_missing: bool = False) -> Response:
        self._wait(urlsplit(url).netloc)
        try:
            with self._session.get(url, headers=headers, timeout=(min(10.0, self.timeout_s), self.timeout_s),
                                   stream=True, allow_redirects=True) as reply:
                if reply.status_code == 304:
                    return Response(reply.url, 304)
                if reply.status_code >= 400:
                    if allow_missing:
                        return Response(reply.url, reply.status_code)
                    raise FetchError(f"{url}: HTTP {reply.status_code} {reply.reason or ''}".rstrip())
                body = self._read_capped(url, reply)
                return Response(reply.url, reply.status_code, reply.headers.get("Content-Type", ""), body,
                                reply.headers.get("ETag", ""), reply.headers.get("Last-Modified", ""))
        except requests.TooManyRedirects as exc:
            raise FetchError(f"{url}: more than {self.max_redirects} redirects (a redirect loop?)") from exc
        except requests.Timeout as exc:
            raise FetchError(f"{url}: no answer within {self.timeout_s:g} s") from exc
        except requests.RequestException as exc:
            raise FetchError(f"{url}: {_reason(exc)}") from exc

    def _read_capped(self, url: str, reply: requests.Response) -> bytes:
        declared = reply.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url}: {int(declared):,} bytes is over the {self.max_bytes:,} byte limit; not kept")
        chunks, size = [], 0
        for chunk in reply.iter_content(64 * 1024):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: more than the {self.max_bytes:,} byte limit; not kept")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay_s - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()


def _reason(exc: requests.RequestException) -> str:
    """The innermost cause in a few words (connection refused, name not known, ...)."""
    cause: BaseException | None = exc
    while cause is not None and cause.__context__ is not None and cause.__cause__ is not cause.__context__:
        cause = cause.__cause__ or cause.__context__
    text = str(cause or exc).strip().splitlines()[0] if str(cause or exc).strip() else type(exc).__name__
    return text[:200]

