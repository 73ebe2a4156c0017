#!/usr/bin/env python3
"""Pages through OpenGcm's `states` list with requests, builds a pandas DataFrame, and prints one JSON line:
how many rows, how many per vote on A/RES/73/195, and the summed 2020 migrant stock.

Usage: python3 states.py [URL]   (default http://localhost:5000/graphql; Debian: apt-get install python3-pandas python3-requests)
"""
import json
import sys

import pandas as pd
import requests

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:5000/graphql"
QUERY = """
query StatesPage($first: Int!, $after: String) {
  states(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { iso3 name region gcmVote migrantStock2020 }
  }
}
"""


def pages(session):
    """Yields each page of `states`, following the cursors until the last."""
    after = None
    while True:
        response = session.post(URL, json={"query": QUERY, "variables": {"first": 50, "after": after}},
                                headers={"Accept": "application/graphql-response+json"}, timeout=30)
        body = response.json()
        if response.status_code != 200 or body.get("errors"):
            raise SystemExit(f"OpenGcm answered {response.status_code}: {body.get('errors')}")
        states = body["data"]["states"]
        yield states
        if not states["pageInfo"]["hasNextPage"]:
            return
        after = states["pageInfo"]["endCursor"]


def main():
    with requests.Session() as session:
        fetched = list(pages(session))
    frame = pd.DataFrame([node for page in fetched for node in page["nodes"]])
    by_vote = frame["gcmVote"].fillna("null").value_counts().to_dict()
    print(json.dumps({
        "client": "python",
        "rows": int(len(frame)),
        "totalCount": fetched[-1]["totalCount"],
        "byVote": {key: int(count) for key, count in by_vote.items()},
        "migrantStock2020": int(frame["migrantStock2020"].fillna(0).sum()),
    }))


if __name__ == "__main__":
    main()
