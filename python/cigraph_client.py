"""A small client for the cigraph GraphQL API, for notebooks and scripts.

    from cigraph_client import query, named
    df = named("exposure", supplier="Microsoft", to="ByteDance")
    df = query("{ search(text: \"open\") { name type } }")

Answers come back as pandas DataFrames: lists of objects become rows and
nested objects dotted columns ("customer.name", "share.value"), exactly as
`cigraph query --format csv` prints them. The server URL defaults to
$CIGRAPH_URL (else http://127.0.0.1:8080) and the token to $CIGRAPH_TOKEN.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import requests

__all__ = ["GraphQLError", "query", "named", "raw", "raw_named", "flatten", "names"]

DEFAULT_URL = "http://127.0.0.1:8080"
TIMEOUT = 120
# The named queries ship in the binary and in the repository's queries/
# folder; the client reads them from there when the server does not serve
# /queries/{name}.
QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"


class GraphQLError(RuntimeError):
    """The server answered with GraphQL errors (or not with GraphQL at all)."""

    def __init__(self, message: str, errors: list | None = None):
        super().__init__(message)
        self.errors = errors or []


def _base(url: str | None) -> str:
    url = (url or os.environ.get("CIGRAPH_URL") or DEFAULT_URL).rstrip("/")
    return url[: -len("/graphql")] if url.endswith("/graphql") else url


def _headers(token: str | None) -> dict:
    token = token if token is not None else os.environ.get("CIGRAPH_TOKEN")
    h = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        h["Authorization"] = f"Bearer {token}"
    return h


def _data(resp: requests.Response) -> Any:
    try:
        body = resp.json()
    except ValueError:
        raise GraphQLError(f"{resp.status_code} from {resp.url}: {resp.text[:500]}") from None
    if not isinstance(body, dict):
        raise GraphQLError(f"unexpected answer from {resp.url}: {body!r:.500}")
    errors = body.get("errors") or []
    if errors:
        msgs = []
        for e in errors:
            code = (e.get("extensions") or {}).get("code")
            msgs.append(e.get("message", str(e)) + (f" [{code}]" if code else ""))
        raise GraphQLError("; ".join(msgs), errors)
    if resp.status_code >= 300:
        raise GraphQLError(f"{resp.status_code} from {resp.url}: {resp.text[:500]}")
    return body.get("data")


def raw(q: str, variables: dict | None = None, url: str | None = None, token: str | None = None) -> Any:
    """Posts a GraphQL document and returns its "data" as plain Python objects."""
    resp = requests.post(
        _base(url) + "/graphql",
        json={"query": q, "variables": variables or {}},
        headers=_headers(token),
        timeout=TIMEOUT,
    )
    return _data(resp)


def query(q: str, variables: dict | None = None, url: str | None = None, token: str | None = None) -> pd.DataFrame:
    """Posts a GraphQL document and returns the answer flattened into a DataFrame."""
    return frame(raw(q, variables, url=url, token=token))


def names() -> list[str]:
    """The named queries shipped in the repository."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.graphql"))


def raw_named(name: str, url: str | None = None, token: str | None = None, **variables) -> Any:
    """Runs a named query (exposure, concentration, dependencies, ...) and
    returns its "data". Uses the server's /queries/{name} endpoint, or the
    query file from the repository when the server does not offer it."""
    resp = requests.post(
        f"{_base(url)}/queries/{name}", json=variables, headers=_headers(token), timeout=TIMEOUT
    )
    local = QUERIES_DIR / f"{name}.graphql"
    if resp.status_code in (404, 405) and not _is_graphql(resp) and local.exists():
        return raw(local.read_text(), variables, url=url, token=token)
    return _data(resp)


def named(name: str, url: str | None = None, token: str | None = None, **variables) -> pd.DataFrame:
    """Runs a named query and returns the answer flattened into a DataFrame:
    named("exposure", supplier="Microsoft", to="ByteDance")."""
    return frame(raw_named(name, url=url, token=token, **variables))


def _is_graphql(resp: requests.Response) -> bool:
    try:
        body = resp.json()
    except ValueError:
        return False
    return isinstance(body, dict) and ("errors" in body or "data" in body)


def frame(data: Any) -> pd.DataFrame:
    """Flattens a GraphQL "data" object into a DataFrame (see flatten)."""
    rows = flatten(data)
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    return pd.DataFrame(rows, columns=list(cols))


def flatten(data: Any) -> list[dict]:
    """Turns a GraphQL "data" object into rows with dotted column names.

    With one top-level field its value is the result and column names leave
    the field name out. A list of objects gives a row per element; nested
    objects become dotted columns. A list of objects inside a row gives a
    row per element repeating the columns around it; sibling lists are
    stacked, not multiplied, and a row whose lists are all empty is kept
    once. Lists of scalars stay one value; empty lists and nulls add nothing.
    The same rules as `cigraph query --format csv`.
    """
    v, prefix = data, ""
    if isinstance(data, dict) and len(data) == 1:
        (key, v), = data.items()
        if not _nested(v):
            prefix = key
    return [] if v is None else _flatten(v, prefix)


def _has_objects(xs: list) -> bool:
    return any(isinstance(x, dict) for x in xs)


def _nested(v: Any) -> bool:
    return isinstance(v, dict) or (isinstance(v, list) and _has_objects(v))


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _flatten(v: Any, prefix: str) -> list[dict]:
    if isinstance(v, dict):
        base, groups = _split(v, prefix)
        return _expand(base, groups)
    if isinstance(v, list):
        if not v:
            return []
        if not _has_objects(v):
            return [{prefix: v}]
        return [row for e in v for row in _flatten(e, prefix)]
    return [{prefix: v}]


def _split(o: dict, prefix: str) -> tuple[dict, list[list[dict]]]:
    base: dict = {}
    groups: list[list[dict]] = []
    for key, val in o.items():
        name = _join(prefix, key)
        if isinstance(val, dict):
            b, g = _split(val, name)
            base.update(b)
            groups.extend(g)
        elif isinstance(val, list):
            if _has_objects(val):
                groups.append(_flatten(val, name))
            elif val:
                base[name] = val
        else:
            base[name] = val
    return base, groups


def _expand(base: dict, groups: list[list[dict]]) -> list[dict]:
    rows = [{**base, **r} for g in groups for r in g]
    return rows or [base]
