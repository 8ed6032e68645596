"""A store server that stops answering never hangs a command: the real FalkorDB server, stopped.

FalkorDB 4.16 can deadlock its main thread: the process lives, its socket accepts connections
and nothing answers. A SIGSTOPped server looks exactly the same from outside (alive, socket
open, no answer, no CPU), so these tests stop the real server with SIGSTOP, with the client's
timeout set small through ``SCAMGRAPH_STORE_TIMEOUT``, and check that the command fails in
time with one clear line, that the server is stopped and replaced by exactly one, and that every
acknowledged write is still there. A server that has not said it is ready (it may be loading)
is never stopped.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scamgraph.graph.embedded import open_embedded
from scamgraph.graph.store import StoreNotAnswering
from scamgraph.graph.stuck import end_if_stuck, server_pid
from scamgraph.graph.supervisor import tail_bytes
from tests.hardening.test_store_ownership import (
    ROOT,
    ServerCounter,
    cli,
    parse_report,
    servers_for,
    wait_until,
)
from tests.reports import write_reports

LIMIT_S = 2  # the client's timeout in these tests (the default is ten minutes)


def processes_for(home: Path) -> list[int]:
    """Servers and watchdogs of ``home``: what must be gone when a test ends."""
    found = set(servers_for(home))
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(home).encode() in (entry / "cmdline").read_bytes():
                found.add(int(entry.name))
        except OSError:
            continue
    return sorted(found)


def gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Pids a test SIGSTOPs; whatever is left of them is woken and killed at the end."""
    monkeypatch.setenv("SCAMGRAPH_STORE_TIMEOUT", str(LIMIT_S))
    pids: list[int] = []
    yield pids
    for pid in pids:
        for sig in (signal.SIGCONT, signal.SIGKILL):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass


def freeze(home: Path, pids: list[int]) -> int:
    (pid,) = servers_for(home)
    pids.append(pid)
    os.kill(pid, signal.SIGSTOP)
    return pid


def test_a_silent_server_fails_the_call_in_time_and_loses_no_acknowledged_write(
        tmp_path: Path, frozen: list[int]) -> None:
    home = tmp_path / "store"
    acknowledged: list[str] = []
    with ServerCounter(home) as counter:
        store = open_embedded(home)
        store.merge(parse_report(0))
        acknowledged.append(parse_report(0).report_key)
        threading.Timer(0.5, freeze, (home, frozen)).start()  # whatever the store is doing then
        with pytest.raises(StoreNotAnswering) as raised:
            for i in range(1, 100_000):
                started = time.monotonic()
                store.merge(parse_report(i))
                acknowledged.append(parse_report(i).report_key)
        took = time.monotonic() - started
        store.close()
        message = str(raised.value)
        assert took < LIMIT_S + LIMIT_S + 10 + 15, f"took {took:.1f} s"  # timeout, check, grace, slack
        assert "\n" not in message and str(home.resolve()) in message
        assert "stopped answering" in message and "stuck" in message and "run the command again" in message
        (pid,) = frozen
        assert wait_until(lambda: gone(pid), 15), "the stuck server was left running"
        log = (home / "falkordb.log").read_text(errors="replace")
        assert f"server pid {pid} is stuck" in log and f"server pid {pid} ignored SIGTERM; sending SIGKILL" in log
        with open_embedded(home) as again:
            assert all(again.has_report(key) for key in acknowledged), len(acknowledged)
            rows = again.query("MATCH (r:Report) OPTIONAL MATCH (r)-[m:MENTIONS]->() "
                               "RETURN r.key AS k, count(m) AS n")
            assert all(row["n"] == 4 for row in rows)  # the unanswered report: whole or absent
            assert len(rows) in (len(acknowledged), len(acknowledged) + 1)
            assert not again.merge(parse_report(100_000)).skipped
    assert counter.most == 1
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)


def test_a_silent_server_met_at_open_is_replaced_and_the_command_answers(
        tmp_path: Path, frozen: list[int]) -> None:
    home = tmp_path / "store"
    with ServerCounter(home) as counter:
        held = open_embedded(home)  # keeps the server up while the command comes
        held.merge(parse_report(7))
        pid = freeze(home, frozen)
        run = cli("query", "MATCH (r:Report) RETURN r.key AS key", "--format", "json", "--store", f"embedded:{home}",
                  env={"SCAMGRAPH_STORE_TIMEOUT": str(LIMIT_S)})
        assert run.returncode == 0, run.stderr
        assert parse_report(7).report_key in run.stdout and "Traceback" not in run.stderr
        assert gone(pid)
        assert "is stuck" in (home / "falkordb.log").read_text(errors="replace")
        held.close()
    assert counter.most == 1
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)


def test_an_ingest_whose_server_stops_answering_says_so_in_one_line(tmp_path: Path, frozen: list[int]) -> None:
    home, folder = tmp_path / "store", tmp_path / "reports"
    write_reports(folder, range(3000))  # (400 take about a second on a quiet machine)
    env = {**os.environ, "SCAMGRAPH_STORE_TIMEOUT": str(LIMIT_S), "COLUMNS": "400"}
    with ServerCounter(home) as counter:
        run = subprocess.Popen([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder), "--store", f"embedded:{home}"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert wait_until(lambda: servers_for(home) and tail_bytes(home) > 20_000, 60)  # some reports in
        freeze(home, frozen)
        started = time.monotonic()
        out, err = run.communicate(timeout=120)
        took = time.monotonic() - started
    assert run.returncode == 2, out + err
    assert took < 60, f"the ingest took {took:.0f} s to give up"
    assert "Traceback" not in out + err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "stopped answering" in errors[0] and str(home.resolve()) in errors[0], err
    assert counter.most == 1
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)
    with open_embedded(home) as store:
        rows = store.query("MATCH (r:Report) OPTIONAL MATCH (r)-[m:MENTIONS]->() RETURN r.key AS k, count(m) AS n")
    assert rows and all(row["n"] == 4 for row in rows)  # whole reports only
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)


HOLDER = """
import sys, time
from pathlib import Path
from scamgraph.graph.embedded import open_embedded
from tests.hardening.test_store_ownership import parse_report
store = open_embedded(Path(sys.argv[1]))
store.merge(parse_report(11))
print("stored", flush=True)
time.sleep(300)
"""


def test_the_watchdog_ends_a_stuck_server_that_nobody_uses(tmp_path: Path, frozen: list[int]) -> None:
    """The command that used the server was killed while the server was silent: no client is
    left to time out, and a stuck server can neither save nor stop; its watchdog ends it."""
    home = tmp_path / "store"
    env = {**os.environ, "SCAMGRAPH_STORE_TIMEOUT": str(LIMIT_S)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(home)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "stored\n"
        pid = freeze(home, frozen)
    finally:
        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    assert wait_until(lambda: gone(pid), LIMIT_S + 10 + 15), "the watchdog left the stuck server running"
    assert wait_until(lambda: not processes_for(home), 15), processes_for(home)
    assert f"server pid {pid} is stuck" in (home / "falkordb.log").read_text(errors="replace")
    with open_embedded(home) as store:
        assert store.has_report(parse_report(11).report_key)
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)


def test_a_server_busy_with_a_long_transaction_is_left_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A transaction runs on the server's main thread, so PING waits for it too; but the server
    uses CPU meanwhile, which a stuck one does not."""
    monkeypatch.setenv("SCAMGRAPH_STORE_TIMEOUT", "1")
    home = tmp_path / "store"
    with open_embedded(home) as store:
        (pid,) = servers_for(home)
        answers: list[object] = []
        heavy = threading.Thread(target=lambda: answers.append(_long_transaction(store.server.socket)))  # type: ignore[union-attr]
        heavy.start()
        time.sleep(0.3)
        with pytest.raises(StoreNotAnswering, match="so it was left running") as raised:
            store.query("RETURN 1 AS one")
        heavy.join(timeout=280)
        assert answers and not isinstance(answers[0], Exception), (answers, str(raised.value))
        assert servers_for(home) == [pid] and not gone(pid)
        assert "is stuck" not in (home / "falkordb.log").read_text(errors="replace")
        assert store.query("RETURN 1 AS one") == [{"one": 1}]
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)


def _long_transaction(sock: Path) -> object:
    """A few seconds of CPU in one MULTI/EXEC (a count over 25 million rows, little memory)."""
    import redis

    query = "UNWIND range(1, 5000) AS x UNWIND range(1, 5000) AS y WITH x, y WHERE (x * y) % 7 = 0 RETURN count(*)"
    try:
        with redis.Redis(unix_socket_path=str(sock), socket_timeout=300) as client:
            pipe = client.pipeline(transaction=True)
            pipe.execute_command("GRAPH.QUERY", "scamgraph", query)
            return pipe.execute()
    except redis.exceptions.RedisError as exc:
        return exc


def test_a_server_that_has_not_said_it_is_ready_is_never_stopped(tmp_path: Path, frozen: list[int]) -> None:
    """A server may be silent while it loads a large store: its log then lacks its ready line."""
    home = tmp_path / "store"
    store = open_embedded(home)
    try:
        pid = freeze(home, frozen)
        log = home / "falkordb.log"
        log.write_text("".join(line for line in log.read_text().splitlines(keepends=True)
                               if "Ready to accept connections" not in line))
        assert not end_if_stuck(store.server.socket, store.server.home)  # type: ignore[union-attr]
        assert not gone(pid) and server_pid(store.server.socket, store.server.home) == pid  # type: ignore[union-attr]
    finally:
        os.kill(pid, signal.SIGCONT)
        store.close()
    assert wait_until(lambda: not processes_for(home), 30), processes_for(home)


def test_a_timeout_that_is_no_number_is_a_clear_error(tmp_path: Path) -> None:
    run = cli("ingest", str(tmp_path), "--store", f"embedded:{tmp_path / 'store'}",
              env={"SCAMGRAPH_STORE_TIMEOUT": "soon"})
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "SCAMGRAPH_STORE_TIMEOUT='soon'" in run.stderr, run.stderr
    assert not processes_for(tmp_path / "store")
