#!/usr/bin/env python3
"""Write pagerank-10000.json: NetworkX's PageRank of a seeded 10,000-node graph, for PageRankLargeTests.

Run from anywhere:  python3 Tests/NetworkAnalysisTests/Fixtures/generate_pagerank_10000.py
Needs networkx (3.6.1 when the committed file was written) and scipy.

The graph is not stored: the test rebuilds it with the same SplitMix64 stream (`edges` below, mirrored in
PageRankLargeTests.swift). Every ninth node has no out-edges (dangling); the others have 1-6 out-edges,
three in four to an earlier node or itself (self-loops occur), the rest anywhere, with dyadic weights
k/1024, k in 1..1024, so that both sides read the same doubles. Parallel edges keep the largest weight.
The file holds nx.pagerank(G.reverse(), alpha=0.85, tol=T, max_iter=10000, weight="weight") for
T = 1e-13 (the domain's call) and T = 1e-15 (the fixed point to about 5e-11), as integers
round(score * 1e11), enough for 1e-9 comparisons in 170 KB. On this graph the tol=1e-13 result lies
2.3e-9 from the fixed point (NetworkX stops on an L1 change below n * tol, which allows up to
alpha / (1 - alpha) * n * tol = 5.7e-9 of L1 error), so a solver closer to the fixed point cannot
agree with it to 1e-9 everywhere; the test bounds that difference by NetworkX's own error.
"""
import json
import os

import networkx as nx

MASK = (1 << 64) - 1
GAMMA = 0x9E3779B97F4A7C15
NODES = 10_000
SEED = 2024
SCALE = 1e11


def splitmix64(seed):
    state = seed
    while True:
        state = (state + GAMMA) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def edges(n=NODES, seed=SEED):
    stream = splitmix64(seed)
    result = []
    for source in range(n):
        if source % 9 == 0:
            continue
        for _ in range(1 + next(stream) % 6):
            r = next(stream)
            target = (r >> 32) % (source + 1) if r & 3 else r % n
            weight = ((next(stream) >> 11) % 1024 + 1) / 1024
            result.append((source, target, weight))
    return result


def main():
    graph = nx.DiGraph()
    graph.add_nodes_from(range(NODES))
    for source, target, weight in edges():
        previous = graph.get_edge_data(source, target, {"weight": 0.0})["weight"]
        graph.add_edge(source, target, weight=max(previous, weight))
    reversed_graph = graph.reverse(copy=True)
    ranks = {
        tol: nx.pagerank(reversed_graph, alpha=0.85, tol=tol, max_iter=10000, weight="weight") for tol in (1e-13, 1e-15)
    }
    fixture = {
        "networkxVersion": nx.__version__,
        "nodeCount": NODES,
        "seed": SEED,
        "edgeCount": graph.number_of_edges(),
        "scale": SCALE,
        "pagerankReversed": [round(ranks[1e-13][node] * SCALE) for node in range(NODES)],
        "pagerankReversedTight": [round(ranks[1e-15][node] * SCALE) for node in range(NODES)],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pagerank-10000.json")
    with open(path, "w") as file:
        json.dump(fixture, file, separators=(",", ":"))
        file.write("\n")


if __name__ == "__main__":
    main()
