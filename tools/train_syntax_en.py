"""Train the English syntax pipeline (``models/en_blocgraph_ewt``) from the committed treebank.

Steps, each from files in the repository only (nothing is downloaded):

1. decompress ``models/data/en_ewt-ud-{train,dev,test}.conllu.xz`` (UD English-EWT) into
   ``var/model-en/`` and convert them to spaCy's binary format, ten sentences per document so
   the parser learns where sentences end;
2. ``spacy train models/en_ewt.cfg`` (fixed seed, one thread) into ``var/model-en/out``;
3. install ``model-best`` as ``models/en_blocgraph_ewt`` (its hand-written ``README.md`` and
   ``LICENSE`` are kept) with the package name, licence and sources in ``meta.json``;
4. (``make model`` then scores it on the test split with ``tools/eval_syntax_en.py``).

Usage: ``python tools/train_syntax_en.py [--max-epochs N]`` from the checkout (or ``make model``).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import shutil
import sys
from pathlib import Path

from blocgraph.config import PROJECT_ROOT

DATA = PROJECT_ROOT / "models" / "data"
CONFIG = PROJECT_ROOT / "models" / "en_ewt.cfg"
TARGET = PROJECT_ROOT / "models" / "en_blocgraph_ewt"
WORK = PROJECT_ROOT / "var" / "model-en"
SPLITS = ("train", "dev", "test")
#: Files of the installed model that training does not produce.
KEPT = ("README.md", "LICENSE")
META = {
    "name": "blocgraph_ewt",
    "version": "1.0.0",
    "description": "English tagger, lemmatizer and UD dependency parser for blocgraph, "
    "trained on UD English-EWT 2.16",
    "license": "CC BY-SA 4.0",
    "author": "blocgraph",
    "sources": [
        {
            "name": "Universal Dependencies English Web Treebank (UD_English-EWT) 2.16",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
            "author": "Silveira et al. 2014; Stanford University and UD contributors",
        }
    ],
}


def conllu_path(split: str) -> Path:
    """The decompressed CoNLL-U file of ``split`` (written by :func:`prepare`)."""
    return WORK / f"en_ewt-ud-{split}.conllu"


def spacy_path(split: str) -> Path:
    """The converted ``.spacy`` corpus of ``split``."""
    return WORK / f"en_ewt-ud-{split}.spacy"


def prepare() -> None:
    """Decompress the treebank and convert it to spaCy's format (10 sentences per doc)."""
    from spacy.tokens import DocBin
    from spacy.training.converters.conllu_to_docs import conllu_to_docs

    WORK.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        source = DATA / f"en_ewt-ud-{split}.conllu.xz"
        text = lzma.decompress(source.read_bytes()).decode("utf-8")
        conllu_path(split).write_text(text, encoding="utf-8")
        docs = list(conllu_to_docs(text, n_sents=10, no_print=True))  # type: ignore[no-untyped-call]
        DocBin(docs=docs, store_user_data=False).to_disk(spacy_path(split))
        sentences = sum(len(list(d.sents)) for d in docs)
        print(f"{split}: {sentences} sentences, {sum(len(d) for d in docs)} words")


def train(max_epochs: int | None) -> Path:
    """Train with the committed config; the ``model-best`` directory."""
    from spacy.cli.train import train as spacy_train

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.chdir(PROJECT_ROOT)  # relative corpus paths, as the shipped config.cfg records them
    overrides: dict[str, object] = {
        "paths.train": str(spacy_path("train").relative_to(PROJECT_ROOT)),
        "paths.dev": str(spacy_path("dev").relative_to(PROJECT_ROOT)),
    }
    if max_epochs is not None:
        overrides["training.max_epochs"] = max_epochs
    out = WORK / "out"
    if out.exists():
        shutil.rmtree(out)
    spacy_train(CONFIG, out, overrides=overrides)
    return out / "model-best"


def install(best: Path) -> None:
    """Replace the shipped model's trained files with ``best``, keeping README and LICENSE."""
    kept = {name: (TARGET / name).read_bytes() for name in KEPT if (TARGET / name).exists()}
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    for name, content in kept.items():
        (TARGET / name).write_bytes(content)
    meta_file = TARGET / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta.update(META)
    meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the steps; exit status 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-epochs", type=int, default=None, help="override the config")
    parser.add_argument("--prepare-only", action="store_true", help="only write var/model-en")
    args = parser.parse_args(argv)
    prepare()
    if args.prepare_only:
        return 0
    install(train(args.max_epochs))
    print(f"installed {TARGET.relative_to(PROJECT_ROOT)}; score it with tools/eval_syntax_en.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
