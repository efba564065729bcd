#!/usr/bin/env python3
"""Checks that each peer wrote the same objects as lakeform, object for object, as data (never as text).

Reads GENERATED/<lake>/ (what `lakeform build` wrote) and each peer's output folder, holding either
`<lake>%<path>` files (lakes.jsonnet) or `<lake>/<path>` files plus `<lake>.k8s.yaml` (app.py), and compares per lake:
each manifest by kind and name, each Helm values file, the helmfile and each JSON report by path. Prints what
was compared, or each difference (missing, extra, or the first differing key path) and exits 1. Integers beyond
2^53, which jsonnet holds as doubles, are equal when they round to the same double: such objects are counted and
named in the summary, never silently.

    compare.py GENERATED PEER_NAME=PEER_OUT...
"""
import json
import os
import sys
from collections import Counter

import yaml

from model import compared_files

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SHOWN = 20
EXACT_INTEGERS = 2 ** 53


def parse(text):
    """The documents of a YAML or JSON text (jsonnet writes JSON), empty ones left out."""
    try:
        return [json.loads(text)]
    except ValueError:
        return [document for document in yaml.load_all(text, Loader=LOADER) if document is not None]


def add(objects, path, documents):
    """Files under manifests/ (and cdk8s's multi-document files, path None) count by object, the rest by path."""
    for document in documents:
        if path is None or path.startswith("manifests/"):
            objects[("object", document.get("kind"), document.get("metadata", {}).get("name"))] = document
        else:
            objects[("file", path)] = document


def read_lakeform(generated):
    lakes = {}
    for lake in sorted(os.listdir(generated)):
        folder = os.path.join(generated, lake)
        if not os.path.isfile(os.path.join(folder, "helmfile.yaml")):
            continue
        objects = lakes.setdefault(lake, {})
        for path, _ in compared_files(folder):
            with open(os.path.join(folder, path)) as file:
                add(objects, path, parse(file.read()))
    return lakes


def read_peer(out):
    lakes = {}
    for folder, _, names in os.walk(out):
        for name in names:
            relative = os.path.relpath(os.path.join(folder, name), out).replace("%", "/")
            lake, _, path = relative.partition("/")
            with open(os.path.join(folder, name)) as file:
                text = file.read()
            if not path and lake.endswith(".k8s.yaml"):
                add(lakes.setdefault(lake[:-len(".k8s.yaml")], {}), None, parse(text))
            elif path:
                add(lakes.setdefault(lake, {}), path, parse(text))
    return lakes


def first_difference(left, right, at=""):
    """The key path where two trees first differ, with both values."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right), key=str):
            if key not in left or key not in right:
                return f"{at}.{key}: {'missing' if key not in right else 'extra'} in the peer"
            if json.dumps(left[key]) != json.dumps(right[key]):
                return first_difference(left[key], right[key], f"{at}.{key}")
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right)):
            if json.dumps(a) != json.dumps(b):
                return first_difference(a, b, f"{at}[{index}]")
    return f"{at or '.'}: lakeform {json.dumps(left)[:80]}, peer {json.dumps(right)[:80]}"


def rounded_equal(left, right):
    """Whether two trees are equal once every integer beyond 2^53 is rounded to a double, as jsonnet rounds it."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(rounded_equal(left[key], right[key]) for key in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(rounded_equal(a, b) for a, b in zip(left, right))
    if isinstance(left, int) and isinstance(right, (int, float)) and not isinstance(left, bool) \
            and abs(left) > EXACT_INTEGERS:
        return float(left) == float(right)
    return json.dumps(left) == json.dumps(right)


def label(key):
    return f"{key[1]}/{key[2]}" if key[0] == "object" else key[1]


def compare(expected, actual, peer):
    """The differences between lakeform's objects and a peer's, and the count of equal objects by kind."""
    differences, kinds, rounded = [], Counter(), []
    for lake in sorted(set(expected) | set(actual)):
        ours, theirs = expected.get(lake, {}), actual.get(lake, {})
        for key in sorted(set(ours) | set(theirs), key=str):
            if key not in theirs:
                differences.append(f"{lake}: {label(key)} missing in {peer}")
            elif key not in ours:
                differences.append(f"{lake}: {label(key)} extra in {peer}")
            elif json.dumps(ours[key], sort_keys=True) == json.dumps(theirs[key], sort_keys=True):
                kinds[key[1] if key[0] == "object" else key[1].split("/")[0].replace(".yaml", "")] += 1
            elif rounded_equal(ours[key], theirs[key]):
                rounded.append(f"{lake}: {label(key)} at {first_difference(ours[key], theirs[key])}")
            else:
                differences.append(f"{lake}: {label(key)} differs at {first_difference(ours[key], theirs[key])}")
    return differences, kinds, rounded


def main():
    if len(sys.argv) < 3 or not all("=" in argument for argument in sys.argv[2:]):
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    expected, failed = read_lakeform(sys.argv[1]), 0
    for argument in sys.argv[2:]:
        peer, _, out = argument.partition("=")
        differences, kinds, rounded = compare(expected, read_peer(out), peer)
        for line in differences[:SHOWN]:
            print(f"error: {line}", file=sys.stderr)
        if differences:
            more = f" ({len(differences) - SHOWN} more not shown)" if len(differences) > SHOWN else ""
            print(f"error: {peer} differs from lakeform in {len(differences)} objects{more}", file=sys.stderr)
            failed += 1
            continue
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        print(f"{peer}: {sum(kinds.values())} objects of {len(expected)} lakes equal to lakeform's: {summary}",
              file=sys.stderr)
        if rounded:
            print(f"{peer}: {len(rounded)} more equal but for integers beyond 2^53 rounded to doubles, e.g. {rounded[0]}",
                  file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
