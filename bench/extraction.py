"""Score sitegen's cleaner on the shared extraction benchmark and time it.

    python bench/extraction.py --input text --split dev
    python bench/extraction.py --input text --split holdout

Writes one prediction per page to a temporary folder, then runs the benchmark's
own scorer (../shared/bench/extraction/score.py) on it, and prints pages per
second for the cleaner alone (reading files excluded), one process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitegen.clean import clean_text
from sitegen.clean.context import CleanContext

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--input", choices=["text"], default="text")
    ap.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--out", type=Path, help="keep predictions here")
    a = ap.parse_args()
    if not a.bench.is_dir():
        sys.exit(f"benchmark not found at {a.bench}")
    splits = json.loads((a.bench / "splits.json").read_text())
    ids = sorted(splits["dev"] + splits["holdout"]) if a.split == "all" else splits[a.split]
    texts = {pid: (a.bench / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in ids}
    context = CleanContext.from_texts(texts.values())
    clean_text("warm up the language model " * 5)
    out = a.out or Path(tempfile.mkdtemp(prefix="sitegen-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    started = time.process_time()
    results = {pid: clean_text(text, context) for pid, text in texts.items()}
    seconds = time.process_time() - started
    for pid, e in results.items():
        (out / f"{pid}.json").write_text(json.dumps({"body": e.body}, ensure_ascii=False))
    subprocess.run(
        [sys.executable, str(a.bench / "score.py"), str(out), "--split", a.split], check=True
    )
    print(
        f"cleaner: {len(ids) / seconds:.0f} pages/s per core "
        f"({seconds:.2f} s CPU for {len(ids)} pages)"
    )


if __name__ == "__main__":
    main()
