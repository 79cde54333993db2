"""Which line of the page gets a label, from the line model's odds: the likeliest
labelling's line, or a line likely enough on its own to stand against the rules' choice
(``learned`` puts the picks over the rules' reading)."""

from __future__ import annotations

from sitegen.clean import line_model
from sitegen.clean.line_model import SHARED
from sitegen.clean.not_headlines import CONTENDING

# a line's own probability of a label, outside the likeliest labelling: enough to take
# it where the rules found nothing, or to overrule them (measured on dev by cross-validation)
SURE = {"title": 0.05, "byline": 0.2, "date": 0.05}
OVERRULE = 2.0  # ... and this many times as likely as the line the rules chose
MOST_RULED_OUT = 0.9  # of a label's odds, the share lines that cannot have it may free
PRINTINGS = 3  # a headline is printed this often at most on its page (a menu's label, a
# widget's, a logo's more often)


def pick(found: line_model.Labels, label: str, ruled: list[int],
          both: frozenset[int] = frozenset(), never: frozenset[int] = frozenset()
          ) -> int | None:  # fmt: skip
    """The line the page's likeliest labelling gives ``label`` (the likeliest of them; for
    the title, the likeliest line of the page, which that labelling may have passed over,
    taken as sure when the labelling gives the label to any line); where it gives none,
    the line likeliest to have it on its own, if likely enough (``SURE``)
    and, where the rules chose lines (``ruled``), ``OVERRULE`` times likelier than those.
    A line in ``both`` prints byline and date together: the model, which gives a line one
    label, may have called it either. Lines in ``never`` cannot have the label: what the
    model gave them goes to the others (the odds are read as given that they are not it)."""
    chosen = [i for i, lab in enumerate(found.best) if found.first + i not in never
              and (lab == label or (found.first + i in both and lab in SHARED))]  # fmt: skip
    free = [i for i in range(len(found.best)) if found.first + i not in never]
    lines = free if label == "title" else chosen or free
    if not lines:
        return None
    odds = _printed_odds(found, never) if label == "title" else {}

    def p_of(index: int) -> float:
        return odds.get(index) or prob(found, index, label, both)

    i, p = max(((i, p_of(found.first + i)) for i in lines),
               key=lambda x: (x[1], prob(found, found.first + x[0], label, both)))  # fmt: skip
    rival = max((p_of(j) for j in ruled if j not in never), default=0.0)
    ruled_out = min(sum(prob(found, j, label, both) for j in never), MOST_RULED_OUT)
    sure = chosen or (p / (1.0 - ruled_out) >= SURE[label] and p >= OVERRULE * rival)
    return found.first + i if sure else None


def _printed_odds(found: line_model.Labels, never: frozenset[int]) -> dict[int, float]:
    """For a line whose text the window prints more than once, the title odds of all its
    printings together: the title is a text, which a page may print twice around its
    headline group (over a picture and again under it); each printing's odds alone
    understate it."""
    if not found.texts:
        return {}
    seen: dict[str, list[int]] = {}
    for i, text in enumerate(found.texts):
        if found.first + i not in never and 1 < found.printed[i] <= PRINTINGS:
            seen.setdefault(text, []).append(found.first + i)
    return {j: sum(found.odds(k, "title") for k in same)
            for same in seen.values() if len(same) > 1 for j in same}  # fmt: skip


def likeliest(found: line_model.Labels, label: str, never: frozenset[int]) -> int | None:
    """The line likeliest to have ``label`` outside ``never``, if at all likely."""
    odds = [(p.get(label, 0.0), found.first + i) for i, p in enumerate(found.probs)
            if found.first + i not in never]  # fmt: skip
    p, index = max(odds, default=(0.0, None))
    return index if p >= CONTENDING else None


def prob(found: line_model.Labels, index: int, label: str,
          both: frozenset[int] = frozenset()) -> float:  # fmt: skip
    """The model's probability that the line at ``index`` of the page has ``label`` (or,
    for a line printing byline and date, either of them)."""
    if index in both and label in SHARED:
        return sum(found.odds(index, lab) for lab in SHARED)
    return found.odds(index, label)
