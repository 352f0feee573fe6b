#!/usr/bin/env python3
"""Times `pledge search lorem` over one stored article of growing size, every sentence a hit.

Usage: python3 bench/search_scale.py [PLEDGE_BINARY] [SIZES_MB]   (defaults: release/pledge
under $CARGO_TARGET_DIR, or target/ when it is unset, and 1,4,16). Each size gets a fresh
database made by `pledge init`, with one source whose text is the sentence below repeated; a
run that takes longer than TIMEOUT seconds (env, default 120) is reported as such. Standard
library only.
"""

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / os.environ.get("CARGO_TARGET_DIR", "target")
PLEDGE = Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET / "release" / "pledge"
SIZES = [int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "1,4,16").split(",")]
TIMEOUT = float(os.environ.get("TIMEOUT", "120"))
SENTENCE = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. "


def database(folder, megabytes):
    db = folder / "search.db"
    subprocess.run([PLEDGE, "--db", db, "init"], check=True, capture_output=True)
    body = SENTENCE * (megabytes * (1 << 20) // len(SENTENCE))
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO sources (slug, kind, title, file, sha256, body) VALUES (?, ?, ?, ?, ?, ?)",
        ("lorem", "article", "Lorem", "lorem.txt", "0" * 64, body),
    )
    conn.commit()
    conn.close()
    return db, body.count("Lorem")


def main():
    print(f"binary: {PLEDGE}")
    for megabytes in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            db, hits = database(Path(tmp), megabytes)
            start = time.perf_counter()
            try:
                out = subprocess.run([PLEDGE, "--db", db, "--format", "csv", "search", "lorem"],
                                     capture_output=True, timeout=TIMEOUT, check=True)
                took = f"{time.perf_counter() - start:.3f} s"
                lines = len(out.stdout.splitlines()) - 1
            except subprocess.TimeoutExpired:
                took, lines = f"over {TIMEOUT:.0f} s (stopped)", "-"
            print(f"{megabytes:>3} MB, {hits} hits: {took} ({lines} result rows)")


if __name__ == "__main__":
    main()
