"""Syntax models shipped with blocgraph: tagger, lemmatizer and dependency parser per language."""
