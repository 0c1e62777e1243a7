"""Unit tests of cigraph_client against a tiny local stub HTTP server."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

import cigraph_client as cc

CONCENTRATION = {
    "concentration": {
        "supplier": {"name": "S"},
        "hhi": 900,
        "customers": [
            {"customer": {"name": "C1"}, "share": {"value": 25.5},
             "claims": [{"evidence": "one"}, {"evidence": "two"}]},
            {"customer": {"name": "C2"}, "share": None, "claims": []},
        ],
        "revenueClaims": [{"evidence": "rev"}],
    }
}


class Stub(BaseHTTPRequestHandler):
    """Answers /graphql with the canned answer of the server, /queries/* as told."""

    answers: dict = {}
    seen: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
        Stub.seen.append((self.path, body, self.headers.get("Authorization")))
        status, answer = Stub.answers.get(self.path, (404, "404 page not found"))
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if not isinstance(answer, str) else "text/plain")
        self.end_headers()
        self.wfile.write(answer.encode() if isinstance(answer, str) else json.dumps(answer).encode())

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    srv = HTTPServer(("127.0.0.1", 0), Stub)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    Stub.answers, Stub.seen = {}, []
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_flatten_stacks_nested_lists_and_repeats_parents():
    rows = cc.flatten(CONCENTRATION)
    assert rows == [
        {"supplier.name": "S", "hhi": 900, "customers.customer.name": "C1", "customers.share.value": 25.5,
         "customers.claims.evidence": "one"},
        {"supplier.name": "S", "hhi": 900, "customers.customer.name": "C1", "customers.share.value": 25.5,
         "customers.claims.evidence": "two"},
        {"supplier.name": "S", "hhi": 900, "customers.customer.name": "C2", "customers.share": None},
        {"supplier.name": "S", "hhi": 900, "revenueClaims.evidence": "rev"},
    ]


def test_flatten_edge_cases():
    assert cc.flatten({"version": "1.2"}) == [{"version": "1.2"}]
    assert cc.flatten({"exposure": None}) == []
    assert cc.flatten({"search": []}) == []
    assert cc.flatten({"stats": {"entities": 3, "claims": 5}}) == [{"entities": 3, "claims": 5}]
    two = {"a": {"edges": [{"node": {"id": "1"}}]}, "b": {"edges": [{"node": {"id": "2"}}]}}
    assert cc.flatten(two) == [{"a.edges.node.id": "1"}, {"b.edges.node.id": "2"}]
    assert cc.flatten({"search": [{"name": "B", "aliases": ["B", "Bee"]}]}) == [{"name": "B", "aliases": ["B", "Bee"]}]


def test_query_returns_a_dataframe_with_dotted_columns(server):
    Stub.answers["/graphql"] = (200, {"data": CONCENTRATION})
    df = cc.query("query($s: String!) { concentration(supplier: $s) { hhi } }", {"s": "S"}, url=server, token="tok")
    assert list(df.columns) == ["supplier.name", "hhi", "customers.customer.name", "customers.share.value",
                                "customers.claims.evidence", "customers.share", "revenueClaims.evidence"]
    assert len(df) == 4
    assert df["customers.share.value"].iloc[0] == 25.5
    assert df["customers.customer.name"].dropna().unique().tolist() == ["C1", "C2"]
    path, body, auth = Stub.seen[0]
    assert path == "/graphql" and body["variables"] == {"s": "S"} and auth == "Bearer tok"


def test_graphql_errors_raise(server):
    Stub.answers["/graphql"] = (200, {"data": {"exposure": None}, "errors": [
        {"message": "no such entity", "extensions": {"code": "NOT_FOUND"}}]})
    with pytest.raises(cc.GraphQLError, match=r"no such entity \[NOT_FOUND\]") as e:
        cc.query("{ exposure { hhi } }", url=server)
    assert e.value.errors[0]["extensions"]["code"] == "NOT_FOUND"
    Stub.answers["/graphql"] = (502, "bad gateway")
    with pytest.raises(cc.GraphQLError, match="502"):
        cc.raw("{ stats { claims } }", url=server)


def test_named_uses_the_server_endpoint(server):
    Stub.answers["/queries/concentration"] = (200, {"data": CONCENTRATION})
    df = cc.named("concentration", url=server + "/graphql", supplier="S", topN=5)
    assert len(df) == 4
    assert Stub.seen[0][:2] == ("/queries/concentration", {"supplier": "S", "topN": 5})


def test_named_falls_back_to_the_repository_file(server):
    Stub.answers["/graphql"] = (200, {"data": CONCENTRATION})
    df = cc.named("concentration", url=server, supplier="S")
    assert len(df) == 4
    assert [p for p, _, _ in Stub.seen] == ["/queries/concentration", "/graphql"]
    assert Stub.seen[1][1]["query"].startswith("# The customers of a supplier")
    assert "exposure" in cc.names()


def test_named_reports_server_errors_without_fallback(server):
    Stub.answers["/queries/nope"] = (404, {"errors": [{"message": "named query", "extensions": {"code": "NOT_FOUND"}}]})
    with pytest.raises(cc.GraphQLError, match="NOT_FOUND"):
        cc.named("nope", url=server)
