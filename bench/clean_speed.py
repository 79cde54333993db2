"""How many pasted articles per second one core cleans (targets: 500 example-sized
articles, 200 whole pages of about 200 lines).

    python bench/clean_speed.py [--count 1000]
    python bench/clean_speed.py --compare .venv/bin/python /tmp/compiled/bin/python

Cleans a generated collection of pasted pages with chrome (bench/corpus.py) and,
when ../shared is present, the shared pasted-article examples and the extraction
benchmark's pasted pages, each in one process, and prints articles per CPU second.
Reading files is not timed; the language model is loaded before timing starts;
each figure is the best of five rounds (a virtual machine's timings are noisy). The
cyclic garbage collector is off while timing, as it is in a build (``sitegen.build``):
the cleaner leaves few reference cycles (77 objects for 181 whole pages), and sweeps of
the loaded models cost 4 %.

``--compare`` times the same sets under each Python given, one round of each in turn
(interleaved, so that the machine's drift falls on all alike), each round in a fresh
process, and prints each one's best and its ratio to the first. The compiled build of
the cleaner (mypyc; ``pyproject.toml``) goes in a venv of its own:

    git clone -q . /tmp/sitegen-src && python3 -m venv /tmp/compiled
    /tmp/compiled/bin/pip install -q -U pip
    HATCH_BUILD_HOOK_ENABLE_MYPYC=1 /tmp/compiled/bin/pip install -q /tmp/sitegen-src

(from a clone: the build leaves its compiled modules beside the sources it compiled,
where they would shadow the ``.py`` files of an editable install). Each process cleans
every set once untimed first: the first pass loads what only some pages need (the
general language identifier, for a page whose stop words do not tell).
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import generate

from sitegen.clean import clean_text, forget
from sitegen.clean.context import CleanContext

SHARED = Path(__file__).resolve().parents[2] / "shared"


def sets(count: int, tmp: Path) -> dict[str, tuple[list[str], int]]:
    """Each set's texts and how many times a round cleans them."""
    found = {"generated pasted pages": ([p.read_text() for p in generate(tmp, count, "txt")], 1)}
    examples = sorted((SHARED / "examples" / "articles").glob("*.txt"))
    if examples:
        found["shared examples (x50)"] = ([p.read_text() for p in examples], 50)
    bench = sorted((SHARED / "bench" / "extraction" / "text").glob("*.txt"))
    if bench:
        found["extraction benchmark (whole pages)"] = ([p.read_text() for p in bench], 1)
    return found


def one_round(texts: list[str], repeat: int, context: CleanContext) -> float:
    """Articles per CPU second in one round, the per-line caches emptied first."""
    gc.collect()
    gc.disable()  # as in a build
    started = time.process_time()
    for _ in range(repeat):
        forget()  # per-line caches empty: no pass reuses an earlier pass's lines
        for text in texts:
            clean_text(text, context)
    seconds = time.process_time() - started
    gc.enable()
    return len(texts) * repeat / seconds


def _lines(texts: list[str]) -> float:
    return sum(len(t.splitlines()) for t in texts) / len(texts)


def _compare(pythons: list[str], count: int, rounds: int) -> None:
    best: dict[tuple[str, str], float] = {}
    lines: dict[str, str] = {}
    for _ in range(rounds):
        for python in pythons:
            out = subprocess.run([python, __file__, "--count", str(count), "--one-round"],
                                 check=True, capture_output=True, text=True).stdout  # fmt: skip
            for name, (rate, shape) in json.loads(out).items():
                best[python, name] = max(best.get((python, name), 0.0), rate)
                lines[name] = shape
    for name, shape in lines.items():
        print(f"{name} ({shape})")
        first = best[pythons[0], name]
        for python in pythons:
            rate = best[python, name]
            print(f"  {python:<40} {rate:7.0f} articles/s per core  x{rate / first:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--compare", nargs="+", metavar="PYTHON",
                    help="time under each of these Pythons in turn")  # fmt: skip
    ap.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.compare:
        _compare(a.compare, a.count, a.rounds)
        return
    clean_text("Warm up the language model before timing anything at all. " * 3)
    with tempfile.TemporaryDirectory() as tmp:
        found = sets(a.count, Path(tmp))
    if a.one_round:  # one round of each set, for --compare, after one untimed
        for texts, _ in found.values():
            one_round(texts, 1, CleanContext.from_texts(texts))
        print(json.dumps({name: (one_round(texts, repeat, CleanContext.from_texts(texts)),
                                 f"{len(texts)} articles, {_lines(texts):.0f} lines each")
                          for name, (texts, repeat) in found.items()}))  # fmt: skip
        return
    print(f"cleaner: {Path(sys.modules[clean_text.__module__].__file__ or '').name}")
    for name, (texts, repeat) in found.items():
        context = CleanContext.from_texts(texts)
        rate = max(one_round(texts, repeat, context) for _ in range(a.rounds))
        print(f"{name:<36} {rate:7.0f} articles/s per core "
              f"({len(texts)} articles, {_lines(texts):.0f} lines each on average)")  # fmt: skip


if __name__ == "__main__":
    main()
