"""Train the pair model on the gold set, or measure it round by round.

``python -m blocgraph.extract.learned.train`` reads every gold text with the tree and the rules,
labels the candidate pairs from the annotations, fits the model and writes
``data/extraction/pair-model.json`` (``make pair-model``).

``--evaluate`` measures what the model adds the way blind rounds do: for each blind round R it
trains on the texts annotated before R (earlier rounds and the texts without a round) and scores
round R with and without the model. Nothing of round R is seen in training.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from blocgraph.extract._extractor import Extractor
from blocgraph.extract._score import Counts, GoldDocument, load_gold, score
from blocgraph.extract.learned import PAIR_MODEL_FILE
from blocgraph.extract.learned._labels import PREDICATES, ReadDocument, examples
from blocgraph.extract.learned._logistic import PairModel, train, with_thresholds

THRESHOLD = 0.7
"""The probability at which the model asserts an English membership (``joined``:
:data:`JOINED_THRESHOLD`; Russian: :data:`RUSSIAN_THRESHOLD`). First chosen as 0.6 on rounds
20–47 with ``--evaluate``; raised to 0.7 on rounds 53–73, which the shipped model (trained
through round 52) never saw: there its English memberships were right 26 times in 67 between
0.6 and 0.7. Raised to 0.8 on rounds 53–76 (between 0.7 and 0.8 right 24 times in 44) and set
back to 0.7 after blind rounds 77–80, where that band held 5 right and 5 wrong memberships:
English recall on rounds 78–80 (0.16–0.60) is further below its aim (0.75) than precision
(0.89–1.00) below its own (0.90)."""
JOINED_THRESHOLD = 0.8
"""Joinings need more: below it the model's joinings were mostly wrong on the earlier rounds."""
RUSSIAN_THRESHOLD = 0.7
"""Russian memberships: between 0.6 and 0.7 they were more often wrong than right on rounds
20–46; between 0.7 and 0.8 right 17 times in 27 on rounds 53–76 (19 of 19 above), so it stays:
Russian recall is further below its aim (0.60) than precision below its own (0.85)."""


def read_all(extractor: Extractor, documents: Sequence[GoldDocument]) -> list[ReadDocument]:
    """Each gold document read by the tree and the rules, with its candidates."""
    out: list[ReadDocument] = []
    for gold in documents:
        extraction, pairs = extractor.read(gold.text, path=gold.name, lang=gold.language)
        if pairs is not None:
            out.append(ReadDocument(gold, extraction, pairs))
    return out


def fit(documents: Sequence[ReadDocument], threshold: float = THRESHOLD) -> PairModel:
    model = train(examples(documents), PREDICATES)
    thresholds = dict.fromkeys(PREDICATES, threshold)
    thresholds["joined"] = max(threshold, JOINED_THRESHOLD)
    thresholds["ru:memberOf"] = RUSSIAN_THRESHOLD
    return with_thresholds(model, thresholds)


def scored(documents: Sequence[ReadDocument], model: PairModel | None) -> dict[str, Counts]:
    """Statement counts per language, with the model's additions when ``model`` is given."""
    totals: dict[str, Counts] = {}
    for read in documents:
        extraction = (
            read.extraction if model is None else read.pairs.added_to(read.extraction, model)
        )
        lang = read.gold.language
        totals[lang] = totals.get(lang, Counts()) + score(read.gold, extraction).statements
    return totals


def evaluate(documents: Sequence[ReadDocument], rounds: Sequence[int], threshold: float) -> str:
    """Round-by-round scores without and with a model trained on the earlier texts."""
    lines = [
        "| round | lang | without model P / R | with model P / R | tp+ | fp+ |",
        "|---|---|---|---|---|---|",
    ]
    before_all: dict[str, Counts] = {}
    after_all: dict[str, Counts] = {}
    for r in rounds:
        earlier = [d for d in documents if d.gold.round is None or d.gold.round < r]
        current = [d for d in documents if d.gold.round == r]
        if not current:
            continue
        model = fit(earlier, threshold)
        without, with_model = scored(current, None), scored(current, model)
        for lang in sorted(without):
            a, b = without[lang], with_model[lang]
            before_all[lang] = before_all.get(lang, Counts()) + a
            after_all[lang] = after_all.get(lang, Counts()) + b
            lines.append(
                f"| {r} | {lang} | {a.precision:.2f} / {a.recall:.2f} | "
                f"{b.precision:.2f} / {b.recall:.2f} | {b.tp - a.tp} | {b.fp - a.fp} |"
            )
    for lang in sorted(before_all):
        a, b = before_all[lang], after_all[lang]
        lines.append(
            f"| all | {lang} | {a.precision:.3f} / {a.recall:.3f} | "
            f"{b.precision:.3f} / {b.recall:.3f} | {b.tp - a.tp} | {b.fp - a.fp} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m blocgraph.extract.learned.train")
    parser.add_argument("--data", type=Path, default=Path("data"), help="the project's data/")
    parser.add_argument("--gold", type=Path, default=Path("tests/extract/gold"))
    parser.add_argument("--out", type=Path, help="model file (default data/extraction/…)")
    parser.add_argument("--evaluate", metavar="ROUNDS", help="e.g. 30-46: score round by round")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument(
        "--through-round",
        type=int,
        metavar="N",
        help="train on the texts of blind rounds up to N (and those without a round) only: the "
        "rounds after N stay unseen, for the next blind score",
    )
    args = parser.parse_args(argv)
    if not args.gold.is_dir() or not (args.data / "states.csv").exists():
        print(f"error: need the gold folder ({args.gold}) and data/ ({args.data})", file=sys.stderr)
        return 2
    rounds: list[int] = []
    if args.evaluate:
        first, _, last = args.evaluate.partition("-")
        if not first.isdigit() or not (last or first).isdigit():
            print(
                f"error: --evaluate takes rounds as N or N-M, not {args.evaluate!r}",
                file=sys.stderr,
            )
            return 2
        rounds = list(range(int(first), int(last or first) + 1))
    extractor = Extractor.from_data(args.data)
    gold = load_gold(args.gold, args.data)
    if args.through_round is not None:
        gold = [d for d in gold if d.round is None or d.round <= args.through_round]
    documents = read_all(extractor, gold)
    if args.evaluate:
        print(evaluate(documents, rounds, args.threshold))
        return 0
    model = fit(documents, args.threshold)
    scope = "all rounds" if args.through_round is None else f"rounds through {args.through_round}"
    model.meta = {
        "trained_on": f"{len(documents)} gold texts ({scope})",
        "predicates": list(PREDICATES),
        "thresholds_chosen_on": "rounds 20-47, each scored by a model of the texts before it; "
        "English memberOf raised to 0.7 on rounds 53-73 (unseen by the model through 52); "
        "0.8 tried on rounds 77-80 and set back",
        "evaluated_on": "rounds 20-52 the same way; blind rounds 48-53; rounds 53-101 the same "
        "way before retraining through round 101 (2026-12-06)",
    }
    out = args.out or args.data / "extraction" / PAIR_MODEL_FILE
    model.save(out)
    print(f"wrote {out}: {sum(len(w) for w in model.weights.values())} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
