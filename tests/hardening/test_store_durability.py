"""A report the embedded store acknowledged survives its server being killed at once after.

The server used to run with ``appendfsync everysec``. Under that policy, while its background
fsync of the append-only file is still running (a busy disk), Redis keeps new writes in memory
for up to two seconds and answers the client all the same. A server killed in that window (the
watchdog and the stuck-server path end servers with SIGKILL) took acknowledged reports with it:
a CI run on a loaded machine lost one that way. Here a preloaded shim makes every fsync of the
server take three seconds, so the window is always open; the test then kills the server right
after an acknowledged write and opens the store again.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from scamgraph.graph.embedded import open_embedded
from tests.hardening.test_store_ownership import parse_report, servers_for, wait_until

SLOW_SYNC_C = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>
/* every fsync and fdatasync of the process sleeps three seconds first: a disk that is busy */
static int slow(const char *name, int fd) {
    int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, name);
    sleep(3);
    return real(fd);
}
int fsync(int fd) { return slow("fsync", fd); }
int fdatasync(int fd) { return slow("fdatasync", fd); }
"""


@pytest.fixture
def slow_sync(tmp_path: Path) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the slow-fsync shim")
    source, shim = tmp_path / "slow_sync.c", tmp_path / "slow_sync.so"
    source.write_text(SLOW_SYNC_C)
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(shim), str(source), "-ldl"], check=True)
    return shim


def test_an_acknowledged_report_outlives_a_server_killed_while_its_disk_is_slow(
        tmp_path: Path, slow_sync: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "store"
    monkeypatch.setenv("LD_PRELOAD", str(slow_sync))
    store = open_embedded(home)  # the server (and only it) starts with the shim
    monkeypatch.delenv("LD_PRELOAD")
    store.merge(parse_report(1))
    time.sleep(1.5)  # the server's once-a-second fsync has begun and is sleeping
    store.merge(parse_report(2))
    servers = servers_for(home)
    assert len(servers) == 1, servers
    os.kill(servers[0], signal.SIGKILL)
    assert wait_until(lambda: not servers_for(home), 30)
    store.close()
    with open_embedded(home) as again:
        keys = {row["key"] for row in again.query("MATCH (r:Report) RETURN r.key AS key")}
    assert keys == {parse_report(1).report_key, parse_report(2).report_key}
