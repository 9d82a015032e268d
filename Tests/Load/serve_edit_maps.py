#!/usr/bin/env python3
"""What the facilitator waits for after each slider move in `powermap serve` (Python standard
library only): PATCH one actor's stance (or power), then fetch the new version's analysis and the
power map and the grid as SVG in parallel, as the app does. Reports the client's time from the
PATCH sent to the last of the three received (p50, p90, max) and the server's CPU time per edit
(from /proc, less sensitive to other load than wall time).

The values sweep the slider's range (a stance from -0.9 to +0.9, a power from 0.1 to 0.9), one new
value per edit, so nothing is answered from an earlier version.

    swift build -c release --product powermap
    python3 scripts/generate_model.py 50 150 /tmp/m50.yaml
    python3 Tests/Load/serve_edit_maps.py --model /tmp/m50.yaml --actor a0 [--field power] [--edits 40]
    python3 Tests/Load/serve_edit_maps.py --vs OTHER/powermap ...   # paired runs, alternating binaries
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/json", "Origin": f"http://127.0.0.1:{port}"}
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_up(port, process):
    for _ in range(200):
        if process.poll() is not None:
            raise SystemExit("the server stopped")
        try:
            return json.loads(request(port, "GET", "/api/v1/model")[1])["version"]
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the server did not start")


def run(binary, model, actor, field, edits):
    folder = tempfile.mkdtemp(prefix="powermap-edit-maps-")
    copy = os.path.join(folder, os.path.basename(model))
    shutil.copy(model, copy)
    port = free_port()
    process = subprocess.Popen([binary, "serve", copy, "--port", str(port)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        version = wait_until_up(port, process)
        for kind in ("power", "grid"):  # the first drawing of each map loads Graphviz's plugins
            request(port, "GET", f"/api/v1/maps/{kind}.svg")
        start_cpu = cpu_seconds(process.pid)
        times = []
        for edit in range(edits):
            share = edit / max(1, edits - 1)
            value = round(-0.9 + 1.8 * share, 3) if field == "stance" else round(0.1 + 0.8 * share, 3)
            sent = time.perf_counter()
            status, data = request(port, "PATCH", f"/api/v1/actors/{actor}", {"version": version, field: value})
            if status != 200:
                raise SystemExit(f"PATCH answered {status}: {data[:200]}")
            version = json.loads(data)["version"]
            answers = {}
            paths = ["/api/v1/analysis", f"/api/v1/maps/power.svg?v={version}", f"/api/v1/maps/grid.svg?v={version}"]
            threads = [threading.Thread(target=lambda p=p: answers.__setitem__(p, request(port, "GET", p)[0]))
                       for p in paths]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            if any(status != 200 for status in answers.values()):
                raise SystemExit(f"answers: {answers}")
            times.append((time.perf_counter() - sent) * 1000)
        cpu = (cpu_seconds(process.pid) - start_cpu) / edits * 1000
    finally:
        process.terminate()
        process.wait()
        shutil.rmtree(folder, ignore_errors=True)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)], times[-1], cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/powermap"))
    parser.add_argument("--vs", help="a second binary, run alternately with --binary")
    parser.add_argument("--model", default=os.path.join(ROOT, "models/veracruz-2019-2020.yaml"))
    parser.add_argument("--actor", default="orfis")
    parser.add_argument("--field", choices=["stance", "power"], default="stance")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()
    binaries = [options.binary] + ([options.vs] if options.vs else [])
    print(f"load average {os.getloadavg()[0]:.2f}; {options.edits} edits of {options.actor}.{options.field}; "
          "edit → analysis + power and grid SVG, client ms; server CPU ms per edit")
    for _ in range(options.rounds):
        for binary in binaries:
            p50, p90, worst, cpu = run(binary, options.model, options.actor, options.field, options.edits)
            print(f"{binary}: p50 {p50:.1f} p90 {p90:.1f} max {worst:.1f}; CPU {cpu:.1f}")
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
