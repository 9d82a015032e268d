#!/usr/bin/env python3
"""PowerMap against NetworkX and igraph on the same graphs, measured in one run.

    python3 Benchmarks/compare.py                       # sizes 100, 1000, 10000, 100000
    python3 Benchmarks/compare.py --sizes 1000,10000    # a subset
    python3 Benchmarks/compare.py --skip-build --bench PATH/powermap-bench
    python3 Benchmarks/compare.py --ops pagerank,articulation   # some operations only
    python3 Benchmarks/compare.py --ops '' --app report --app-sizes 10000   # one row without a peer

The first run creates Benchmarks/.venv (python3 -m venv), pip-installs networkx, python-igraph
and scipy (NetworkX's PageRank needs it) into it and re-executes itself there. It then builds
powermap-bench in release mode (scratch path --scratch-path, default Benchmarks/.build), and for
each size:

1. runs `powermap-bench suite --json --export-dir DIR` twice: on both cores (`--jobs 2`) and
   pinned to one core (`taskset -c 0`, `--jobs 1`). The suite generates the seeded model
   (ModelGenerator, 5 relations per actor), exports its influence graph - the graph `powermap
   analyze` measures: actors as nodes, authority/oversight/funding/influence edges and alliances
   both ways, parallel relations merged keeping the strongest weight - as `source target weight`
   lines, and times each operation (median of at least 3 runs, more for short ones);
2. loads that edge list into igraph and NetworkX and times the same operations the same way;
3. checks that the three agree (a checksum per operation) and prints one markdown table of medians
   with the ratios PowerMap/peer (below 1: PowerMap is faster).

Operations and conventions (those of rule 5 of the PowerMap rules, NetworkMeasures.swift):
- pagerank: PageRank of the *reversed* graph, weighted, alpha 0.85 (igraph PRPACK with
  OMP_NUM_THREADS=1 unless set; networkx.pagerank(G.reverse(), tol=1e-13, max_iter=10000); PowerMap
  solves the same system by Gauss-Seidel to within 1e-9 of the fixed point).
- betweenness: exact, directed, unweighted, normalised by (n-1)(n-2). NetworkX above
  --networkx-betweenness-limit nodes (default 1,000) is skipped: it took 27 minutes at 10,000
  nodes (Benchmarks/README.md).
- scc: strongly connected components. articulation: articulation points of the undirected view.
- dominators: immediate dominators from the first executive (node 0 of the generated models).
- sweep: the single-removal sweep. PowerMap times `LossOfAllySweep.run` (rule 9: per removal,
  rules 1-4 - dependency cascade, Friedkin-Johnsen, viability - plus the fragmentation of the
  influence graph without the actor). The peers time what of that a graph library computes: per
  actor, delete it and compute the fragmentation of what is left by the sweep's method - directed
  reachability (Borgatti) up to 5,000 actors, weakly connected components above. The directed
  reachability uses the condensation with Python integers as bitsets (the algorithm PowerMap
  uses; faster in igraph than its all-pairs neighborhood_size, see --igraph-directed-method).
  NetworkX's sweep runs up to --networkx-sweep-limit actors (default 1,000).

Rows without a peer (--app, on by default): the `powermap` command line on models written by
scripts/generate_model.py (N actors, 5N relations, seed 7), each figure the median of --app-runs
whole-process runs (wall time, CPU time user + system, peak RSS from wait4), with the aim of issue 16:
- load: `powermap validate` of the 100,000-actor / 500,000-relation model as YAML and as JSON,
  run in turn (YAML, JSON, YAML, ...), and the median of the pairs' YAML/JSON ratios (aim: within 1.5x
  and under 600 MB);
- render: `powermap render --map power` at 1,000 / 5,000 / 10,000 actors (aim at 10,000: under 5 s);
- report: `powermap report --scenario lose-top --samples 10000 --jobs 2` (one scenario removing the
  most powerful actor with probability 0.5) at 1,000 / 5,000 / 10,000 actors (aim at 10,000: under
  20 s, index.html under 5 MB);
- pairs: `powermap sweep --pairs --top 10 --jobs 2` at 2,000 actors, by harm and by synergy (aim:
  under 2 minutes).
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")
PACKAGES = ["networkx", "python-igraph", "scipy"]
DIRECTED_FRAGMENTATION_LIMIT = 5000  # LossOfAllySweep.directedFragmentationLimit


def ensure_venv():
    """Re-executes this script inside Benchmarks/.venv, creating it first when missing."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        print(f"creating {VENV} and installing {', '.join(PACKAGES)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    probe = subprocess.run([python, "-c", "import igraph, networkx, scipy"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "--quiet", *PACKAGES], check=True)
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


def timed(body, minimum_runs=3, maximum_runs=21, budget=1.0):
    """The protocol of powermap-bench: a warm-up when a run is short, then at least minimum_runs
    runs and more until about budget seconds are spent; returns (median, runs, last result)."""
    start = time.perf_counter()
    result = body()
    first = time.perf_counter() - start
    times = [first] if first > 0.2 else []
    spent = first
    while len(times) < minimum_runs or (spent < budget and len(times) < maximum_runs):
        start = time.perf_counter()
        result = body()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
    return statistics.median(times), len(times), result


def read_edge_list(path):
    with open(path) as handle:
        header = handle.readline().split()
        nodes, root = int(header[2]), int(header[6])
        edges, weights = [], []
        for line in handle:
            source, target, weight = line.split()
            edges.append((int(source), int(target)))
            weights.append(float(weight))
    return nodes, edges, weights, root


# --- fragmentation, the structural part of the sweep ---------------------------------------------

def reachable_pairs_from_condensation(sizes, successors, order):
    """Σ over components c of size(c) · (nodes reachable from c, itself included), with the
    components' node sets as contiguous bit ranges of Python integers; `order` lists every
    component after all its successors."""
    start, offsets = 0, []
    for size in sizes:
        offsets.append(start)
        start += size
    reach = [0] * len(sizes)
    total = 0
    for component in order:
        bits = ((1 << sizes[component]) - 1) << offsets[component]
        for successor in successors[component]:
            bits |= reach[successor]
        reach[component] = bits
        total += sizes[component] * bits.bit_count()
    return total


def fragmentation_from_pairs(n, pairs):
    return 0.0 if n <= 1 else 1 - (pairs - n) / (n * (n - 1))


def igraph_directed_fragmentation(graph, method="condensation"):
    n = graph.vcount()
    if n <= 1:
        return 0.0
    if method == "neighborhood":
        return fragmentation_from_pairs(n, sum(graph.neighborhood_size(order=n, mode="out")))
    clustering = graph.connected_components(mode="strong")
    dag = clustering.cluster_graph(combine_edges=False)
    dag.simplify(loops=True, multiple=True)
    order = dag.topological_sorting(mode="in")  # sinks first
    successors = dag.get_adjlist(mode="out")
    return fragmentation_from_pairs(n, reachable_pairs_from_condensation(clustering.sizes(), successors, order))


def undirected_fragmentation(n, component_sizes):
    if n <= 1:
        return 0.0
    return 1 - sum(s * (s - 1) for s in component_sizes) / (n * (n - 1))


def networkx_directed_fragmentation(nx, graph):
    n = graph.number_of_nodes()
    if n <= 1:
        return 0.0
    dag = nx.condensation(graph)
    sizes = [len(dag.nodes[c]["members"]) for c in range(dag.number_of_nodes())]
    successors = [list(dag.successors(c)) for c in range(dag.number_of_nodes())]
    order = list(reversed(list(nx.topological_sort(dag))))
    return fragmentation_from_pairs(n, reachable_pairs_from_condensation(sizes, successors, order))


def igraph_sweep(graph, directed_method):
    n = graph.vcount()
    total = 0.0
    for vertex in range(n):
        rest = graph.copy()
        rest.delete_vertices(vertex)
        if n > DIRECTED_FRAGMENTATION_LIMIT:
            total += undirected_fragmentation(n - 1, rest.connected_components(mode="weak").sizes())
        else:
            total += igraph_directed_fragmentation(rest, directed_method)
    return total


def networkx_sweep(nx, graph):
    n = graph.number_of_nodes()
    total = 0.0
    for vertex in range(n):
        rest = nx.restricted_view(graph, [vertex], [])
        if n > DIRECTED_FRAGMENTATION_LIMIT:
            sizes = [len(c) for c in nx.weakly_connected_components(rest)]
            total += undirected_fragmentation(n - 1, sizes)
        else:
            total += networkx_directed_fragmentation(nx, rest)
    return total


# --- the peers ---------------------------------------------------------------------------------------

def peer_timings(library, size, path, options):
    """{operation: (median seconds, runs, check value) or a string saying why it was skipped}."""
    nodes, edges, weights, root = read_edge_list(path)
    results = {}
    wanted = set(options.ops.split(","))

    def run(operation, body, **limits):
        if operation in wanted:
            results[operation] = timed(body, **limits)

    if library == "igraph":
        import igraph

        graph = igraph.Graph(n=nodes, edges=edges, directed=True, edge_attrs={"weight": weights})
        reversed_graph = igraph.Graph(
            n=nodes, edges=[(t, s) for s, t in edges], directed=True, edge_attrs={"weight": weights})
        scale = 1 / ((nodes - 1) * (nodes - 2))

        run("pagerank", lambda: reversed_graph.pagerank(
            directed=True, damping=0.85, weights="weight", implementation="prpack")[0])
        if size <= options.exact_betweenness_limit:
            run("betweenness",
                lambda: sum(graph.betweenness(directed=True)) * scale, minimum_runs=3 if size >= 10000 else 5)
        run("scc", lambda: float(len(graph.connected_components(mode="strong"))))
        run("articulation", lambda: float(len(graph.articulation_points())))
        run("dominators",
            lambda: float(sum(1 for d in graph.dominator(root, mode="out") if d is not None and d >= 0) + 1))
        run("fragmentation", lambda: igraph_directed_fragmentation(graph))
        if size <= options.sweep_limit:
            run("sweep", lambda: igraph_sweep(graph, options.igraph_directed_method), budget=0)
    else:
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(range(nodes))
        graph.add_weighted_edges_from((s, t, w) for (s, t), w in zip(edges, weights))
        reversed_graph = graph.reverse(copy=True)
        run("pagerank", lambda: nx.pagerank(reversed_graph, alpha=0.85, tol=1e-13, max_iter=10000)[0])
        if size <= options.networkx_betweenness_limit:
            run("betweenness", lambda: sum(nx.betweenness_centrality(graph).values()))
        elif size <= options.exact_betweenness_limit and "betweenness" in wanted:
            results["betweenness"] = "skipped (> 10 min)"
        run("scc", lambda: float(sum(1 for _ in nx.strongly_connected_components(graph))))
        run("articulation",
            lambda: float(sum(1 for _ in nx.articulation_points(graph.to_undirected(as_view=True)))))
        run("dominators", lambda: float(len(nx.immediate_dominators(graph, root)) + (
            0 if root in nx.immediate_dominators(graph, root) else 1)))
        run("fragmentation", lambda: networkx_directed_fragmentation(nx, graph))
        if size <= options.networkx_sweep_limit:
            run("sweep", lambda: networkx_sweep(nx, graph), budget=0)
        elif size <= options.sweep_limit and "sweep" in wanted:
            results["sweep"] = "skipped (> 10 min)"
    return results


# --- PowerMap ------------------------------------------------------------------------------------------

def cpu_flags(options):
    """The swift build flags that compile for --target-cpu, as `make release` does (none when empty)."""
    return ["-Xswiftc", "-target-cpu", "-Xswiftc", options.target_cpu] if options.target_cpu else []


def find_bench(options):
    if options.bench:
        return options.bench
    # powermap-bench is a target of the root package, declared only with POWERMAP_BENCHMARKS=1.
    package = os.path.dirname(HERE)
    environment = dict(os.environ, POWERMAP_BENCHMARKS="1")
    command = ["swift", "build", "-c", "release", "--product", "powermap-bench",
               "--scratch-path", options.scratch_path or os.path.join(HERE, ".build"), *cpu_flags(options)]
    if not options.skip_build:
        subprocess.run(command, cwd=package, check=True, env=environment)
    binary = subprocess.run(command + ["--show-bin-path"], cwd=package, check=True, capture_output=True,
                            text=True, env=environment).stdout.strip()
    return os.path.join(binary, "powermap-bench")


def powermap_timings(bench, size, directory, jobs, pinned, options):
    command = [bench, "suite", "--sizes", str(size), "--json", "--jobs", str(jobs), "--ops", options.ops,
               "--exact-betweenness-limit", str(options.exact_betweenness_limit),
               "--sweep-limit", str(options.sweep_limit)]
    if pinned:
        parallel = [op for op in options.ops.split(",") if op in ("pagerank", "betweenness", "fragmentation", "sweep")]
        command = ["taskset", "-c", "0", *command, "--ops", ",".join(parallel)]
    else:
        command += ["--export-dir", directory]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    results = {}
    for line in output.splitlines():
        record = json.loads(line)
        results[record["operation"]] = (record["seconds"], record["runs"], record["check"], record)
    return results


# --- rows without a peer: the command line at scale -------------------------------------------------

APP_ROWS = ["load", "render", "report", "pairs"]


def find_powermap(options, bench):
    """The powermap command built next to powermap-bench (the same scratch path), or --powermap."""
    if options.powermap:
        return options.powermap
    binary = os.path.join(os.path.dirname(bench), "powermap")
    if not options.skip_build or not os.path.exists(binary):
        package = os.path.dirname(HERE)
        environment = dict(os.environ, POWERMAP_BENCHMARKS="1")
        subprocess.run(["swift", "build", "-c", "release", "--product", "powermap", "--scratch-path",
                        options.scratch_path or os.path.join(HERE, ".build"), *cpu_flags(options)], cwd=package,
                       check=True, env=environment)
    return binary


GNU_TIME = "/usr/bin/time"


def run_process(command, timeout=None):
    """(wall seconds, CPU seconds user + system, peak RSS in MiB, stderr) of one run of `command`;
    with `timeout`, a run still going after that many seconds is killed (its figures then stop there).

    The peak RSS comes from GNU time (`/usr/bin/time -f %M`) when it is installed: Linux carries a
    process's high-water mark across exec, so wait4's ru_maxrss of a child forked from this (large)
    Python process reports at least this process's own size. Without GNU time it is that upper bound."""
    start = time.perf_counter()
    with open(os.devnull, "w") as null, tempfile.TemporaryFile("w+") as errors, \
            tempfile.NamedTemporaryFile("r") as peak:
        wrapped = [GNU_TIME, "-f", "%M", "-o", peak.name, *command] if os.access(GNU_TIME, os.X_OK) else command
        process = subprocess.Popen(wrapped, stdout=null, stderr=errors, text=True, start_new_session=True)
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - start > timeout and not killed:
                os.killpg(process.pid, 9)
                killed = True
            time.sleep(0.05)
        wall = time.perf_counter() - start
        errors.seek(0)
        text = errors.read()
        lines = peak.read().split()
        rss = int(lines[-1]) / 1024 if wrapped is not command and lines and lines[-1].isdigit() \
            else usage.ru_maxrss / 1024
    process.returncode = os.waitstatus_to_exitcode(status)
    if not killed and process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {text[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, rss, text if killed or timeout else ""


def median_runs(command, runs):
    results = [run_process(command)[:3] for _ in range(runs)]
    return tuple(statistics.median(r[i] for r in results) for i in range(3))


def generated_model(directory, actors, extension):
    """scripts/generate_model.py ACTORS 5*ACTORS, and a scenario removing its most powerful actor (p 0.5)."""
    path = os.path.join(directory, f"generated-{actors}.{extension}")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(HERE), "scripts", "generate_model.py"),
                        str(actors), str(5 * actors), path], check=True)
    scenario = os.path.join(directory, f"lose-top-{actors}.yaml")
    if extension == "json" and not os.path.exists(scenario):
        with open(path) as handle:
            strongest = max(json.load(handle)["actors"], key=lambda actor: actor["power"])["id"]
        with open(scenario, "w") as handle:
            handle.write(f"id: lose-top\ntitle: Lose the most powerful actor\nsteps:\n"
                         f"  - remove: {strongest}\n    probability: 0.5\n")
    return path, scenario


def load_average():
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def figures(wall, cpu, rss):
    return f"{wall:.2f} s", f"{cpu:.2f} s", f"{rss:,.0f} MiB"


def app_rows(powermap, directory, options):
    """The rows of the command line at scale: [row, size, wall, CPU, peak RSS, aim, met, load average]."""
    wanted = [row for row in options.app.split(",") if row]
    rows = []

    def add(row):
        rows.append(row)
        print("  " + " | ".join(row), file=sys.stderr, flush=True)

    if "load" in wanted:
        actors = options.app_load_actors
        yaml_path, _ = generated_model(directory, actors, "yaml")
        json_path, _ = generated_model(directory, actors, "json")
        before = load_average()
        pairs = [(run_process([powermap, "validate", yaml_path])[:3], run_process([powermap, "validate", json_path])[:3])
                 for _ in range(options.app_runs)]
        ratio_median = statistics.median(y[0] / j[0] for y, j in pairs)
        cpu_ratio = statistics.median(y[1] / j[1] for y, j in pairs)
        yaml_med = tuple(statistics.median(y[i] for y, _ in pairs) for i in range(3))
        json_med = tuple(statistics.median(j[i] for _, j in pairs) for i in range(3))
        size = f"{actors:,} / {5 * actors:,}"
        add(["validate JSON", size, *figures(*json_med), "", "", before])
        add(["validate YAML", size, *figures(*yaml_med),
             f"YAML/JSON ≤ 1.5 (wall {ratio_median:.2f}, CPU {cpu_ratio:.2f}); < 600 MB",
             "yes" if ratio_median <= 1.5 and yaml_med[2] * 1.048576 < 600 else "no", load_average()])
    for actors in [int(a) for a in options.app_sizes.split(",")]:
        model, scenario = generated_model(directory, actors, "json")
        if "render" in wanted:
            before = load_average()
            result = median_runs([powermap, "render", model, "--map", "power", "-o",
                                  os.path.join(directory, f"power-{actors}.svg")], options.app_runs)
            aim = actors >= 10000
            add(["render --map power", f"{actors:,}", *figures(*result), "< 5 s" if aim else "",
                 ("yes" if result[0] < 5 else "no") if aim else "", before])
        if "report" in wanted:
            before = load_average()
            out = os.path.join(directory, f"report-{actors}")
            result = median_runs([powermap, "report", model, "--scenario", scenario, "--samples", "10000",
                                  "--jobs", "2", "--out", out], 1 if actors >= 5000 else options.app_runs)
            html = os.path.getsize(os.path.join(out, "index.html")) / 1e6
            aim = actors >= 10000
            add([f"report (index.html {html:.1f} MB)", f"{actors:,}", *figures(*result),
                 "< 20 s, index.html < 5 MB" if aim else "",
                 ("yes" if result[0] < 20 and html < 5 else "no") if aim else "", before])
    if "pairs" in wanted:
        model, _ = generated_model(directory, options.app_pairs_actors, "json")
        for rank in ["harm", "synergy"]:
            before = load_average()
            *result, errors = run_process(
                [powermap, "sweep", model, "--pairs", "--top", "10", "--rank", rank, "--jobs", "2"],
                timeout=options.app_pairs_timeout)
            cells = list(figures(*result))
            if result[0] > options.app_pairs_timeout:
                note = next((line for line in errors.splitlines() if "pairs to remove" in line), "")
                cells[0] = f"stopped after {result[0]:.0f} s ({note.removeprefix('note: ')})"
            add([f"sweep --pairs --rank {rank}", f"{options.app_pairs_actors:,}", *cells, "< 120 s",
                 "yes" if result[0] < 120 else "no", before])
    return rows


# --- the table -------------------------------------------------------------------------------------

def seconds(value):
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    median = value[0]
    if median >= 10:
        return f"{median:.1f} s"
    if median >= 1:
        return f"{median:.2f} s"
    if median >= 0.001:
        return f"{median * 1000:.1f} ms"
    return f"{median * 1e6:.0f} µs"


def ratio(ours, theirs):
    if not isinstance(ours, tuple) or not isinstance(theirs, tuple) or theirs[0] == 0:
        return "-"
    return f"{ours[0] / theirs[0]:.3g}"


def agrees(operation, values):
    """Whether the checks of the implementations that ran agree."""
    checks = [v[2] for v in values if isinstance(v, tuple) and v[2] is not None]
    if len(checks) < 2:
        return "-"
    tolerance = {"pagerank": 1e-8, "betweenness": 1e-9, "fragmentation": 1e-12, "sweep": 1e-9}.get(operation, 0)
    reference = checks[0]
    if all(abs(c - reference) <= tolerance * max(1.0, abs(reference)) for c in checks[1:]):
        return "yes"
    return "NO " + "/".join(f"{c:.12g}" for c in checks)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000,100000")
    parser.add_argument("--bench", help="a built powermap-bench (skips the build)")
    parser.add_argument("--skip-build", action="store_true", help="use the built powermap-bench as it is")
    parser.add_argument("--target-cpu", default="native",
                        help="the processor the release build is compiled for, as `make release` does "
                             "(default: native; '' for the architecture's baseline)")
    parser.add_argument("--scratch-path", help="swift build --scratch-path for powermap-bench")
    parser.add_argument("--exact-betweenness-limit", type=int, default=10000)
    parser.add_argument("--networkx-betweenness-limit", type=int, default=1000)
    parser.add_argument("--sweep-limit", type=int, default=10000)
    parser.add_argument("--networkx-sweep-limit", type=int, default=1000)
    parser.add_argument("--igraph-directed-method", choices=["condensation", "neighborhood"], default="condensation")
    parser.add_argument("--no-networkx", action="store_true")
    parser.add_argument("--ops", default="pagerank,betweenness,scc,articulation,dominators,fragmentation,sweep",
                        help="the operations to time, comma-separated")
    parser.add_argument("--app", default=",".join(APP_ROWS),
                        help="rows without a peer, comma-separated (load,render,report,pairs); '' for none")
    parser.add_argument("--app-sizes", default="1000,5000,10000", help="actors of the render and report rows")
    parser.add_argument("--app-load-actors", type=int, default=100000)
    parser.add_argument("--app-pairs-actors", type=int, default=2000)
    parser.add_argument("--app-pairs-timeout", type=float, default=300,
                        help="seconds after which a pairs sweep is stopped (its own estimate is quoted)")
    parser.add_argument("--app-runs", type=int, default=3, help="runs per row (the reports above 5,000 actors: 1)")
    parser.add_argument("--powermap", help="a built powermap command (else built next to powermap-bench)")
    options = parser.parse_args()
    # igraph's PRPACK runs OpenMP loops; on a loaded machine their spinning threads made one PageRank take
    # 0.1-1.3 s instead of 5 ms. One thread keeps the peer's time meaningful ("on one core").
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    peers = "no peers (--ops '')"
    if options.ops:
        ensure_venv()
        import igraph
        import networkx

        peers = f"igraph {igraph.__version__} and NetworkX {networkx.__version__}"
    bench = find_bench(options)
    sizes = [int(s) for s in options.sizes.split(",")]
    directory = tempfile.mkdtemp(prefix="powermap-compare-")
    print(f"# PowerMap vs {peers}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average at start {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}",
          flush=True)
    rows = []
    operations = [op for op in ["pagerank", "betweenness", "scc", "articulation", "dominators", "fragmentation", "sweep"]
                  if op in options.ops.split(",")]
    for size in sizes if options.ops else []:
        both = powermap_timings(bench, size, directory, 2, False, options)
        one = powermap_timings(bench, size, directory, 1, True, options) if shutil.which("taskset") else {}
        path = os.path.join(directory, f"influence-{size}.txt")
        ig = peer_timings("igraph", size, path, options)
        nx = {} if options.no_networkx else peer_timings("networkx", size, path, options)
        record = next(iter(both.values()), None)
        nodes, edges = (record[3]["nodes"], record[3]["edges"]) if record else (size, 0)
        for operation in operations:
            ours2 = both.get(operation)
            ours1 = one.get(operation)
            theirs_ig = ig.get(operation)
            theirs_nx = nx.get(operation)
            if ours2 is None and theirs_ig is None:
                continue
            parallel = operation in ("pagerank", "betweenness", "fragmentation", "sweep")
            row = [operation, f"{size:,} ({edges:,} edges)", seconds(ours1) if parallel else "=",
                   seconds(ours2), seconds(theirs_ig), seconds(theirs_nx),
                   ratio(ours1, theirs_ig) if parallel else ratio(ours2, theirs_ig), ratio(ours2, theirs_ig),
                   ratio(ours2, theirs_nx), agrees(operation, [ours2, theirs_ig, theirs_nx])]
            rows.append(row)
            print("  " + " | ".join(row), file=sys.stderr, flush=True)
    print()
    if rows:
        print("| operation | actors | PowerMap 1 core | PowerMap 2 cores | igraph | NetworkX | "
              "PM 1 core / igraph | PM 2 cores / igraph | PM 2 cores / NetworkX | results agree |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        print()
        print(f"load average at end {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; "
              "'=' in the 1-core column: single-threaded, the 2-core figure applies")
    if options.app:
        powermap = find_powermap(options, bench)
        table = app_rows(powermap, directory, options)
        print()
        print("| row | actors | wall | CPU (user + system) | peak RSS | aim (issue 16) | met | load average (1/5/15 min) |")
        print("|---|---|---|---|---|---|---|---|")
        for row in table:
            print("| " + " | ".join(row) + " |")
    shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
