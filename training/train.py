"""Train the pasted-page line model (``sitegen/clean/data/lines.crfsuite``) from the pages
``training/prepare.py`` made, and measure it.

    python training/train.py [--pages training/data/pages.jsonl] [--out MODEL]
    python training/train.py --folds 5    # cross-validated scores on the dev pages only
    python training/train.py --folds 5 --all   # ... and on every page, by the lines' labels
    python training/train.py --folds 5 --all --truth OTHER.jsonl   # ... against other labels
    python training/train.py --folds 5 --all --declared   # ... against what pages declare
    python training/train.py --folds 5 --by-site   # dev pages of one site held out together
    python training/train.py --folds 5 --by-site --collection other-sites   # ... each page
        cleaned with the other sites' dev pages as its collection, as the holdout split's
        pages nearly are (58 sites for 62 pages); ``dev``: the whole dev split, as
        ``bench/extraction.py`` cleans it
    python training/train.py --folds 5 --all --declared --extra NEW.jsonl   # ... each fold
        model trained on NEW's pages too: a new source measured on the same test pages
    python training/train.py --folds 5 --all --keep-folds F --save A.json   # fold models kept
        in F and reused by the next run (a rule's change measured in minutes, on the models
        of before it, as the shipped one is; empty F when the features change); each page's
        scores in A.json, for ``training/compare.py A.json B.json``

Each page is read by sitegen's rules first (``sitegen.clean.read_lines``); the model
learns from their verdicts as features among its others (``sitegen.clean.line_model``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pycrfsuite
from prepare import _site

from sitegen.clean import Extraction, line_model, read_lines
from sitegen.clean.document import Line

BODY_F1 = 0.9  # a page's body this well found counts among the well found (as score.py does)

# L1 and L2 weights and iterations, chosen by every page cross-validated (``--folds 5 --all
# --declared``): 0.5/0.5/300 gave title 0.757, author 0.607, date 0.922; 0.1/0.1/600 gave
# 0.773, 0.622, 0.923. Later, on the line labels and on the dev pages' sites held out, L1
# 0.5 (L2 0.1) beat 0.1 and 1.0: a sparser model, half the size, that generalises better
# to sites it has not seen (bench/EXTRACTION.md, twelfth session)
PARAMS = {"c1": 0.5, "c2": 0.1, "max_iterations": 600, "feature.possible_transitions": True}


def load(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line]  # not splitlines: U+2028


def sequence(page: dict) -> tuple[list[list[str]], list[str]]:
    doc, _ = read_lines(page["text"])
    span = line_model.window(doc)
    return line_model.features(doc), page["labels"][span.start : span.stop]


def train(pages: list[dict], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for page in pages:
        xseq, yseq = sequence(page)
        if len(xseq) == len(yseq) and xseq:
            trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--pages", type=Path, default=Path("training/data/pages.jsonl"))
    ap.add_argument("--out", type=Path, default=line_model.MODEL)
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--all", action="store_true",
                    help="cross-validate on every page, scored against its line labels")
    ap.add_argument("--show", action="store_true", help="print each miss")
    ap.add_argument("--truth", type=Path,
                    help="with --all: score against these pages' labels (the same pages)")
    ap.add_argument("--declared", action="store_true",
                    help="with --all: score against what each page declares alone (the "
                         "'declared' labels prepare.py writes beside the labels trained on)")
    ap.add_argument("--by-site", action="store_true",
                    help="hold out a site's dev pages together, and leave out of training the "
                         "other sources' pages named after it: scores on sites never seen")
    ap.add_argument("--collection", choices=["none", "dev", "other-sites"], default="none",
                    help="the collection each dev page is cleaned with (the body is scored too "
                         "with dev or other-sites)")
    ap.add_argument("--keep-folds", type=Path,
                    help="keep the fold models in this folder and reuse those found there")
    ap.add_argument("--predictions", type=Path,
                    help="without --all: keep each dev page's extraction in this folder")
    ap.add_argument("--save", type=Path, help="with --all: each page's scores, as JSON")
    ap.add_argument("--extra", type=Path,
                    help="with --all: pages every fold model also trains on, never scored "
                         "(a new source measured on the pages of before, as they were split)")
    args = ap.parse_args()
    pages = load(args.pages)
    if not args.folds:
        train(pages, args.out)
        print(f"trained on {len(pages)} pages: {args.out} ({args.out.stat().st_size} bytes)")
        return
    if args.all:
        truth = load(args.truth) if args.truth else None
        if args.declared:
            truth = [{**page, "labels": page.get("declared", page["labels"])} for page in pages]
        extra = load(args.extra) if args.extra else []
        cross_validate_all(pages, args.folds, args.show, truth, args.save, args.keep_folds, extra)
        return
    cross_validate(pages, args.folds, args.by_site, args.show, args.collection, args.keep_folds,
                   args.predictions)


def _use(pages: list[dict], model: Path, reuse: bool = False) -> None:
    """Train a model on ``pages`` and have the cleaner read with it from now on (what
    ``line_model`` keeps of the model before is forgotten). With ``reuse``, a model already
    at ``model`` is read instead (``--keep-folds``)."""
    if not (reuse and model.is_file()):
        train(pages, model)
    line_model.MODEL = model
    for cached in (line_model._tagger, line_model._labels, line_model._weights):
        cached.cache_clear()


def cross_validate(pages: list[dict], folds: int, by_site: bool = False, show: bool = False,
                   collection: str = "none", keep: Path | None = None,
                   predictions: Path | None = None) -> None:  # fmt: skip
    """Scores on the dev pages, each predicted by a model that never saw it. ``by_site``:
    nor any page of its site (a benchmark page's other pages of the same site, and other
    sources' pages whose name says that site): the case of a site never seen.
    ``collection``: what each page is cleaned with besides itself (``none``; the ``dev``
    split; the dev pages of ``other-sites``), and then its body is scored too.
    ``predictions``: where each page's extraction is written and kept (two runs compared
    page by page with ``score.py`` and ``score_meta.py``)."""
    import subprocess
    import tempfile

    from sitegen.clean import clean_text
    from sitegen.clean.context import CleanContext
    from sitegen.commands.extract import as_json, from_text

    dev = [p for p in pages if p["id"].startswith("dev/")]
    other = [p for p in pages if not p["id"].startswith("dev/")]
    bench = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    site = {p["id"]: _site(truth[p["id"][4:]]["url"]) for p in dev}
    sites = sorted(set(site.values()))
    whole = CleanContext.from_texts(p["text"] for p in dev) if collection == "dev" else None

    def context(page: dict) -> CleanContext | None:
        if collection != "other-sites":
            return whole
        return CleanContext.from_texts([page["text"], *(p["text"] for p in dev
                                                        if site[p["id"]] != site[page["id"]])])

    with tempfile.TemporaryDirectory() as scratch:
        tmp = str(predictions or Path(scratch) / "predictions")
        Path(tmp).mkdir(parents=True, exist_ok=True)
        for k in range(folds):
            if by_site:
                held = set(sites[k::folds])
                test = [p for p in dev if site[p["id"]] in held]
                seen = [p for p in other if not held & set(re.split(r"[\W_]+", p["id"].casefold()))]
            else:
                test, seen = dev[k::folds], other
            mode = "site" if by_site else "dev"
            _use(seen + [p for p in dev if p not in test],
                 (keep or Path(scratch)) / f"{mode}-fold{k}.crfsuite", reuse=keep is not None)
            for page in test:
                data = as_json(from_text(clean_text(page["text"], context(page))))
                name = page["id"].split("/", 1)[1]
                (Path(tmp) / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False))
        subprocess.run([sys.executable, str(bench / "score_meta.py"), tmp, "--split", "dev",
                        *([] if show else ["--quiet"])], check=True)  # fmt: skip
        if collection != "none":
            subprocess.run([sys.executable, str(bench / "score.py"), tmp, "--split", "dev"],
                           check=True)  # fmt: skip


def cross_validate_all(pages: list[dict], folds: int, show: bool = False,
                       truth: list[dict] | None = None, save: Path | None = None,
                       keep: Path | None = None, extra: list[dict] | None = None
                       ) -> None:  # fmt: skip
    """Every page predicted by a model that never saw it, scored against its own line
    labels (about ten times the pages the dev split's declared metadata scores): the title
    is the text of its ``title`` line, each author is named on its ``byline`` line, the day
    is the one its ``date`` line prints, the standfirst is its ``subtitle`` line (on the
    pages with one); the body is scored line by line (F1 of the lines kept as body or
    heading against the ``body`` lines the pages were trained on, and the share of pages
    at 0.9 or more). Per source, then all together. ``truth``: the same
    pages labelled another way, to score against (two labellings compared on one truth).
    ``extra``: pages each fold model trains on besides the other folds', never scored."""
    answers = {id(p): t["labels"] for p, t in zip(pages, truth or pages, strict=True)}
    import tempfile
    from collections import defaultdict

    from sitegen.clean import clean_text
    from sitegen.clean.document import Document
    from sitegen.clean.printed_dates import parse_printed_date

    hits: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    bodies: dict[str, list[float]] = defaultdict(list)
    per_page: dict[str, dict] = {}  # each page's checks, body F1 and title (``save``)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            rest = [p for n, p in enumerate(pages) if n % folds != k] + (extra or [])
            _use(rest, (keep or Path(tmp)) / f"all-fold{k}.crfsuite", reuse=keep is not None)
            for page in pages[k::folds]:
                got = clean_text(page["text"])
                doc_lines = Document.from_text(page["text"]).lines
                lines = [line.text for line in doc_lines]
                by = defaultdict(list)
                for text, label in zip(lines, answers[id(page)], strict=False):
                    by[label].append(text)
                checks = {}
                if by["title"]:
                    checks["title"] = got.title in by["title"]
                if by["byline"]:
                    checks["author"] = bool(got.authors) and all(
                        any(name.casefold() in line.casefold() for line in by["byline"])
                        for name in got.authors)  # "ANA LOPES" printed, Ana Lopes named
                days = {str(d.value)[:10] for d in map(parse_printed_date, by["date"])
                        if d is not None and d.value is not None}  # fmt: skip
                if days:
                    checks["date"] = got.date is not None and str(got.date.value)[:10] in days
                if by["subtitle"]:
                    checks["standfirst"] = got.subtitle in by["subtitle"]
                if show:
                    wanted = {"title": by["title"], "author": by["byline"], "date": by["date"],
                              "standfirst": by["subtitle"]}  # fmt: skip
                    for field, ok in checks.items():
                        if not ok:
                            value = getattr(got, field.replace("standfirst", "subtitle"), None)
                            print(f"{page['id'][:40]:<40} {field}: got {value!r:.80}"
                                  f" want {wanted[field][:2]!r:.120}")
                f1 = body_f1(doc_lines, page["labels"], got)
                per_page[page["id"]] = {**checks, "body": f1, "got_title": got.title}
                for source in (page["id"].split("/")[0], "all"):
                    for field, ok in checks.items():
                        hits[source][field][0] += ok
                        hits[source][field][1] += 1
                    if f1 is not None:
                        bodies[source].append(f1)
    for source, fields in sorted(hits.items()):
        scores = [f"{f}={h / n:.3f} (n={n})" for f, (h, n) in sorted(fields.items())]
        if f1s := bodies[source]:
            share = sum(f >= BODY_F1 for f in f1s) / len(f1s)
            scores.append(f"body={sum(f1s) / len(f1s):.4f} (>={BODY_F1}: {share:.1%})")
        print(f"{source:<12}", " ".join(scores))
    if save is not None:
        save.write_text(json.dumps(per_page, ensure_ascii=False, indent=0), encoding="utf-8")


def body_f1(lines: list[Line], labels: list[str], got: Extraction) -> float | None:
    """F1 of the lines ``got`` kept as the body against the lines labelled ``body`` (None
    where neither has any); ``lines`` are the page's, as ``Document.from_text`` reads them."""
    index = {line.number: line.index for line in lines}
    kept = {index[k.number] for k in got.kept if k.role in ("body", "heading")}
    truth = {i for i, label in enumerate(labels) if label == "body"}
    if not kept and not truth:
        return None
    both = len(kept & truth)
    return 2 * both / (len(kept) + len(truth))


if __name__ == "__main__":
    main()
