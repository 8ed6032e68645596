"""Telling a stuck embedded server from a busy or loading one, and ending a stuck one.

FalkorDB 4.16 can deadlock its own main thread (a write lock on its globals while creating a
graph): the process lives, its socket accepts connections, and nothing ever answers, not even
PING, so FalkorDB's query timeout never fires. Every client then waits forever. Clients
therefore read with a socket timeout (``SCAMGRAPH_STORE_TIMEOUT``), and a server that does not
answer is examined before anything is done to it:

- *loading*: it answers PING with "loading", or its log has not yet said it is ready: waited
  for, never stopped (it may hold the only copy of acknowledged data in memory);
- *busy*: it uses CPU (a long write runs on its main thread) or waits on the disk: left running;
- *stuck*: ready by its log, no answer to PING within the limit and no CPU used meanwhile.

A stuck server is told so in the store's log and stopped (SIGTERM, then SIGKILL after a grace
period). Nothing it acknowledged is lost: redis writes every acknowledged command to the
append-only file before it replies (unless a disk too slow to keep up makes it postpone that
write for a moment), and the next open replays that file; SIGKILL loses nothing the kernel
already has.

Clients use it after a timeout and when they open a store; the watchdog (``supervisor.py``) uses
it before it stops a server nobody uses, so it imports only the standard library and ``redis``.
"""

from __future__ import annotations

import os
import signal
import socket
import struct
import time
from pathlib import Path

import redis
import redis.exceptions
from redis.backoff import NoBackoff
from redis.retry import Retry

__all__ = [
    "TIMEOUT_VARIABLE",
    "after_timeout",
    "client_timeout_s",
    "end_if_stuck",
    "end_stuck",
    "probe",
    "server_pid",
    "stall_limit_s",
]

TIMEOUT_VARIABLE = "SCAMGRAPH_STORE_TIMEOUT"
_DEFAULT_TIMEOUT_S = 600.0  # a real query on a large store may take minutes
_MAX_STALL_S = 30.0  # how long an opener listens to a silent server before judging it
_GRACE_S = 10.0  # between SIGTERM and SIGKILL


def client_timeout_s() -> float:
    """Seconds a client waits for any answer from the embedded server (the environment variable,
    else ten minutes). A value that is not a positive number is an error, not a silent default."""
    from scamgraph.graph.store import (
        StoreUnavailable,  # (here: the watchdog does not load it)
    )

    text = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    value = _seconds(text)
    if value is None:
        raise StoreUnavailable(f"{TIMEOUT_VARIABLE}={text!r} is not a number of seconds above 0 "
                               f"(for example {TIMEOUT_VARIABLE}=1200)")
    return value


def stall_limit_s() -> float:
    """How long an opener or the watchdog listens to a silent, ready server before it calls it
    stuck (the watchdog, which cannot report a bad setting, takes the default for one)."""
    return min(_seconds(os.environ.get(TIMEOUT_VARIABLE, "").strip()) or _DEFAULT_TIMEOUT_S, _MAX_STALL_S)


def _seconds(text: str) -> float | None:
    if not text:
        return _DEFAULT_TIMEOUT_S
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 < value < float("inf") else None


def peer_creds(sock: Path) -> tuple[int, int] | None:
    """(pid, uid) of the process listening on ``sock`` (``SO_PEERCRED``), or None when nothing
    listens."""
    probe_socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe_socket.settimeout(5)
    try:
        probe_socket.connect(str(sock))
        creds = probe_socket.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    finally:
        probe_socket.close()
    pid, uid, _ = struct.unpack("3i", creds)
    return int(pid), int(uid)


def serves_home(pid: int, home: Path) -> bool:
    """True when ``pid`` is a live redis-server working in ``home`` (not a zombie)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        folder = os.readlink(f"/proc/{pid}/cwd")
    except OSError:
        return False
    return b"redis-server" in command and folder == str(home) and _proc_state(pid) != "Z"


def server_pid(sock: Path, home: Path) -> int | None:
    """The pid of the redis-server listening on ``sock`` (from ``SO_PEERCRED``, so never from a
    pid file), checked to be a redis-server working in ``home``; None when there is none."""
    creds = peer_creds(sock)
    return creds[0] if creds is not None and serves_home(creds[0], home) else None


def probe(sock: Path, home: Path, pid: int, seconds: float) -> str:
    """``answers``, ``loading``, ``busy`` or ``stuck``: PING for up to ``seconds``, watching the
    process's CPU time meanwhile."""
    before = _cpu_ticks(pid)
    try:
        with redis.Redis(unix_socket_path=str(sock), socket_timeout=seconds, retry=Retry(NoBackoff(), 0)) as client:
            client.ping()
        return "answers"
    except redis.exceptions.BusyLoadingError:
        return "loading"
    except redis.exceptions.ResponseError as exc:  # an error about its disk is still an answer;
        return "busy" if str(exc).startswith("BUSY") else "answers"  # BUSY: inside a long command
    except redis.exceptions.TimeoutError:
        pass
    except (redis.exceptions.RedisError, OSError):
        return "busy"  # refused or closed: not the silence of a stuck server
    if not _logged_ready(home / "falkordb.log", pid):
        return "loading"
    after = _cpu_ticks(pid)
    if after is None or after != before or _proc_state(pid) == "D":
        return "busy"
    return "stuck"


def end_stuck(pid: int, home: Path, silent_s: float) -> None:
    """Say in the store's log why the server is stopped, then SIGTERM and, after a grace period,
    SIGKILL; wait until it is gone. (No SIGCONT: a server woken in the middle of a transaction,
    with its client gone, was seen to fail an assertion and crash; SIGKILL leaves the append-only
    file as it was, holding every acknowledged write.)"""
    _log(home, f"scamgraph: server pid {pid} is stuck: ready, no answer to PING for {silent_s:.0f} s "
               f"and no CPU used meanwhile (not loading); stopping it (SIGTERM, then SIGKILL after "
               f"{_GRACE_S:.0f} s); the next open restarts it from its files")
    _signal(pid, signal.SIGTERM)
    if not _wait_gone(pid, _GRACE_S):
        _log(home, f"scamgraph: server pid {pid} ignored SIGTERM; sending SIGKILL")
        _signal(pid, signal.SIGKILL)
        _wait_gone(pid, _GRACE_S)


def _cpu_ticks(pid: int) -> int | None:
    """User plus system CPU time of the whole process (all threads), in clock ticks."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def _proc_state(pid: int) -> str:
    """The one-letter state of ``pid`` in ``/proc`` (R, S, D, T, Z ...), "?" when it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "?"


def _logged_ready(log_file: Path, pid: int) -> bool:
    """True once this server has said it accepts connections (redis says so only after loading
    the store) since it said it was starting. Its lines start with its pid; the whole log is
    read, so a long-lived server's ready line is found however much it logged since, and an
    older server that had the same pid does not count."""
    mark, ready = f"{pid}:".encode(), False
    try:
        with open(log_file, "rb") as handle:
            for line in handle:
                if line.startswith(mark):
                    if b"Ready to accept connections" in line:
                        ready = True
                    elif b"is starting" in line:
                        ready = False
    except OSError:
        return False
    return ready


def _wait_gone(pid: int, seconds: float) -> bool:
    """Until the process has ended, all its threads too (a killed process's main thread can be a
    zombie while the others still hold its files, and so the store's lock)."""
    deadline = time.monotonic() + seconds
    while not _ended(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _ended(pid: int) -> bool:
    if _proc_state(pid) == "?":
        return True
    try:
        return _proc_state(pid) == "Z" and len(os.listdir(f"/proc/{pid}/task")) <= 1
    except OSError:
        return True


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _log(home: Path, line: str) -> None:
    """One line in the store's log (the file the server and its watchdog write to)."""
    stamp = time.strftime("%d %b %Y %H:%M:%S")
    try:
        with open(home / "falkordb.log", "a", encoding="utf-8") as log_file:
            log_file.write(f"{os.getpid()}:scamgraph {stamp} # {line}\n")
    except OSError:
        pass


def end_if_stuck(sock: Path, home: Path, pid: int | None = None) -> bool:
    """For an opener that found a live server silent, or the watchdog of a server nobody uses
    (which knows its ``pid``): listen for the stall limit, and stop the server if it is stuck
    (True: the caller starts a new one)."""
    pid = pid if pid is not None else server_pid(sock, home)
    if pid is None:
        return False
    limit = stall_limit_s()
    if probe(sock, home, pid, limit) != "stuck":
        return False
    end_stuck(pid, home, limit)
    return True


def after_timeout(sock: Path, home: Path, waited: float) -> str:
    """What a client that got no answer for ``waited`` seconds tells its user, in one line, after
    examining the server (and stopping it if it is stuck)."""
    head = f"the embedded store at {home} stopped answering (no reply in {waited:.0f} s)"
    pid = server_pid(sock, home)
    if pid is None:
        return f"{head} and its server is gone; run the command again: it restarts from the store's files"
    state = probe(sock, home, pid, stall_limit_s())
    if state == "stuck":
        end_stuck(pid, home, waited)
        return (f"{head}: its server was stuck (alive, not loading, idle), so scamgraph stopped it "
                f"(see {home / 'falkordb.log'}); nothing it acknowledged is lost: run the command "
                "again and the server restarts from the store's files")
    doing = {"loading": "is still loading the store", "answers": "answers again now"}.get(
        state, "is still working")
    return (f"{head}; its server {doing}, so it was left running: run the command again later, "
            f"or allow a longer wait with {TIMEOUT_VARIABLE}=SECONDS")
