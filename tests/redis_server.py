"""A real `redis-server` for the tests, on 127.0.0.1 at a free port, with its data in a temporary folder.

CI (`.ci/run`) starts one and exports its URL as METOO_TEST_REDIS_URL. Without that variable, the tests
start their own when `redis-server` is on PATH; otherwise they fail with a line saying how to get one,
because a store test that silently skips proves nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ports import free_port, wait_for_port

__all__ = ["ENV_VAR", "RedisServer", "require_redis_server"]

ENV_VAR = "METOO_TEST_REDIS_URL"
_MISSING = (
    f"these tests need a real Redis: set {ENV_VAR}=redis://127.0.0.1:PORT/0 (its database is emptied), "
    "or install redis-server (Debian: apt-get install redis-server) so the tests can start one"
)


def require_redis_server() -> str:
    """The path of `redis-server`, or an AssertionError with the clear message."""
    path = shutil.which("redis-server")
    if path is None:
        raise AssertionError(_MISSING)
    return path


@dataclass
class RedisServer:
    """One redis-server process this test run owns; `stop` and `start` again keep port and folder."""

    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def rdb_path(self) -> Path:
        return self.folder / "dump.rdb"

    def start(self) -> RedisServer:
        """Start (or restart) the server and wait until it accepts connections."""
        binary = require_redis_server()
        self.folder.mkdir(parents=True, exist_ok=True)
        log = (self.folder / "redis.log").open("ab")
        # No automatic snapshots (the tests SAVE when they want the file); loopback only.
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--dbfilename", "dump.rdb", "--save", "", "--appendonly", "no", "--daemonize", "no"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        if not wait_for_port(self.port, up=True):
            self.stop()
            raise AssertionError(f"redis-server did not start on {self.port}; see {self.folder}/redis.log")
        return self

    def stop(self) -> None:
        """Stop the server at once (SIGKILL: an outage, not a clean shutdown that writes a snapshot)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None
        wait_for_port(self.port, up=False, timeout=5)


def url_from_environment() -> str | None:
    """The URL CI exported, if any."""
    return os.environ.get(ENV_VAR) or None
