"""sitegen: a static site generator for article collections."""

__version__ = "0.1.0"
DISTRIBUTION = "sitegen-articles"  # its name on PyPI ("sitegen" there is another project)
