"""Syntax for the extractor: tokens, lemmas, morphology and UD dependency trees as spaCy Docs.

One module per language (``russian``, ``english``), each loading its shipped models lazily and
returning :class:`spacy.tokens.Doc` objects with UD part-of-speech tags, features and relations, so
that one relation engine reads trees in either language.
"""
