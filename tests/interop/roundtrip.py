"""Reads a graph file with NetworkX or igraph and writes it back with the same tool.

Usage: python3 roundtrip.py networkx|igraph gexf|graphml IN OUT

Prints one JSON line describing what the tool read (counts, direction, multigraph, attribute
names, one node's attributes) so the calling test (tests/unit/interop-python.test.ts) can check
the tool saw the data, then writes OUT in the same format with the tool's own writer.
Exit code 3 when the tool's Python module is missing (the test decides whether that may skip).
"""
import json
import sys


def summary_networkx(g):
    first = next(iter(g.nodes(data=True)), (None, {}))
    edge_keys = set()
    for _, _, data in g.edges(data=True):
        edge_keys.update(data.keys())
    return {
        "tool": "networkx",
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "node_attributes": sorted({k for _, d in g.nodes(data=True) for k in d}),
        "edge_attributes": sorted(edge_keys),
        "first_node": [str(first[0]), {k: str(v) for k, v in first[1].items()}],
    }


def summary_igraph(g):
    return {
        "tool": "igraph",
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "directed": g.is_directed(),
        "multigraph": any(g.is_multiple()),
        "node_attributes": sorted(g.vs.attributes()),
        "edge_attributes": sorted(g.es.attributes()),
        "first_node": [str(g.vs[0]["id"]) if "id" in g.vs.attributes() else "0",
                       {k: str(v) for k, v in g.vs[0].attributes().items()}],
    }


def main():
    tool, fmt, src, dst = sys.argv[1:5]
    try:
        if tool == "networkx":
            import networkx as nx
            version = nx.__version__
        else:
            import igraph as ig
            version = ig.__version__
    except ImportError as e:
        print(json.dumps({"missing": str(e)}))
        return 3
    if tool == "networkx":
        g = nx.read_gexf(src) if fmt == "gexf" else nx.read_graphml(src)
        info = summary_networkx(g)
        if fmt == "gexf":
            nx.write_gexf(g, dst)
        else:
            nx.write_graphml(g, dst)
    else:
        if fmt != "graphml":
            raise SystemExit("igraph reads GraphML only (it has no GEXF reader)")
        g = ig.Graph.Read_GraphML(src)
        info = summary_igraph(g)
        g.write_graphml(dst)
    info["version"] = version
    print(json.dumps(info, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
