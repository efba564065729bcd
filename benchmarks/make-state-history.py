#!/usr/bin/env python3
"""Grows a Lakeform SQLite state to N revisions in seconds, for the state-history benchmark.

Start from a state that one real `lakeform apply` wrote (serial 1). Every added revision copies the
current revision's row (with its own serial and summary) and its artifact rows, which point at the
same blobs by SHA-256: the history is long but the contents are stored once, as they are when
nothing changes between applies. The state's serial then names the last revision, so `lakeform plan`
sees an up-to-date state with N revisions behind it. Columns are copied by name, so columns a later
schema adds come along. Applying N-1 times for real would take hours.
"""
import argparse
import sqlite3
import sys


def columns(connection, table):
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def grow(path, revisions):
    connection = sqlite3.connect(path)
    (serial,) = connection.execute("SELECT serial FROM state WHERE id = 1").fetchone()
    if serial >= revisions:
        sys.exit(f"{path} already has serial {serial}")
    revision_columns = [name for name in columns(connection, "revision") if name not in ("serial", "summary")]
    artifact_columns = [name for name in columns(connection, "revision_artifact") if name != "serial"]
    copy_revision = (f"INSERT INTO revision (serial, summary, {', '.join(revision_columns)}) "
                     f"SELECT ?, ?, {', '.join(revision_columns)} FROM revision WHERE serial = ?")
    copy_artifacts = (f"INSERT INTO revision_artifact (serial, {', '.join(artifact_columns)}) "
                      f"SELECT ?, {', '.join(artifact_columns)} FROM revision_artifact WHERE serial = ?")
    with connection:
        for new_serial in range(serial + 1, revisions + 1):
            connection.execute(copy_revision, (new_serial, f"Benchmark history: revision {new_serial}.", serial))
            connection.execute(copy_artifacts, (new_serial, serial))
        connection.execute("UPDATE state SET serial = ? WHERE id = 1", (revisions,))
    connection.execute("VACUUM")
    connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("state", help="the state database (.lakeform/state.db) to grow in place")
    parser.add_argument("--revisions", type=int, default=10_000, help="how many revisions it should have")
    arguments = parser.parse_args()
    grow(arguments.state, arguments.revisions)
    print(f"{arguments.state}: {arguments.revisions} revisions", file=sys.stderr)


if __name__ == "__main__":
    main()
