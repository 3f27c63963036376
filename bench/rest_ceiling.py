"""The REST lookup against the framework's ceiling: ``GET /api/states/RUS/bodies`` on
``blocgraph serve`` side by side with a trivial FastAPI endpoint (a constant JSON list of the
same size) served by the same uvicorn and protocol, both loaded by ``wrk`` with 16 connections.

The two servers run one at a time (the machine has 2 cores), alternating for ``--rounds``
rounds; the table gives each round's req/s and the median ratio. Results:
``bench/rest-ceiling-results.md``.

Usage: ``PYTHONPATH=src python -m bench.rest_ceiling [--store var/store] [--seconds 10]``
(needs ``wrk``: ``apt-get install wrk``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PATH = "/api/states/RUS/bodies"
TRIVIAL_APP = """
import json, sys
from fastapi import FastAPI
from fastapi.responses import Response
import uvicorn
try:  # the protocol `blocgraph serve` uses (when measuring older code: uvicorn's own)
    from blocgraph.api._server import protocol_class
    HTTP = protocol_class(32768)
except ImportError:
    HTTP = "auto"

BODY = open(sys.argv[2], "rb").read()
app = FastAPI()

@app.get("/api/states/{state}/bodies")
async def bodies(state: str) -> Response:
    return Response(BODY, media_type="application/json")

# the same server settings as `blocgraph serve` (access log included)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="info",
            http=HTTP)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def cpu_seconds(pid: int) -> float:
    """User + system CPU the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(url: str, seconds: int, connections: int, pid: int) -> tuple[float, float]:
    """Requests per second, and the server's CPU milliseconds per request."""
    before = cpu_seconds(pid)
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    used = cpu_seconds(pid) - before
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    count = re.search(r"(\d+) requests in", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if match is None or count is None or errors is not None:
        raise RuntimeError(f"wrk failed:\n{out}")
    return float(match.group(1)), used / int(count.group(1)) * 1000


def run_server(command: list[str], url: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait(url, process)
    for _ in range(200):  # warm up
        httpx.get(url)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("var/store"))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("needs wrk: apt-get install wrk")
    env = {**os.environ, "BLOCGRAPH_STORE": str(args.store)}
    ours_port, trivial_port = free_port(), free_port()
    ours_url = f"http://127.0.0.1:{ours_port}{PATH}"
    trivial_url = f"http://127.0.0.1:{trivial_port}{PATH}"
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "trivial.py"
        script.write_text(TRIVIAL_APP)
        ours_cmd = [sys.executable, "-m", "blocgraph.cli", "serve", "--port", str(ours_port)]
        probe = run_server(ours_cmd, ours_url, env)
        sample = httpx.get(ours_url).content
        stop(probe)
        body = Path(folder) / "body.json"
        body.write_bytes(sample)
        trivial_cmd = [sys.executable, str(script), str(trivial_port), str(body)]
        rounds = []
        for _ in range(args.rounds):
            server = run_server(ours_cmd, ours_url, env)
            ours = wrk(ours_url, args.seconds, args.connections, server.pid)
            stop(server)
            server = run_server(trivial_cmd, trivial_url, env)
            trivial = wrk(trivial_url, args.seconds, args.connections, server.pid)
            stop(server)
            rounds.append((ours, trivial))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"wrk -t2 -c{args.connections} -d{args.seconds}s, {args.rounds} rounds, "
        f"{os.cpu_count()} cores, load average {load}; answer {len(sample)} bytes\n"
    )
    print(
        "| round | blocgraph req/s | trivial req/s | ratio | blocgraph CPU ms/req "
        "| trivial CPU ms/req | ratio (trivial CPU / ours) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for number, ((rate_ours, cpu_ours), (rate_trivial, cpu_trivial)) in enumerate(rounds, 1):
        print(
            f"| {number} | {rate_ours:,.0f} | {rate_trivial:,.0f} "
            f"| {rate_ours / rate_trivial:.2f} | {cpu_ours:.3f} | {cpu_trivial:.3f} "
            f"| {cpu_trivial / cpu_ours:.2f} |"
        )
    rate = statistics.median(o[0] / t[0] for o, t in rounds)
    cpu = statistics.median(t[1] / o[1] for o, t in rounds)
    print(f"\nmedian ratio, req/s: {rate:.2f}; median ratio, server CPU per request: {cpu:.2f}")


if __name__ == "__main__":
    main()
