"""sitegen: a static site generator for article collections."""

__version__ = "0.1.0"
DISTRIBUTION = "sitegen-articles"  # the name on the package index ("sitegen" there is another project)
