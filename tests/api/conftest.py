"""Live servers for the HTTP tests: ``blocgraph serve`` started as a real process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from blocgraph.build import BuildSummary

ServerFactory = Callable[..., str]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(
    url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 60.0
) -> None:
    """Poll ``url`` until it answers; fail with the server's output if it dies first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace")
            raise RuntimeError(f"the server exited with {process.returncode}:\n{output}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"the server did not answer at {url} within {seconds} s")


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerFactory]:
    """Start ``blocgraph serve`` on a store with the given settings; returns its base URL.

    Usage: ``url = start_server(store=path, BLOCGRAPH_QUERY_TIMEOUT="2")``. Every server
    started is stopped at the end of the session.
    """
    processes: list[subprocess.Popen[bytes]] = []

    def start(store: Path | None = None, endpoint: str | None = None, **env: str) -> str:
        port = free_port()
        command = [sys.executable, "-m", "blocgraph.cli", "serve", "--port", str(port)]
        if store is not None:
            command += ["--store", str(store)]
        if endpoint is not None:
            command += ["--endpoint", endpoint]
        log = tmp_path_factory.mktemp("server") / "server.log"
        with log.open("wb") as sink:  # a file, not a pipe: a full pipe would block the server
            process = subprocess.Popen(
                command, env={**os.environ, **env}, stdout=sink, stderr=subprocess.STDOUT
            )
        processes.append(process)
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url + "/sparql", process, log)
        return url

    yield start
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def server(start_server: ServerFactory, summary: BuildSummary) -> str:
    """Base URL of a server on the real built graph, with default settings."""
    return start_server(store=summary.store)
