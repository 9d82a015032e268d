#!/usr/bin/env python3
"""Load test of `powermap serve` on loopback (Python standard library only).

Starts the server (release build) on a temporary copy of a model, connects VIEWERS clients to
/api/v1/events, and has the facilitator PATCH an actor RATE times a second for SECONDS seconds.
Checks that every viewer received every version, and reports the edit-to-analysis time: the
server's (its Server-Timing `total`: the edit plus the new version's analysis) and the client's
(PATCH sent to the new analysis received with GET /api/v1/analysis).

    swift build -c release --product powermap
    python3 Tests/Load/serve_load.py [--model models/veracruz-2019-2020.yaml] [--viewers 20] [--rate 10] [--seconds 30]

Exit status 0 when every viewer got every version and the server's p99 is under --budget ms.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


class Viewer(threading.Thread):
    """One room browser: follows /api/v1/events and records every version announced."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.versions = []
        self.error = None
        self.connected = threading.Event()
        self.connection = None

    def run(self):
        try:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            self.connection.request("GET", "/api/v1/events", headers={"Accept": "text/event-stream"})
            response = self.connection.getresponse()
            if response.status != 200:
                raise RuntimeError(f"events answered {response.status}")
            self.connected.set()
            event = None
            while True:
                line = response.readline()
                if not line:
                    return
                line = line.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event == "version":
                    self.versions.append(json.loads(line[6:])["version"])
                elif line == "":
                    event = None
        except Exception as error:  # a closed socket at the end is expected
            if not self.connected.is_set() or not isinstance(error, (OSError, http.client.HTTPException, ValueError)):
                self.error = error
            self.connected.set()

    def close(self):
        try:
            if self.connection and self.connection.sock:
                self.connection.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def request(connection, method, path, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    return response, data


def server_total(response):
    for part in (response.getheader("Server-Timing") or "").split(","):
        name, _, duration = part.strip().partition(";dur=")
        if name == "total":
            return float(duration)
    return float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/powermap"))
    parser.add_argument("--model", default=os.path.join(ROOT, "models/veracruz-2019-2020.yaml"))
    parser.add_argument("--viewers", type=int, default=20)
    parser.add_argument("--rate", type=float, default=10)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--budget", type=float, default=100, help="the p99 budget in milliseconds")
    parser.add_argument("--actors", default="orfis,state-congress,citizens")
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        sys.exit(f"no server binary at {options.binary}: swift build -c release --product powermap")

    folder = tempfile.mkdtemp(prefix="powermap-load-")
    model = os.path.join(folder, os.path.basename(options.model))
    shutil.copy(options.model, model)
    scenarios = os.path.join(os.path.dirname(options.model), "scenarios")
    if os.path.isdir(scenarios):
        shutil.copytree(scenarios, os.path.join(folder, "scenarios"))
    port = free_port()
    server = subprocess.Popen(
        [options.binary, "serve", model, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        return run(options, port, server)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            print("the server did not stop within 15 s of SIGTERM", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)


def run(options, port, server):
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit("the server did not start: " + server.stderr.read().decode()[-2000:])
            time.sleep(0.1)
    viewers = [Viewer(port) for _ in range(options.viewers)]
    for viewer in viewers:
        viewer.start()
    for viewer in viewers:
        viewer.connected.wait(10)
    time.sleep(0.5)

    server_ms, client_ms, final, elapsed = facilitate_measured(port, options)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(not v.versions or v.versions[-1] < final for v in viewers):
        time.sleep(0.05)
    for viewer in viewers:
        viewer.close()

    complete = 0
    for number, viewer in enumerate(viewers):
        first = viewer.versions[0] if viewer.versions else None
        expected = list(range(first, final + 1)) if first is not None else []
        if viewer.error is None and first == 1 and viewer.versions == expected:
            complete += 1
        else:
            missing = sorted(set(range(1, final + 1)) - set(viewer.versions))
            print(f"viewer {number}: {len(viewer.versions)} versions, missing {missing[:10]}, error {viewer.error}")
    edits = len(server_ms)
    print(f"model {os.path.basename(options.model)}: {edits} edits in {elapsed:.1f} s "
          f"({edits / elapsed:.1f}/s), {options.viewers} viewers, final version {final}")
    print(f"viewers that received every version 1..{final}: {complete}/{options.viewers}")
    for name, values in (("server edit-to-analysis (Server-Timing total)", server_ms),
                         ("client PATCH + GET analysis", client_ms)):
        print(f"{name}: p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
              f"p99 {percentile(values, 99):.1f} ms, max {max(values):.1f} ms")
    ok = complete == options.viewers and percentile(server_ms, 99) < options.budget
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def facilitate_measured(port, options):
    """The facilitator: PATCH then GET the analysis, RATE times a second."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    _, data = request(connection, "GET", "/api/v1/model")
    version = json.loads(data)["version"]
    actors = options.actors.split(",")
    stances = [-1, -0.5, 0, 0.5, 1, 0.25, -0.25]
    server_ms, client_ms = [], []
    start = time.monotonic()
    for index in range(int(options.rate * options.seconds)):
        delay = start + index / options.rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        body = {"version": version, "stance": stances[index % len(stances)]}
        sent = time.perf_counter()
        response, data = request(connection, "PATCH", f"/api/v1/actors/{actors[index % len(actors)]}", body)
        if response.status != 200:
            raise RuntimeError(f"PATCH answered {response.status}: {data[:300]!r}")
        version = json.loads(data)["version"]
        total = server_total(response)
        response, _ = request(connection, "GET", "/api/v1/analysis")
        received = time.perf_counter()
        if response.status != 200 or response.getheader("X-PowerMap-Version") != str(version):
            raise RuntimeError(f"analysis {response.status} for version {response.getheader('X-PowerMap-Version')}")
        server_ms.append(total)
        client_ms.append((received - sent) * 1000)
    return server_ms, client_ms, version, time.monotonic() - start


if __name__ == "__main__":
    sys.exit(main())
