"""Fetching as a scheduled job meets it: a loopback site (127.0.0.1 only) with feeds, articles
and every fault a real site has, driven through the real CLI and the embedded store."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

SITE = FIXTURES / "site"
PHONE = "+855 12 345 678"


class _Site:
    """What the site serves, what it was asked, and which version of the feed it shows."""

    def __init__(self) -> None:
        self.feed_version = 1
        self.requests: list[tuple[str, str]] = []  # (path, If-None-Match)

    def feed(self) -> bytes:
        items = ["/news/raid-1.html", "/news/raid-1.html?utm_source=rss", "/news/raid-1-copy.html",
                 "/news/raid-2.html"] + (["/news/raid-3.html"] if self.feed_version > 1 else [])
        entries = "".join(f"<item><title>story {i}</title><link>{link}</link></item>" for i, link in enumerate(items))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example Post</title>'
                f"<link>/</link><description>news</description>{entries}</channel></rss>").encode()


def _handler(site: _Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet test output
            pass

        def _send(self, status: int, body: bytes = b"", kind: str = "text/html", headers: dict[str, str] | None = None,
                  length: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path
            site.requests.append((path, self.headers.get("If-None-Match", "")))
            pages = {"/news/raid-1.html": "raid-1.html", "/news/raid-1-copy.html": "raid-1.html",
                     "/news/raid-2.html": "raid-2.html", "/news/raid-3.html": "raid-3.html",
                     "/private/secret.html": "raid-2.html"}
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.xml":
                body = site.feed()
                tag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == tag:
                    self._send(304, b"", length=False)
                else:
                    self._send(200, body, "application/rss+xml", {"ETag": tag})
            elif path.split("?")[0] in pages:
                body = (SITE / pages[path.split("?")[0]]).read_bytes()
                self._send(200, body, "text/html; charset=utf-8", {"ETag": '"' + hashlib.sha256(body).hexdigest()[:16] + '"'})
            elif path == "/slow.html":
                time.sleep(3)
                self._send(200, b"<html><body><p>late</p></body></html>")
            elif path == "/huge.html":  # no Content-Length: the client must stop reading by itself
                self._send(200, b"<html><body><p>" + b"scam " * 1_300_000 + b"</p></body></html>", length=False)
            elif path in {"/loop/a", "/loop/b"}:
                self._send(302, b"", headers={"Location": "/loop/b" if path == "/loop/a" else "/loop/a"})
            elif path == "/image.png":
                self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
            else:
                self._send(404, b"not here")

    return Handler


@pytest.fixture()
def site() -> Iterator[tuple[str, _Site]]:
    state = _Site()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


FAULTS = {
    "/slow.html": "no answer within 1 s",
    "/huge.html": "byte limit",
    "/loop/a": "redirects",
    "/image.png": "not an HTML page (image/png)",
    "/missing.html": "HTTP 404",
    "/private/secret.html": "robots.txt",
}


def scamgraph(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCAMGRAPH_HOME": str(tmp / "store"), "COLUMNS": "200",
           "SCAMGRAPH_FETCH_TIMEOUT": "1", "SCAMGRAPH_FETCH_DELAY": "0"}
    env.pop("SCAMGRAPH_STORE", None)
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def _feeds(tmp: Path, base: str, faults: bool = True) -> Path:
    path = tmp / "feeds.txt"
    lines = ["# the outlet's feed, then single pages", f"{base}/feed.xml"]
    lines += [base + p for p in FAULTS] if faults else []
    path.write_text("\n".join(lines) + "\n")
    return path


def _reports(tmp: Path) -> list[dict[str, object]]:
    done = scamgraph("query", "MATCH (r:Report) RETURN r.url AS url, r.retrieved AS retrieved, "
                     "r.evidence AS evidence ORDER BY url", "-f", "json", tmp=tmp)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _report_folders(out: Path) -> list[Path]:
    return sorted(p for p in (out / "reports").iterdir() if p.is_dir() and not p.name.startswith("."))


def test_run_feeds_ingests_articles_each_fault_is_one_line_and_a_second_run_fetches_nothing(
        site: tuple[str, _Site], tmp_path: Path) -> None:
    base, state = site
    feeds, out = _feeds(tmp_path, base), tmp_path / "out"
    first = scamgraph("run", "--feeds", str(feeds), "--out", str(out), tmp=tmp_path)
    assert first.returncode == 1, first.stderr  # the faults failed; the articles went in
    assert "Traceback" not in first.stderr
    failed = [line for line in first.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == len(FAULTS), first.stderr
    for path, reason in FAULTS.items():
        assert any(base + path in line and reason in line for line in failed), "\n".join(failed)
    duplicates = [line for line in first.stderr.splitlines() if line.startswith("duplicate: ")]
    assert len(duplicates) == 1 and "/news/raid-1-copy.html" in duplicates[0]  # same text, other address
    assert "/news/raid-1.html?utm_source=rss" not in {p for p, _ in state.requests}  # same canonical URL: not asked
    reports = _reports(tmp_path)
    assert [r["url"] for r in reports] == [f"{base}/news/raid-1.html", f"{base}/news/raid-2.html"]
    cache = tmp_path / "store" / "fetched"
    for report in reports:
        assert str(report["retrieved"]).endswith("Z")
        assert (cache / str(report["evidence"])).read_bytes().startswith(b"<html>")  # the page as received
    assert len(_report_folders(out)) == 1

    state.requests.clear()
    second = scamgraph("run", "--feeds", str(_feeds(tmp_path, base, faults=False)), "--out", str(out), tmp=tmp_path)
    assert second.returncode == 0, second.stderr
    assert [p for p, _ in state.requests if p != "/robots.txt"] == ["/feed.xml"]  # no article asked for again
    assert next(tag for p, tag in state.requests if p == "/feed.xml")  # asked conditionally: got 304
    assert "unchanged: " in second.stderr
    assert len(_report_folders(out)) == 1  # nothing changed: no report written

    state.feed_version = 2  # the outlet publishes a new story
    state.requests.clear()
    third = scamgraph("run", "--feeds", str(_feeds(tmp_path, base, faults=False)), "--out", str(out), tmp=tmp_path)
    assert third.returncode == 0, third.stderr
    assert [p for p, _ in state.requests if p.startswith("/news/")] == ["/news/raid-3.html"]
    assert len(_reports(tmp_path)) == 3
    assert len(_report_folders(out)) == 2


def test_watched_phone_in_a_newly_fetched_article_comes_first_with_its_exit_code(
        site: tuple[str, _Site], tmp_path: Path) -> None:
    base, _state = site
    added = scamgraph("watch", "add", PHONE, "--why", "number on the recruiting flyer", tmp=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "identifier:phone-85512345678" in added.stdout or "identifier:phone" in added.stdout
    listed = scamgraph("watch", "list", "-f", "json", tmp=tmp_path)
    assert [w["why"] for w in json.loads(listed.stdout)] == ["number on the recruiting flyer"]

    out = tmp_path / "out"
    done = scamgraph("run", "--feeds", str(_feeds(tmp_path, base, faults=False)), "--out", str(out), tmp=tmp_path)
    assert done.returncode == 4, done.stderr
    report_md = (_report_folders(out)[-1] / "report.md").read_text()
    sections = [line for line in report_md.splitlines() if line.startswith("## ")]
    assert sections[0] == "## Watched entities with new facts"
    first_section = report_md.split("## ", 2)[1]
    assert "number on the recruiting flyer" in first_section
    assert "used the phone number +855 12 345 678" in first_section

    key = json.loads(scamgraph("watch", "list", "-f", "json", tmp=tmp_path).stdout)[0]["key"]
    assert scamgraph("watch", "remove", key, tmp=tmp_path).returncode == 0
    assert json.loads(scamgraph("watch", "list", "-f", "json", tmp=tmp_path).stdout or "[]") == []
    again = scamgraph("watch", "remove", key, tmp=tmp_path)
    assert again.returncode == 2 and "is not watched" in again.stderr


def test_from_cache_ingests_what_was_fetched_without_the_network(site: tuple[str, _Site], tmp_path: Path) -> None:
    base, state = site
    feeds = _feeds(tmp_path, base, faults=False)
    assert scamgraph("fetch", "--feeds", str(feeds), tmp=tmp_path).returncode == 0
    state.requests.clear()
    other = tmp_path / "other-store"
    offline = scamgraph("fetch", "--feeds", str(feeds), "--from-cache", "--cache", str(tmp_path / "store" / "fetched"),
                        "--store", f"embedded:{other}", tmp=tmp_path)
    assert offline.returncode == 0, offline.stderr
    assert state.requests == []
    stats = scamgraph("stats", "-f", "json", "--store", f"embedded:{other}", tmp=tmp_path)
    assert json.loads(stats.stdout)["nodes"]["Report"] == 2


def test_watch_add_refuses_what_it_cannot_name(tmp_path: Path) -> None:
    done = scamgraph("watch", "add", "nobody in particular", tmp=tmp_path)
    assert done.returncode == 2
    assert "not a key, an identifier" in done.stderr
    assert "Traceback" not in done.stderr
