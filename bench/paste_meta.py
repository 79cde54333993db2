"""Metadata read from pasted pages (title, author, day) against what each page declares.

    python bench/paste_meta.py --split dev|holdout

Writes ``sitegen extract --format json`` for each page of the split, one file at a time
(as a user would run it), into a temporary folder, then runs the shared ``score_meta.py``
on it. Reads ``../shared/bench/extraction`` beside the checkout.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from sitegen.clean import clean_text
from sitegen.commands.extract import as_json, from_text

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--split", choices=["dev", "holdout"], default="dev")
    args = ap.parse_args()
    ids = json.loads((BENCH / "splits.json").read_text())[args.split]
    with tempfile.TemporaryDirectory() as tmp:
        for page in ids:
            text = (BENCH / "text" / f"{page}.txt").read_text(encoding="utf-8", errors="replace")
            data = as_json(from_text(clean_text(text)))
            (Path(tmp) / f"{page}.json").write_text(json.dumps(data, ensure_ascii=False))
        subprocess.run([sys.executable, str(BENCH / "score_meta.py"), tmp, "--split", args.split,
                        "--quiet"], check=True)  # fmt: skip


if __name__ == "__main__":
    main()
