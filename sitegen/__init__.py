"""sitegen: a static site generator for article collections."""

__version__ = "0.1.0"
