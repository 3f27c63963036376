"""Taggers, lemmatizers and dependency parsers shipped with blocgraph, one module per language."""
