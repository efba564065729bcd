#!/usr/bin/env python3
"""Writes the parametric model the peer programs build the lakes' objects from.

Reads what `lakeform build` wrote under GENERATED/<lake>/ (Helm values, manifests, the helmfile and the JSON
reports) and splits it into templates and parameters:

- a template per file (its path with the lake's name taken out): the tree every lake that has the file shares,
  with the lake's name left as a gap in each string that holds it (`{"$s": [parts]}`), and a numbered hole
  (`{"$p": i}`) wherever the lakes differ;
- `{"$o": {...}}` and `{"$a": [...]}` around the objects and arrays that hold a gap or a hole, so that the rest
  is copied as it is;
- a lake: its name and, per file, the template and the values of its holes, in order: the sized figures
  (replicas, CPU, memory, volume sizes, partitions, prices…) and whatever else that lake alone has.

The peers fill the holes and join the names back; they never read lakeform's files. A leaf the lakes share
is part of the template (as in a hand-written jsonnet library or cdk8s construct), a leaf where they differ is
a parameter (the numbers lakeform sized). Deterministic: same GENERATED, same bytes.

Writes OUT/templates.json (the templates as data, for app.py), OUT/templates.libsonnet (the same templates as a
jsonnet library: a function of the lake's name and its parameters per file, its constant parts as literals, as a
hand-written library has them) and the lakes 50 to a file, OUT/lakes/part-NN.json: a monorepo's teams would each
run their own jsonnet, and one C++ jsonnet process holding 1,000 lakes outgrows the machine's memory.

    model.py GENERATED OUT
"""
import json
import os
import shutil
import sys

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LAKES_PER_PART = 50


def compared_files(lake_dir):
    """The lake's files the peers produce: (relative path, format), sorted."""
    found = []
    for folder, _, names in os.walk(lake_dir):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), lake_dir)
            kind = file_format(path)
            if kind:
                found.append((path, kind))
    return sorted(found)


def file_format(path):
    """yaml or json for the files the peers produce, None for the rest (Markdown, SVG, SQL, DAGs, properties)."""
    if path == "helmfile.yaml" or (path.endswith(".yaml") and path.split("/")[0] in ("helm", "manifests")):
        return "yaml"
    if path.startswith("reports/") and path.endswith(".json"):
        return "json"
    return None


def read_document(path, kind):
    with open(path) as file:
        if kind == "json":
            return json.load(file)
        documents = [document for document in yaml.load_all(file, Loader=LOADER) if document is not None]
    if len(documents) != 1:
        sys.exit(f"error: {path} holds {len(documents)} YAML documents; the peers' model expects one per file")
    return documents[0]


def named(value, lake):
    """The value with the lake's name cut out of every string that holds it; keys must not hold it."""
    if isinstance(value, str):
        return {"$s": value.split(lake)} if lake in value else value
    if isinstance(value, dict):
        for key in value:
            if key.startswith("$") or lake in key:
                sys.exit(f"error: key {key!r} holds the lake's name or would read as a template marker")
        return {key: named(item, lake) for key, item in value.items()}
    if isinstance(value, list):
        return [named(item, lake) for item in value]
    return value


def same(values):
    first = json.dumps(values[0])
    return all(json.dumps(value) == first for value in values[1:])


def merge(normalized, raw, holes):
    """The template shared by the trees in `normalized`; each differing subtree becomes a hole whose raw values
    are appended to holes[i] for tree i."""
    if same(normalized):
        return normalized[0]
    if all(isinstance(tree, dict) and not is_marker(tree) for tree in normalized) \
            and all(list(tree) == list(normalized[0]) for tree in normalized):
        return {key: merge([tree[key] for tree in normalized], [tree[key] for tree in raw], holes)
                for key in normalized[0]}
    if all(isinstance(tree, list) and len(tree) == len(normalized[0]) for tree in normalized):
        return [merge([tree[i] for tree in normalized], [tree[i] for tree in raw], holes)
                for i in range(len(normalized[0]))]
    index = len(holes[0])
    for lake_holes, value in zip(holes, raw):
        lake_holes.append(value)
    return {"$p": index}


def marked(node):
    """(node, whether it needs filling): the objects and arrays above a gap or a hole become `{"$o": {...}}` and
    `{"$a": [...]}`, so the peers copy the subtrees without one as they are instead of walking them."""
    if isinstance(node, dict) and not is_marker(node):
        children = {key: marked(item) for key, item in node.items()}
        if any(dynamic for _, dynamic in children.values()):
            return {"$o": {key: item for key, (item, _) in children.items()}}, True
        return node, False
    if isinstance(node, list):
        children = [marked(item) for item in node]
        if any(dynamic for _, dynamic in children):
            return {"$a": [item for item, _ in children]}, True
        return node, False
    return node, isinstance(node, dict)


def as_jsonnet(node):
    """A marked template tree as a jsonnet expression of `name` and `p` (the parameters)."""
    if isinstance(node, dict) and "$o" in node:
        return "{" + ", ".join(f"{json.dumps(key)}: {as_jsonnet(item)}" for key, item in node["$o"].items()) + "}"
    if isinstance(node, dict) and "$a" in node:
        return "[" + ", ".join(as_jsonnet(item) for item in node["$a"]) + "]"
    if isinstance(node, dict) and "$p" in node:
        return f"p[{node['$p']}]"
    if isinstance(node, dict) and "$s" in node:
        return " + name + ".join(json.dumps(part) for part in node["$s"])
    return json.dumps(node)


def is_marker(tree):
    return len(tree) == 1 and next(iter(tree)) in ("$s", "$p")


def leaves(value):
    if isinstance(value, dict):
        return sum(leaves(item) for item in value.values())
    if isinstance(value, list):
        return sum(leaves(item) for item in value)
    return 1


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    generated, out = sys.argv[1], sys.argv[2]
    lakes = sorted(name for name in os.listdir(generated)
                   if os.path.isfile(os.path.join(generated, name, "helmfile.yaml")))
    instances = {}  # template key -> [(lake index, format, raw tree)]
    for index, lake in enumerate(lakes):
        for path, kind in compared_files(os.path.join(generated, lake)):
            key = (json.dumps(path.split(lake)), kind)
            instances.setdefault(key, []).append((index, read_document(os.path.join(generated, lake, path), kind)))
    templates, files, template_leaves = [], [[] for _ in lakes], 0
    for (path_parts, kind), found in sorted(instances.items()):
        raw = [tree for _, tree in found]
        holes = [[] for _ in found]
        body = merge([named(tree, lakes[index]) for index, tree in found], raw, holes)
        for (index, _), values in zip(found, holes):
            files[index].append([len(templates), values])
        template_leaves += leaves(body)
        templates.append({"path": json.loads(path_parts), "format": kind, "body": marked(body)[0]})
    models = [{"name": lake, "files": lake_files} for lake, lake_files in zip(lakes, files)]
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "lakes"))
    with open(os.path.join(out, "templates.json"), "w") as file:
        json.dump({"templates": templates}, file)
    with open(os.path.join(out, "templates.libsonnet"), "w") as file:
        file.write("// Written by benchmarks/peers/model.py: per file, its path and its tree as a function of the lake.\n[\n")
        for template in templates:
            file.write(f"  {{ path: {json.dumps(template['path'])}, "
                       f"body(name, p): {as_jsonnet(template['body'])} }},\n")
        file.write("]\n")
    for start in range(0, len(models), LAKES_PER_PART):
        with open(os.path.join(out, "lakes", f"part-{start // LAKES_PER_PART:02d}.json"), "w") as file:
            json.dump({"lakes": models[start:start + LAKES_PER_PART]}, file)
    parameter_leaves = sum(leaves(values) for lake_files in files for _, values in lake_files)
    print(f"model: {len(lakes)} lakes, {sum(map(len, files))} files from {len(templates)} templates "
          f"({template_leaves} template leaves); {parameter_leaves / len(lakes):.0f} parameter leaves per lake",
          file=sys.stderr)


if __name__ == "__main__":
    main()
