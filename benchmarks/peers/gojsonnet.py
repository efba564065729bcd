#!/usr/bin/env python3
"""Runs lakes.jsonnet with go-jsonnet (PyPI `gojsonnet`, its Python binding: Debian packages no go-jsonnet
command) on each part of the model, and writes each file it returns, as `jsonnet -m OUT` does.

    gojsonnet.py MODEL_DIR OUT
"""
import json
import os
import sys

import _gojsonnet

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    models, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    parts = os.path.join(models, "lakes")
    for part in sorted(os.listdir(parts)):
        with open(os.path.join(parts, part)) as file:
            code = file.read()
        files = json.loads(_gojsonnet.evaluate_file(os.path.join(HERE, "lakes.jsonnet"), jpathdir=models,
                                                    ext_codes={"model": code, "text": "true"}))
        for name, text in files.items():
            with open(os.path.join(out, name), "w") as file:
                file.write(text)


if __name__ == "__main__":
    main()
