#!/usr/bin/env python3
"""The lakes' objects as a cdk8s app, built from the parametric model that model.py writes.

Each lake is a cdk8s Chart holding its Kubernetes objects (`ApiObject`s: CRs, NetworkPolicies, the Namespace…),
synthesized to OUT/<lake>.k8s.yaml; its Helm values files and helmfile are written with PyYAML and its JSON
reports with json, under OUT/<lake>/, since cdk8s has no construct for a values file.

    app.py MODEL_DIR OUT
"""
import json
import os
import sys

import cdk8s
import yaml

DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def fill(node, params, name):
    """A template's tree with the lake's name joined into its strings and the holes filled from `params`."""
    if not isinstance(node, dict):
        return node
    if "$o" in node:
        return {key: fill(item, params, name) for key, item in node["$o"].items()}
    if "$a" in node:
        return [fill(item, params, name) for item in node["$a"]]
    if "$p" in node:
        return params[node["$p"]]
    if "$s" in node:
        return name.join(node["$s"])
    return node


def add_object(chart, value):
    """One Kubernetes object: apiVersion, kind and metadata as the construct's props, the rest as JSON patches."""
    metadata = value["metadata"]
    api_object = cdk8s.ApiObject(chart, f"{value['kind']}.{metadata['name']}", api_version=value["apiVersion"],
                                 kind=value["kind"], metadata=metadata)
    for key, item in value.items():
        if key not in ("apiVersion", "kind", "metadata"):
            api_object.add_json_patch(cdk8s.JsonPatch.add("/" + key, item))


def write_file(path, value, kind):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as file:
        if kind == "json":
            json.dump(value, file, indent=2)
        else:
            yaml.dump(value, file, Dumper=DUMPER, sort_keys=False)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    models, out = sys.argv[1], sys.argv[2]
    with open(os.path.join(models, "templates.json")) as file:
        templates = json.load(file)["templates"]
    app = cdk8s.App(outdir=out)
    parts = os.path.join(models, "lakes")
    for part in sorted(os.listdir(parts)):
        with open(os.path.join(parts, part)) as file:
            add_lakes(app, templates, json.load(file)["lakes"], out)
    app.synth()


def add_lakes(app, templates, lakes, out):
    """A Chart per lake of one part of the model, and its values files and reports."""
    for lake in lakes:
        name = lake["name"]
        chart = cdk8s.Chart(app, name)
        for index, params in lake["files"]:
            template = templates[index]
            path = name.join(template["path"])
            value = fill(template["body"], params, name)
            if path.startswith("manifests/"):
                add_object(chart, value)
            else:
                write_file(os.path.join(out, name, path), value, template["format"])


if __name__ == "__main__":
    main()
