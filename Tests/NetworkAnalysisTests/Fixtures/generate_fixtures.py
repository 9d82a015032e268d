#!/usr/bin/env python3
"""Write the NetworkX reference fixtures for the NetworkAnalysis tests.

Run from anywhere:  python3 Tests/NetworkAnalysisTests/Fixtures/generate_fixtures.py
Needs networkx (3.6.1 when the committed files were written), numpy and scipy.
Every random choice is seeded, so a rerun with the same NetworkX writes the same files.

Each JSON file holds one graph on the nodes 0..n-1 and what NetworkX computes on it:
  edges                    the raw edge list [source, target, weight] given to WeightedDigraph, possibly with
                           parallel edges; "parallelEdges" says how they merge ("keepMaximum" or "sum"), and
                           the NetworkX DiGraph below is built from the merged list.
  pagerank, pagerankReversed
                           nx.pagerank(G, alpha=0.85, tol=1e-13, max_iter=10000, weight="weight"), and the same on
                           G.reverse(copy=True).
  betweenness, betweennessWeighted
                           nx.betweenness_centrality(G, normalized=True, weight=None | "weight").
  betweennessUnnormalized  nx.betweenness_centrality(G, normalized=False).
  sampledBetweenness       nx.betweenness_centrality(G, k=k, seed=seed) with the pivots NetworkX drew,
                           random.Random(seed).sample(list(G), k), so the Swift side can replay them.
  inDegree, outDegree      G.in_degree(weight="weight"), G.out_degree(weight="weight").
  stronglyConnectedComponents
                           nx.strongly_connected_components(G), each sorted, the list sorted.
  articulationPoints, bridges
                           nx.articulation_points(G.to_undirected()), nx.bridges(G.to_undirected()) with
                           self-loops removed (NetworkX's bridges() needs a simple graph), sorted.
  dominatorRoot, immediateDominators
                           nx.immediate_dominators(G, root) as a list: null for nodes unreachable from the
                           root; NetworkX >= 3.5 leaves the root out of its dict, the list maps it to itself.
  reachableCounts          len(nx.descendants(G, v)) for every v.
  fragmentation            Borgatti's F = 1 - sum_{i != j} reach_ij / (n (n - 1)) from nx.descendants (0 for n <= 1).
  undirectedFragmentation  1 - sum_k s_k (s_k - 1) / (n (n - 1)) over nx.connected_components(G.to_undirected()).
"""

import json
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def merged_digraph(n, edges, policy):
    graph = nx.DiGraph()
    graph.add_nodes_from(range(n))
    for u, v, w in edges:
        if graph.has_edge(u, v):
            old = graph[u][v]["weight"]
            graph[u][v]["weight"] = max(old, w) if policy == "keepMaximum" else old + w
        else:
            graph.add_edge(u, v, weight=w)
    return graph


def fragmentation(graph):
    n = graph.number_of_nodes()
    if n <= 1:
        return 0.0
    reach = sum(len(nx.descendants(graph, v)) for v in graph)
    return 1.0 - reach / (n * (n - 1))


def undirected_fragmentation(graph):
    n = graph.number_of_nodes()
    if n <= 1:
        return 0.0
    pairs = sum(len(c) * (len(c) - 1) for c in nx.connected_components(graph.to_undirected()))
    return 1.0 - pairs / (n * (n - 1))


def as_list(n, mapping):
    return [float(mapping[v]) for v in range(n)]


def write_fixture(name, description, n, edges, policy="keepMaximum", root=0, sample=None):
    graph = merged_digraph(n, edges, policy)
    undirected = graph.to_undirected()
    undirected.remove_edges_from(list(nx.selfloop_edges(undirected)))
    fixture = {
        "name": name,
        "description": description,
        "networkxVersion": nx.__version__,
        "nodeCount": n,
        "parallelEdges": policy,
        "edges": [[u, v, w] for u, v, w in edges],
        "inDegree": as_list(n, dict(graph.in_degree(weight="weight"))),
        "outDegree": as_list(n, dict(graph.out_degree(weight="weight"))),
        "reachableCounts": [len(nx.descendants(graph, v)) for v in range(n)],
        "fragmentation": fragmentation(graph),
        "undirectedFragmentation": undirected_fragmentation(graph),
        "stronglyConnectedComponents": sorted(sorted(c) for c in nx.strongly_connected_components(graph)),
        "articulationPoints": sorted(nx.articulation_points(undirected)),
        "bridges": sorted(sorted(e) for e in nx.bridges(undirected)),
    }
    if n > 0:
        opts = {"alpha": 0.85, "tol": 1e-13, "max_iter": 10000, "weight": "weight"}
        fixture["pagerank"] = as_list(n, nx.pagerank(graph, **opts))
        fixture["pagerankReversed"] = as_list(n, nx.pagerank(graph.reverse(copy=True), **opts))
        fixture["betweenness"] = as_list(n, nx.betweenness_centrality(graph))
        fixture["betweennessUnnormalized"] = as_list(n, nx.betweenness_centrality(graph, normalized=False))
        fixture["betweennessWeighted"] = as_list(n, nx.betweenness_centrality(graph, weight="weight"))
        idom = nx.immediate_dominators(graph, root)
        fixture["dominatorRoot"] = root
        fixture["immediateDominators"] = [root if v == root else idom.get(v) for v in range(n)]
    else:
        fixture["pagerank"] = []
        fixture["pagerankReversed"] = []
        fixture["betweenness"] = []
        fixture["betweennessUnnormalized"] = []
        fixture["betweennessWeighted"] = []
    if sample is not None:
        k, seed = sample
        pivots = random.Random(seed).sample(list(graph), k)
        values = nx.betweenness_centrality(graph, k=k, seed=seed)
        fixture["sampledBetweenness"] = {"k": k, "seed": seed, "pivots": pivots, "values": as_list(n, values)}
    path = os.path.join(HERE, name + ".json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(fixture, handle, indent=1, sort_keys=True)
        handle.write("\n")
    return name


def unit(edges):
    return [(u, v, 1.0) for u, v in edges]


def random_weights(edges, rng):
    return [(u, v, rng.uniform(0.1, 1.0)) for u, v in edges]


def dyadic_weights(edges, rng):
    """Multiples of 1/4 in [0.25, 2]: sums are exact, so equal path lengths are exactly equal in NetworkX too."""
    return [(u, v, rng.randint(1, 8) / 4) for u, v in edges]


def both_ways(edges):
    return [e for u, v in edges for e in ((u, v), (v, u))]


def relabelled(graph):
    mapping = {v: i for i, v in enumerate(sorted(graph.nodes(), key=str))}
    return nx.relabel_nodes(graph, mapping), len(mapping)


def main():
    rng = random.Random(20240601)
    names = []
    add = names.append

    add(write_fixture("empty", "no nodes", 0, []))
    add(write_fixture("single-node", "one isolated node", 1, []))
    add(write_fixture("single-self-loop", "one node with a self-loop", 1, [(0, 0, 0.5)]))
    add(write_fixture("two-nodes-one-edge", "0 -> 1", 2, [(0, 1, 0.7)]))
    add(write_fixture("two-cycle", "0 <-> 1", 2, [(0, 1, 1.0), (1, 0, 1.0)]))
    add(write_fixture("two-isolated", "two nodes, no edge", 2, []))
    add(write_fixture("path-5", "directed path 0 -> 1 -> 2 -> 3 -> 4", 5, unit(zip(range(4), range(1, 5)))))
    add(write_fixture("path-6-both-ways", "undirected path as both directions", 6,
                      unit(both_ways(zip(range(5), range(1, 6)))), root=2))
    add(write_fixture("cycle-7", "directed cycle of 7", 7, unit((i, (i + 1) % 7) for i in range(7)), sample=(3, 5)))
    add(write_fixture("star-out", "centre 0 points to 8 leaves", 9, unit((0, i) for i in range(1, 9))))
    add(write_fixture("star-in", "8 leaves point to centre 0", 9, unit((i, 0) for i in range(1, 9)), root=3))
    complete = [(u, v) for u in range(6) for v in range(6) if u != v]
    add(write_fixture("complete-6-weighted", "complete digraph on 6 nodes, random weights", 6,
                      random_weights(complete, rng)))
    dense = list(nx.gnp_random_graph(20, 0.6, seed=11, directed=True).edges())
    add(write_fixture("dense-20", "G(n=20, p=0.6) directed, random weights", 20, random_weights(dense, rng),
                      sample=(7, 3)))
    disconnected = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (5, 6), (8, 9)]
    add(write_fixture("disconnected", "two 3-cycles joined by nothing, a pendant, an isolated node, a lone edge",
                      11, unit(disconnected)))
    dangling = list(nx.gnp_random_graph(30, 0.08, seed=5, directed=True).edges())
    dangling = [(u, v) for u, v in dangling if u % 4 != 0]  # every 4th node has no out-edge
    add(write_fixture("dangling-30", "random digraph where every 4th node is dangling", 30,
                      random_weights(dangling, rng), root=1, sample=(10, 9)))
    parallel = [(0, 1, 0.2), (0, 1, 0.9), (1, 2, 0.5), (1, 2, 0.1), (2, 0, 0.3), (2, 3, 0.4), (2, 3, 0.4),
                (3, 1, 0.6), (0, 1, 0.5), (3, 4, 1.0), (4, 3, 0.25), (4, 3, 0.75)]
    add(write_fixture("parallel-max", "parallel edges merged to their maximum weight", 5, parallel))
    add(write_fixture("parallel-sum", "parallel edges merged by summing weights", 5, parallel, policy="sum"))
    loops = [(0, 0, 1.0), (0, 1, 0.5), (1, 2, 1.0), (2, 2, 2.0), (2, 0, 1.0), (3, 3, 1.0), (3, 1, 0.5), (1, 3, 0.25)]
    add(write_fixture("self-loops", "self-loops kept: they count in PageRank and degrees only", 4, loops))
    scale_free = nx.DiGraph(nx.scale_free_graph(120, seed=7))
    scale_free.remove_edges_from(list(nx.selfloop_edges(scale_free)))
    add(write_fixture("scale-free-120", "nx.scale_free_graph(120, seed=7) without self-loops, random weights", 120,
                      random_weights(sorted(scale_free.edges()), rng), sample=(30, 1)))
    tree = nx.random_labeled_tree(40, seed=3)
    arborescence = list(nx.bfs_edges(tree, 0))
    add(write_fixture("tree-40-out", "random labelled tree oriented away from 0", 40, unit(arborescence)))
    add(write_fixture("tree-40-both-ways", "random labelled tree, both directions", 40,
                      dyadic_weights(both_ways(tree.edges()), rng), root=7))
    barbell = nx.barbell_graph(5, 3)
    add(write_fixture("barbell-5-3", "barbell: two K5 joined by a 3-node path, both directions", 13,
                      unit(both_ways(barbell.edges()))))
    dominator_dag = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (4, 6), (5, 7), (6, 7), (7, 8), (1, 9),
                     (9, 10), (10, 8), (8, 11), (11, 12), (12, 13), (11, 13), (13, 14), (2, 15), (15, 14)]
    add(write_fixture("dominator-dag", "DAG with several dominator levels, unreachable node 16", 17,
                      unit(dominator_dag)))
    cfg = [(0, 1), (1, 2), (2, 3), (3, 1), (1, 4), (4, 5), (5, 6), (6, 4), (4, 7), (7, 8), (8, 7), (8, 9),
           (2, 9), (9, 10), (10, 0), (6, 10), (11, 10), (12, 11)]
    add(write_fixture("dominator-loops", "control-flow-like graph with loops and back edges", 13, unit(cfg)))
    dag = [(u, v) for u, v in nx.gnp_random_graph(40, 0.12, seed=21, directed=True).edges() if u < v]
    add(write_fixture("random-dag-40", "random DAG (edges low -> high)", 40, random_weights(dag, rng),
                      sample=(12, 4)))
    gnp = list(nx.gnp_random_graph(50, 0.08, seed=2, directed=True).edges())
    add(write_fixture("gnp-50", "G(n=50, p=0.08) directed, random weights", 50, random_weights(gnp, rng),
                      root=3, sample=(20, 8)))
    gnm = list(nx.gnm_random_graph(200, 800, seed=13, directed=True).edges())
    add(write_fixture("gnm-200-800", "G(n=200, m=800) directed, random weights", 200, random_weights(gnm, rng),
                      sample=(50, 17)))
    grid = nx.convert_node_labels_to_integers(nx.grid_2d_graph(5, 6), ordering="sorted")
    add(write_fixture("grid-5x6-dyadic", "5x6 grid both ways, dyadic weights (many exactly tied paths)", 30,
                      dyadic_weights(both_ways(grid.edges()), rng), root=14))
    grid_edges = both_ways(grid.edges())
    add(write_fixture("grid-5x6-unit", "5x6 grid both ways, unit weights (weighted equals unweighted)", 30,
                      unit(grid_edges)))
    wheel = [(0, i) for i in range(1, 10)] + [(i, i % 9 + 1) for i in range(1, 10)] + [(5, 0)]
    add(write_fixture("wheel-10", "hub 0 -> rim, rim cycle, one spoke back", 10, unit(wheel)))
    sccs = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (5, 6), (6, 7), (7, 6), (1, 8), (8, 9),
            (9, 8), (9, 4), (10, 11), (11, 10), (11, 0)]
    add(write_fixture("many-sccs", "several cycles chained into a condensation DAG", 12, unit(sccs), root=10))
    karate = nx.karate_club_graph()
    add(write_fixture("karate-both-ways", "Zachary's karate club, both directions, its weights", 34,
                      [(u, v, float(karate[u][v]["weight"])) for u, v in both_ways(karate.edges())],
                      sample=(10, 99)))
    florentine, n_flo = relabelled(nx.florentine_families_graph())
    directed_flo = [(u, v) if rng.random() < 0.5 else (v, u) for u, v in florentine.edges()]
    add(write_fixture("florentine-oriented", "Florentine families, each tie given one random direction", n_flo,
                      random_weights(directed_flo, rng), root=8))
    lollipop = nx.lollipop_graph(6, 5)
    add(write_fixture("lollipop-6-5", "K6 with a 5-node tail, both directions", 11, unit(both_ways(lollipop.edges()))))
    ladder = nx.ladder_graph(6)
    add(write_fixture("ladder-6", "ladder of 6 rungs, both directions, random weights", 12,
                      random_weights(both_ways(ladder.edges()), rng)))
    ws = nx.watts_strogatz_graph(60, 4, 0.2, seed=31)
    ws_edges = [(u, v) if rng.random() < 0.7 else (v, u) for u, v in ws.edges()]
    ws_edges += [(v, u) for u, v in ws_edges if rng.random() < 0.3]
    add(write_fixture("watts-strogatz-60", "Watts-Strogatz ring, random orientations, some reciprocated", 60,
                      random_weights(ws_edges, rng), root=0, sample=(15, 23)))
    les, n_les = relabelled(nx.les_miserables_graph())
    add(write_fixture("les-miserables", "Les Miserables co-occurrence, both directions, its weights", n_les,
                      [(u, v, float(les[u][v]["weight"])) for u, v in both_ways(les.edges())], sample=(25, 5)))
    sparse = list(nx.gnm_random_graph(300, 450, seed=77, directed=True).edges())
    add(write_fixture("sparse-300", "G(n=300, m=450): many small SCCs, articulation points and bridges", 300,
                      random_weights(sparse, rng), root=5, sample=(60, 2)))

    with open(os.path.join(HERE, "index.json"), "w", encoding="utf-8") as handle:
        json.dump({"networkxVersion": nx.__version__, "fixtures": names}, handle, indent=1)
        handle.write("\n")
    print(f"wrote {len(names)} fixtures with networkx {nx.__version__}")


if __name__ == "__main__":
    main()
