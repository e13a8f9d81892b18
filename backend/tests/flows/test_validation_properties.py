"""Graph validation does not depend on how a graph is written down: the verdict and the problems are the
same after a JSON round trip (what the database stores) and whatever the order of the nodes and edges."""

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.flows.graph import Graph
from app.flows.validation import validate_graph
from tests.flows.test_validation import any_graphs, valid_dags


def _problems(graph: Graph) -> tuple[bool, Counter[tuple[str, str | None]]]:
    report = validate_graph(graph)
    return report.valid, Counter((p.code, p.node_id) for p in report.errors + report.warnings)


@given(any_graphs | valid_dags(), st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_report_survives_a_json_round_trip_and_any_order(graph: Graph, rnd: object) -> None:
    stored = Graph.model_validate_json(graph.model_dump_json())
    assert validate_graph(stored) == validate_graph(graph)

    ids = [n.id for n in graph.nodes]
    if len(set(ids)) == len(ids):  # with repeated ids the first one wins: order matters by design
        nodes, edges = list(graph.nodes), list(graph.edges)
        rnd.shuffle(nodes)  # type: ignore[attr-defined]
        rnd.shuffle(edges)  # type: ignore[attr-defined]
        shuffled = Graph.model_validate({**graph.model_dump(), "nodes": nodes, "edges": edges})
        assert _problems(shuffled) == _problems(graph)
