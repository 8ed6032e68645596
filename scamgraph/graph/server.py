"""The embedded store's server: who owns it, where its socket lives, how it starts and stops.

One store folder, one ``redis-server`` with the FalkorDB module, whatever happens. Ownership is
a lock, never a pid file:

- ``server.lock`` is held (``flock``, exclusive) by the running redis-server itself: the client
  that starts it locks the file and hands the locked descriptor down to the supervisor, which
  hands it to redis-server. While any process serving this folder lives, the lock is taken; when
  the last one is gone the kernel frees it. "Is a server alive for this store?" is therefore one
  atomic question, and a second server is never started beside a live one, however the first is
  stuck (loading, full disk; one that is deadlocked is stopped first, see ``stuck.py``).
- ``clients.lock`` is held *shared* by every open store. The last one to close (it can take the
  lock exclusively) saves and stops the server; a store that opens meanwhile waits for that.
- ``supervisor.lock`` is held by a small watchdog process (``scamgraph.graph.supervisor``) in the
  server's own session. When no client holds ``clients.lock`` any more (the last ingest was
  killed, say) it stops the server; if the server cannot stop (full disk), it keeps it running,
  so acknowledged data stays in memory, and tries again later.

The socket lives in the store folder (0700, ours) or, when that path is too long for a unix
socket, in a per-user 0700 folder whose owner and mode are checked before use. Before a client
sends anything, it checks with ``SO_PEERCRED`` that the process on the socket runs as the same
user. The server starts with umask 077: its files are readable by their owner only.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
import redis.exceptions

from scamgraph.graph.store import StoreUnavailable
from scamgraph.graph.stuck import end_if_stuck, peer_creds, serves_home
from scamgraph.graph.supervisor import STOP_TIMEOUT_S, control, stop_server

__all__ = ["EmbeddedServer", "make_private", "socket_path", "peer_uid"]

log = logging.getLogger("scamgraph")

_START_TIMEOUT_S = 60.0  # to answer at all (loading a large store may take longer; see below)
_LOAD_TIMEOUT_S = 1800.0  # a loading server is waited for, never killed
_SUPERVISOR = Path(__file__).with_name("supervisor.py")
_UNIX_PATH_LIMIT = 107  # bytes of a unix socket's path on Linux
_MAX_SOCKET_PATH = 100  # (inside the store folder, with room to spare)


def make_private(home: Path) -> None:
    """Create the store folder 0700, refuse one owned by someone else, and tighten what an
    older version left readable (folders 0700, files 0600)."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(home)
    if not stat.S_ISDIR(info.st_mode):
        raise StoreUnavailable(f"store folder {home} is not a folder")
    if info.st_uid != os.getuid():
        raise StoreUnavailable(f"store folder {home} belongs to another user (uid {info.st_uid}); "
                               "scamgraph keeps a store only in a folder of your own")
    _tighten(home, 0o700)
    for entry in os.scandir(home):
        if entry.is_symlink():
            continue
        _tighten(Path(entry.path), 0o700 if entry.is_dir() else 0o600)
        if entry.is_dir():
            try:
                inner_entries = list(os.scandir(entry.path))
            except FileNotFoundError:
                continue
            for inner in inner_entries:
                if not inner.is_symlink() and inner.is_file():
                    _tighten(Path(inner.path), 0o600)


def _tighten(path: Path, mode: int) -> None:
    """(A running server may remove a file between the listing and here: a rewritten
    append-only part. A file that is gone has nothing left to tighten.)"""
    try:
        current = stat.S_IMODE(os.lstat(path).st_mode)
        if current & 0o077:
            os.chmod(path, current & mode)
    except FileNotFoundError:
        return


def socket_path(home: Path) -> Path:
    """``falkordb.sock`` inside the store folder when the path fits a unix socket; otherwise a
    per-store name in the user's private runtime folder (checked: ours, 0700, not a link)."""
    inside = home / "falkordb.sock"
    if len(str(inside)) <= _MAX_SOCKET_PATH:
        return inside
    digest = hashlib.sha256(str(home).encode()).hexdigest()[:16]
    outside = _runtime_dir() / f"{digest}.sock"
    if len(str(outside)) > _UNIX_PATH_LIMIT:
        raise StoreUnavailable(f"the store's socket would be {outside}, too long for a unix socket "
                               f"({_UNIX_PATH_LIMIT} bytes); set XDG_RUNTIME_DIR or TMPDIR to a shorter folder")
    return outside


def _runtime_dir() -> Path:
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(xdg) / "scamgraph" if xdg and len(xdg) < 60 else None
    if base is None:
        base = Path(tempfile.gettempdir()) / f"scamgraph-{os.getuid()}"
    try:
        os.mkdir(base, 0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the socket folder {base}: {exc.strerror}") from exc
    info = os.lstat(base)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise StoreUnavailable(
            f"{base} is not a private folder of yours (another user may have made it); "
            "remove it, set XDG_RUNTIME_DIR, or use a shorter store path")
    return base


def peer_uid(sock: Path) -> int | None:
    """The user id of the process listening on ``sock``, or None when nothing listens."""
    creds = peer_creds(sock)
    return None if creds is None else creds[1]


class EmbeddedServer:
    """One redis-server + FalkorDB process serving one data directory; see the module text."""

    def __init__(self, home: Path) -> None:
        self.home = home.resolve()
        self.pid_file = self.home / "falkordb.pid"
        self.log_file = self.home / "falkordb.log"
        self.socket = socket_path(self.home)
        self._clients_fd: int | None = None

    # -- leases -------------------------------------------------------------------------------
    def acquire(self) -> None:
        """Register as a user of the server, starting it if none lives; wait until it serves."""
        make_private(self.home)
        fd = os.open(self.home / "clients.lock", os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_SH)  # waits while a last user stops the server
        self._clients_fd = fd
        try:
            with _locked(self.home / "start.lock"):
                spawned = self._start_or_watch()
            self._wait_ready(spawned)
        except BaseException:
            self.release(shutdown=False)
            raise

    def release(self, *, shutdown: bool = True) -> None:
        """Give up this lease; the last user stops the server, or says why it could not."""
        fd, self._clients_fd = self._clients_fd, None
        if fd is None:
            return
        try:
            if shutdown and _try_lock(fd, fcntl.LOCK_EX):
                self.stop()
        finally:
            os.close(fd)

    # -- process control ----------------------------------------------------------------------
    def alive(self) -> bool:
        """True while any process serving this folder lives (it holds ``server.lock``)."""
        with _opened(self.home / "server.lock") as fd:
            if _try_lock(fd, fcntl.LOCK_EX):
                return False
        return True

    def _start_or_watch(self) -> bool:
        """Start a server when none lives (True); give a live one without a watchdog a new one.
        Both locks are taken here and handed down, so there is no moment when a starting
        server or watchdog does not hold its lock yet.

        When no server lives but a watchdog still holds its lock, the store's lock is let go
        while we wait: that watchdog may be leaving, or it may have adopted the last fork of a
        killed server and live for as long as anyone holds the store's lock (us included)."""
        deadline = time.monotonic() + STOP_TIMEOUT_S
        with _opened(self.home / "server.lock") as lock_fd, \
                _opened(self.home / "supervisor.lock") as sup_fd:
            while True:
                if not _try_lock(lock_fd, fcntl.LOCK_EX):
                    if _try_lock(sup_fd, fcntl.LOCK_EX):  # the watchdog was killed: adopt the server
                        self._spawn(sup_fd, None)
                    return False
                if _try_lock(sup_fd, fcntl.LOCK_EX):
                    break
                fcntl.flock(lock_fd, fcntl.LOCK_UN)
                if time.monotonic() > deadline:
                    raise StoreUnavailable(f"the watchdog of the last server for {self.home} "
                                           "did not exit; try again")
                time.sleep(0.05)
            self._stop_older_server()
            for stale in (self.socket, self.pid_file):  # nothing serves them: no live socket
                stale.unlink(missing_ok=True)
            self._spawn(sup_fd, lock_fd)
            return True

    def _stop_older_server(self) -> None:
        """A server started by an older version holds no lock: find it by its pid file (checked
        against the process's command and working folder, so a reused pid is never touched),
        ask it to save and stop, and refuse to start a second one if it will not."""
        pid = _older_pid(self.pid_file, self.home)
        if pid is None:
            return
        problem = stop_server(self.socket, self.home) if self._state() == "ready" else "it does not answer"
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while problem is None and Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if Path(f"/proc/{pid}").exists():
            raise StoreUnavailable(f"a server started by an older scamgraph (pid {pid}) still serves "
                                   f"{self.home} and did not stop ({problem or 'timed out'}); stop it first")

    def _spawn(self, sup_fd: int, lock_fd: int | None) -> None:
        """Run the supervisor in its own session with the locked descriptors."""
        command = [sys.executable, str(_SUPERVISOR), str(self.home), str(self.socket), str(sup_fd),
                   str(lock_fd) if lock_fd is not None else "adopt"]
        fds = (sup_fd,) if lock_fd is None else (sup_fd, lock_fd)
        try:
            log_fd = os.open(self.log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(log_fd, "ab") as log_file:
                subprocess.Popen(command, pass_fds=fds, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=log_file, start_new_session=True)
        except OSError as exc:
            raise StoreUnavailable(f"could not run the embedded FalkorDB server: {exc}") from exc

    def _wait_ready(self, spawned: bool) -> None:
        """Wait until the server answers; while it loads a large store, show progress and wait.
        A loading or busy server is never killed: it may hold the only copy of acknowledged data.
        One that was ending as we came (killed, say) or is stuck (``stuck.py``) is replaced; one
        we started and that ended is a failure, told with the end of its log."""
        started = time.monotonic()
        with _LoadProgress(self.home) as progress:
            while True:
                state = self._state()
                if state == "ready":
                    return
                waited = time.monotonic() - started
                if state == "loading":
                    progress.show(self._loaded_percent())
                elif not self.alive():
                    if spawned:
                        raise StoreUnavailable(self._failure("exited while starting"))
                    with _locked(self.home / "start.lock"):
                        spawned = self._start_or_watch()
                elif end_if_stuck(self.socket, self.home):  # ready, silent, idle: deadlocked
                    spawned = False  # the next turn starts a new server from the files
                    continue
                limit = _LOAD_TIMEOUT_S if state == "loading" else _START_TIMEOUT_S
                if waited > limit:
                    raise StoreUnavailable(self._failure(
                        f"did not answer within {limit:.0f} s; it was left running, "
                        "and the next command will wait for it again"))
                time.sleep(0.05)

    def _state(self) -> str:
        """``ready``, ``loading`` or ``absent``, after checking the socket's server is ours."""
        if not self.socket.exists():
            return "absent"
        uid = peer_uid(self.socket)
        if uid is None:
            return "absent"
        if uid != os.getuid():
            raise StoreUnavailable(f"the server on {self.socket} runs as uid {uid}, not as you; "
                                   "scamgraph will not send it your data")
        try:
            with control(self.socket, timeout=5) as client:
                client.ping()
        except redis.exceptions.BusyLoadingError:
            return "loading"
        except redis.exceptions.ResponseError:
            return "ready"  # it answers, with an error about its disk: it serves reads
        except (redis.exceptions.RedisError, OSError):
            return "absent"
        return "ready"

    def _loaded_percent(self) -> float:
        try:
            with control(self.socket, timeout=5) as client:
                return float(client.info("persistence").get("loading_loaded_perc", 0.0))
        except (redis.exceptions.RedisError, OSError, ValueError):
            return 0.0

    def _failure(self, what: str) -> str:
        return (f"the embedded FalkorDB server for {self.home} {what}. "
                f"Last lines of {self.log_file}:\n{self.log_tail()}")

    def stop(self) -> None:
        """Save and stop the server and wait until it is gone. One that cannot stop (full disk)
        is reported and left running with its data; the next command uses it."""
        if not self.alive():
            return
        state = self._state()
        problem = stop_server(self.socket, self.home) if state == "ready" else \
            ("it is still loading" if state == "loading" else "it does not answer")
        if problem is not None:
            log.warning("scamgraph: the store server for %s keeps running: %s; the next command "
                        "will use it, and it stops once it can save", self.home, problem)
            return
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.02)

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log written)"


class _LoadProgress:
    """A progress bar on stderr while a large store loads (shown only when loading is slow)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> _LoadProgress:
        return self

    def show(self, percent: float) -> None:
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            console = Console(stderr=True)
            if not console.is_terminal:
                return
            self.bar = Progress(TextColumn("loading the store {task.description}"), BarColumn(),
                                TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn(),
                                console=console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task(str(self.home), total=100.0)
        self.bar.update(self.task, completed=percent)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@contextmanager
def _opened(path: Path) -> Iterator[int]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        yield fd
    finally:
        os.close(fd)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive flock on a file for the duration of a ``with`` block."""
    with _opened(path) as fd:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield


def _older_pid(pid_file: Path, home: Path) -> int | None:
    """The pid in ``pid_file`` if it is a live redis-server working in ``home``."""
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if serves_home(pid, home) else None


def _wait_lock(fd: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _try_lock(fd, fcntl.LOCK_EX):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _try_lock(fd: int, kind: int) -> bool:
    try:
        fcntl.flock(fd, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
