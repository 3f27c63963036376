"""The pair model: one L2-regularised logistic regression per predicate over binary string
features, trained full-batch with Adam on numpy, stored as readable JSON (feature → weight).

Training is deterministic (no sampling): the same examples give the same weights.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

FORMAT = "blocgraph-pair-model/1"


class PairModelError(ValueError):
    """A model file that does not load: the message says which file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Example:
    """One candidate's features, the predicates it bears and those its label leaves open."""

    features: tuple[str, ...]
    labels: frozenset[str]
    unsure: frozenset[str] = frozenset()


@dataclass(slots=True)
class PairModel:
    """Weights per predicate; ``thresholds`` are the probabilities at which a pair is asserted,
    by predicate (``memberOf``) or, overriding it, by language and predicate (``ru:memberOf``)."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    thresholds: dict[str, float]
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def predicates(self) -> tuple[str, ...]:
        return tuple(sorted(self.weights))

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """The probability of each predicate for one candidate."""
        present = set(features)
        out: dict[str, float] = {}
        for predicate, weights in self.weights.items():
            z = self.bias[predicate] + sum(weights.get(f, 0.0) for f in present)
            out[predicate] = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
        return out

    def threshold(self, predicate: str, lang: str | None = None) -> float:
        """The probability at which ``predicate`` is asserted in a text of ``lang``."""
        default = self.thresholds.get(predicate, 1.0)
        return default if lang is None else self.thresholds.get(f"{lang}:{predicate}", default)

    def asserted(self, features: Iterable[str], lang: str | None = None) -> list[tuple[str, float]]:
        """The predicates whose probability reaches their threshold, with it."""
        return [
            (p, q)
            for p, q in sorted(self.probabilities(features).items())
            if q >= self.threshold(p, lang)
        ]

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "meta": self.meta,
            "thresholds": {p: round(t, 4) for p, t in sorted(self.thresholds.items())},
            "bias": {p: round(b, 4) for p, b in sorted(self.bias.items())},
            "weights": {
                p: {f: round(w, 4) for f, w in sorted(ws.items()) if abs(w) >= 1e-3}
                for p, ws in sorted(self.weights.items())
            },
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=0, sort_keys=False)
        path.write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> PairModel:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise PairModelError(f"{path}: cannot read the pair model: {error}") from error
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise PairModelError(f"{path}: not a {FORMAT} file (retrain it: make pair-model)")
        try:
            weights = {
                p: {str(f): float(w) for f, w in ws.items()} for p, ws in raw["weights"].items()
            }
            bias = {p: float(b) for p, b in raw["bias"].items()}
            thresholds = {p: float(t) for p, t in raw["thresholds"].items()}
        except (KeyError, AttributeError, TypeError, ValueError) as error:
            raise PairModelError(f"{path}: malformed pair model: {error!r}") from error
        if set(weights) != set(bias):
            raise PairModelError(f"{path}: weights and bias name different predicates")
        return cls(weights, bias, thresholds, dict(raw.get("meta", {})))


def train(
    examples: Sequence[Example],
    predicates: Sequence[str],
    *,
    l2: float = 1e-2,
    steps: int = 300,
    rate: float = 0.1,
    min_count: int = 2,
) -> PairModel:
    """Fit one logistic regression per predicate on the examples (features seen fewer than
    ``min_count`` times are dropped). Thresholds start at 0.5; :func:`tune` may move them."""
    counts: dict[str, int] = {}
    for example in examples:
        for feature in set(example.features):
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    for r, example in enumerate(examples):
        for feature in sorted(set(example.features)):
            if feature in index:
                rows.append(r)
                cols.append(index[feature])
    row = np.asarray(rows, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    n, d = len(examples), len(vocabulary)
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for predicate in predicates:
        y = np.asarray([1.0 if predicate in e.labels else 0.0 for e in examples])
        mask = np.asarray([0.0 if predicate in e.unsure else 1.0 for e in examples])
        w, b = _fit(row, col, n, d, y, mask, l2=l2, steps=steps, rate=rate)
        weights[predicate] = {vocabulary[i]: float(w[i]) for i in np.flatnonzero(np.abs(w) >= 1e-3)}
        bias[predicate] = b
    return PairModel(weights, bias, dict.fromkeys(predicates, 0.5))


def _fit(
    row: np.ndarray,
    col: np.ndarray,
    n: int,
    d: int,
    y: np.ndarray,
    mask: np.ndarray,
    *,
    l2: float,
    steps: int,
    rate: float,
) -> tuple[np.ndarray, float]:
    """Adam on the mean masked log-loss plus ``l2``·|w|²/2."""
    w = np.zeros(d)
    b = 0.0
    m_w, v_w = np.zeros(d), np.zeros(d)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    total = max(float(mask.sum()), 1.0)
    for step in range(1, steps + 1):
        z = np.bincount(row, weights=w[col], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))
        g = (p - y) * mask / total
        grad_w = np.bincount(col, weights=g[row], minlength=d) + l2 * w
        grad_b = float(g.sum())
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m_w / correction1) / (np.sqrt(v_w / correction2) + eps)
        b -= rate * (m_b / correction1) / (math.sqrt(v_b / correction2) + eps)
    return w, b


def with_thresholds(model: PairModel, thresholds: Mapping[str, float]) -> PairModel:
    """The same weights asserting at other thresholds."""
    return PairModel(model.weights, model.bias, dict(thresholds), dict(model.meta))
