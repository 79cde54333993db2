"""How many pasted articles per second one core cleans (target: at least 500).

    python bench/clean_speed.py [--count 1000]

Cleans a generated collection of pasted pages with chrome (bench/corpus.py) and,
when ../shared is present, the shared pasted-article examples and the extraction
benchmark's pasted pages, each in one process, and prints articles per CPU second.
Reading files is not timed; the language model is loaded before timing starts;
each figure is the best of five rounds (a virtual machine's timings are noisy). The
cyclic garbage collector is off while timing, as it is in a build (``sitegen.build``):
the cleaner leaves few reference cycles (77 objects for 181 whole pages), and sweeps of
the loaded models cost 4 %.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path

from corpus import generate

from sitegen.clean import clean_text, forget
from sitegen.clean.context import CleanContext

SHARED = Path(__file__).resolve().parents[2] / "shared"


def rate(name: str, texts: list[str], repeat: int = 1, rounds: int = 5) -> None:
    """Best of ``rounds`` timings, as timeit does: the others measure the machine's noise."""
    context = CleanContext.from_texts(texts)
    times = []
    gc.collect()
    gc.disable()  # as in a build
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(repeat):
            forget()  # per-line caches empty: no pass reuses an earlier pass's lines
            for text in texts:
                clean_text(text, context)
        times.append(time.process_time() - started)
    gc.enable()
    seconds = min(times)
    lines = sum(len(t.splitlines()) for t in texts) / len(texts)
    print(f"{name:<36} {len(texts) * repeat / seconds:7.0f} articles/s per core "
          f"({len(texts)} articles, {lines:.0f} lines each on average)")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--count", type=int, default=1000)
    a = ap.parse_args()
    clean_text("Warm up the language model before timing anything at all. " * 3)
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp), a.count, "txt")
        rate("generated pasted pages", [p.read_text() for p in paths])
    examples = sorted((SHARED / "examples" / "articles").glob("*.txt"))
    if examples:
        rate("shared examples (x50)", [p.read_text() for p in examples], repeat=50)
    bench = sorted((SHARED / "bench" / "extraction" / "text").glob("*.txt"))
    if bench:
        rate("extraction benchmark (whole pages)", [p.read_text() for p in bench])


if __name__ == "__main__":
    main()
