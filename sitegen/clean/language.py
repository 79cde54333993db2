"""The article's language, from its text (py3langid: small, fast, deterministic)."""

from __future__ import annotations

MIN_CHARS = 40  # below this a guess is noise: keep the fallback
SAMPLE_CHARS = 300  # a few sentences tell languages apart; more only costs time


def detect_language(text: str, fallback: str = "en") -> str:
    """ISO 639-1 code of ``text``; ``fallback`` when the text is too short to tell."""
    if len(text) < MIN_CHARS:
        return fallback
    import py3langid  # loads its model on first use: only builds with pasted text pay

    lang, _ = py3langid.classify(text[:SAMPLE_CHARS])
    return str(lang)
