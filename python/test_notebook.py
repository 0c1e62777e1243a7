"""Runs notebooks/cigraph_demo.ipynb end to end against a live cigraph.

The fixture wipes the Neo4j at NEO4J_URI (a test database: `make test` and
`make test-notebook` hand one over), ingests the sample news with the
cigraph binary, starts `cigraph serve` on a free port, and stops it after.
The notebook must run without a cell raising and print the expected figures.

Environment: NEO4J_URI (required), CIGRAPH_BIN (default bin/cigraph),
CIGRAPH_NOTEBOOK_INGEST (the ingest arguments, default "ingest sample/news").
"""

import io
import os
import re
import shlex
import signal
import socket
import subprocess
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import requests
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "notebooks" / "cigraph_demo.ipynb"
BIN = Path(os.environ.get("CIGRAPH_BIN", REPO / "bin" / "cigraph")).resolve()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wipe(uri: str) -> None:
    from neo4j import GraphDatabase

    auth = (os.environ["NEO4J_USER"], os.environ.get("NEO4J_PASSWORD", "")) if os.environ.get("NEO4J_USER") else None
    with GraphDatabase.driver(uri, auth=auth) as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def wait_healthy(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"cigraph serve exited with {proc.returncode}")
        try:
            if requests.get(url + "/healthz", timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    pytest.fail(f"cigraph serve did not become healthy at {url} in {seconds}s")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.fail("NEO4J_URI is not set: run `make test-notebook` (it starts the test Neo4j)")
    assert BIN.exists(), f"{BIN} is missing: run `make build`"
    wipe(uri)
    ingest = shlex.split(os.environ.get("CIGRAPH_NOTEBOOK_INGEST", "ingest sample/news"))
    done = subprocess.run([str(BIN), *ingest], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"cigraph {' '.join(ingest)} failed:\n{done.stderr[-3000:]}"
    url = f"http://127.0.0.1:{free_port()}"
    log = open(tmp_path_factory.mktemp("serve") / "serve.log", "w")
    proc = subprocess.Popen([str(BIN), "serve", "--addr", url.removeprefix("http://")], cwd=REPO,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def outputs(nb) -> tuple[str, int]:
    """All text the cells printed or returned, and the number of figures."""
    text, figures = [], 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                text.append(out.get("text", ""))
            data = out.get("data", {})
            text.append(data.get("text/plain", ""))
            figures += "image/png" in data
    return "\n".join(text), figures


def test_notebook_runs_and_answers(server, tmp_path, monkeypatch):
    for var, sub in [("MPLCONFIGDIR", "mpl"), ("IPYTHONDIR", "ipython"), ("JUPYTER_RUNTIME_DIR", "runtime")]:
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.setenv("CIGRAPH_URL", server)
    monkeypatch.setenv("CIGRAPH_BIN", str(BIN))
    before = sorted(p.name for p in NOTEBOOK.parent.iterdir())

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    text, figures = outputs(nb)
    assert re.search(r"TikTok's share of the Azure OpenAI business: stated 25\.0%, computed 2[3-5]\.\d%", text), text
    assert re.search(r"ByteDance group exposure: stated 25\.0%, computed 2[3-5]\.\d%.*through TikTok", text), text
    for who in ["TikTok", "Walmart", "Intuit", "G42", "Holiday Extras"]:
        assert re.search(rf"^{who}: {who} -> .*OpenAI$", text, re.M), f"{who} should depend on OpenAI:\n{text}"
    assert re.search(r"^\[spend\] .*TikTok", text, re.M), "the spend evidence sentence is shown"
    assert re.search(r"GraphML around TikTok: \d+ entities, \d+ claims", text), text
    assert figures >= 2, "the exposure bar chart and the dependency graph"
    assert sorted(p.name for p in NOTEBOOK.parent.iterdir()) == before, "the notebook wrote files next to itself"


def test_cli_query_against_the_server(server):
    """`cigraph query --server` prints the flattened CSV and NDJSON pandas reads."""
    args = [str(BIN), "query", "--server", server, "--named", "exposure", "--var", "supplier=Microsoft",
            "--var", "to=ByteDance", "--var", "product=Azure OpenAI Service"]
    csv = subprocess.run(args + ["--format", "csv"], capture_output=True, text=True, timeout=120, check=True)
    df = pd.read_csv(io.StringIO(csv.stdout))
    assert "statedShare.value" in df, f"no stated share in:\n{csv.stdout[:2000]}"
    assert df["statedShare.value"].iloc[0] == 25
    assert "TikTok" in set(df["members.entity.name"].dropna())
    nd = subprocess.run(args + ["--format", "ndjson"], capture_output=True, text=True, timeout=120, check=True)
    assert len(pd.read_json(io.StringIO(nd.stdout), lines=True)) == len(df)
    bad = subprocess.run([str(BIN), "query", "--server", server, "-e", "{ nope }"], capture_output=True, text=True)
    assert bad.returncode != 0 and "nope" in bad.stderr
