#!/usr/bin/env python3
"""Renders a `lakeform plan --format markdown` comment as GitHub does (CommonMark with GFM tables, raw HTML kept)
and checks what a reviewer sees without expanding it: the marker, the summary line, the cost change and a table row
per lake with its destructive and risky counts, all before the first <details>; no report diffs; under 65,536
characters. Usage: check-plan-comment.py PLAN.md LAKE...  Exits 1 naming the first problem."""
import re
import sys

from markdown_it import MarkdownIt


def fail(message):
    print(f"error: {sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    text = open(sys.argv[1], encoding="utf-8").read()
    lakes = sys.argv[2:]
    if len(text) > 65_536:
        fail(f"{len(text)} characters, over GitHub's 65,536")
    if not re.match(r"<!-- lakeform-plan: [^\n]*? -->\n", text):
        fail("the first line is not the <!-- lakeform-plan: … --> marker")
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    fold = html.find("<details>")
    if fold < 0:
        fail("no <details> fold")
    visible = html[:fold]
    if not re.search(r"<strong>Plan: \d+ to add, \d+ to change, \d+ to destroy\.</strong>", visible):
        fail("the summary line is not above the fold")
    if not re.search(r"Monthly cost will (increase|decrease) by <strong>", visible):
        fail("the monthly cost change is not above the fold")
    header = re.search(r"<thead>\s*<tr>(.*?)</tr>", visible, re.S)
    columns = re.findall(r"<th[^>]*>(.*?)</th>", header.group(1)) if header else []
    for wanted in ("Lake", "Destructive", "Risky", "Monthly cost change"):
        if wanted not in columns:
            fail(f"the lake table above the fold has no '{wanted}' column: {columns}")
    for lake in lakes:
        if not re.search(rf"<tr>\s*<td><code>{re.escape(lake)}</code></td>", visible):
            fail(f"lake '{lake}' has no row above the fold")
    for report_line in re.findall(r"<pre><code class=\"language-diff\">(.*?)</code></pre>", html, re.S):
        if "&lt;rect" in report_line or "monthly_cost_cents" in report_line:
            fail("a generated report is diffed")
    print(f"{sys.argv[1]}: the plan comment shows its summary, cost change and {len(lakes)} lake rows above the fold")


if __name__ == "__main__":
    main()
