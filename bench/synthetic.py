"""A synthetic, membership-shaped graph about 100 times the real one, for the benchmark.

The real graph (one build of ``data/``) holds 207 states, 26 bodies with members and 1,038
membership spells, about 16,000 triples. The synthetic graph is ``scale`` "worlds" of that size:
each world has 207 states and one copy of each of the 26 bodies, with the real bodies' founding
years and spell counts (the UN 206 spells, the AU 98, … the Union State 2). A body draws its
members from its own world, favouring the first states of the world (a few states sit in many
bodies, as Russia or Egypt do), and one member in ten from any world, so that bodies overlap
across worlds too. Each spell has the real graph's shape and proportions (``_rdf.py``):
``org:member``, ``org:organization``, ``org:role`` (roles in the real mix), ``bg:startDate``
(15 % year-precise), an end with its reason for about one in seven (half of them a change of
role, followed by a spell in the new role), ``bg:uncertain``, a ``skos:note``, and one to three
``prov:wasDerivedFrom`` links to ``bg:Source`` nodes (URL + date read). States carry ISO-like
codes, labels in six languages, an alias, status, M49-like regions and a Wikidata-like link;
bodies their key, labels, kind, founding date, seat, homepage and sources; most states a
civilization assignment.

Everything is drawn from one seeded generator, so a (scale, seed) pair always gives the same
file. The quads go into the reference graph IRI the build writes
(``https://w3id.org/blocgraph/graph/reference``), followed by the real ontology in the ontology
graph, so the store and every query see the same layout as a real build.

Codes: state ``S`` + world (2 digits) + index (3 digits), e.g. ``S00000``; body = real key +
world, e.g. ``SCO00``, ``CICA00``. The benchmark asks for the bodies of ``S00000`` (the state
most bodies of world 0 favour) and intersects ``SCO00`` with ``CICA00`` (they share members).

Example:
    >>> quads = list(generate(scale=1, seed=1))
    >>> 10_000 < len(quads) < 20_000
    True
    >>> quads == list(generate(scale=1, seed=1))   # deterministic
    True

Run ``python -m bench.synthetic OUT.nq [--scale N] [--seed S]`` to write the file alone.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from blocgraph.config import PROJECT_ROOT
from blocgraph.vocab import (
    BG,
    ID,
    ONTOLOGY_GRAPH,
    ORG,
    REFERENCE_GRAPH,
    body_iri,
    civilization_iri,
    kind_iri,
    membership_iri,
    region_iri,
    role_iri,
    scheme_iri,
    source_iri,
    state_iri,
    status_iri,
    wikidata_iri,
)

DEFAULT_SCALE = 100
DEFAULT_SEED = 20251127
STATES_PER_WORLD = 207

#: (key, founding year, membership spells) of the real bodies that have members.
BODY_PROFILE: tuple[tuple[str, int, int], ...] = (
    ("UN", 1945, 206),
    ("AU", 2002, 98),
    ("OSCE", 1973, 76),
    ("OIC", 1969, 72),
    ("COE", 1949, 58),
    ("ASEM", 1996, 53),
    ("CICA", 1999, 48),
    ("SCO", 2001, 48),
    ("OAS", 1948, 39),
    ("EU", 1958, 39),
    ("LAS", 1945, 37),
    ("CELAC", 2011, 35),
    ("ASEAN", 1967, 35),
    ("NATO", 1949, 32),
    ("APEC", 1989, 24),
    ("BRICS", 2006, 22),
    ("G20", 1999, 21),
    ("CIS", 1991, 17),
    ("SAARC", 1985, 17),
    ("CSTO", 1992, 15),
    ("ECO", 1985, 11),
    ("EAEU", 2015, 9),
    ("OTS", 2009, 9),
    ("BIMSTEC", 1997, 9),
    ("GCC", 1981, 6),
    ("UNIONSTATE", 2000, 2),
)

#: Roles in the proportions of the real spells.
ROLE_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("member", 765),
    ("observer", 81),
    ("participating_state", 64),
    ("partner", 51),
    ("suspended", 36),
    ("dialogue_partner", 26),
    ("candidate", 11),
    ("associate_member", 2),
    ("frozen", 2),
)
END_REASONS = ("withdrew", "suspended", "succeeded", "dissolved", "expelled")
KINDS = ("political", "economic", "security", "forum")
LANGUAGES = (
    ("en", "Synthland"),
    ("ru", "Синтландия"),
    ("fr", "Synthlande"),
    ("es", "Sintlandia"),
    ("zh", "合成国"),
    ("ar", "سنثلاند"),
)
CONTINENTS = ("002", "019", "142", "150", "009")
LAST_DAY = date(2025, 11, 1)
SCHEME = "synthetic1996"
CIVILIZATIONS = 10

#: The state whose bodies the lookups ask for, and two bodies to intersect, per dataset.
LOOKUP_STATE = "S00000"
BODY_PAIR = ("SCO00", "CICA00")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE = ox.NamedNode(_XSD + "date")
_BOOLEAN = ox.NamedNode(_XSD + "boolean")
_GYEAR = ox.NamedNode(_XSD + "gYear")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PREF_LABEL = ox.NamedNode(_SKOS + "prefLabel")
_ALT_LABEL = ox.NamedNode(_SKOS + "altLabel")
_NOTATION = ox.NamedNode(_SKOS + "notation")
_NOTE = ox.NamedNode(_SKOS + "note")
_BROADER = ox.NamedNode(_SKOS + "broader")
_IN_SCHEME = ox.NamedNode(_SKOS + "inScheme")
_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_DCT_SOURCE = ox.NamedNode("http://purl.org/dc/terms/source")
_DCT_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
_DCT_ISSUED = ox.NamedNode("http://purl.org/dc/terms/issued")
_SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
_HOMEPAGE = ox.NamedNode("http://xmlns.com/foaf/0.1/homepage")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _date(day: date) -> ox.Literal:
    return ox.Literal(day.isoformat(), datatype=_DATE)


def _text(value: str, lang: str = "en") -> ox.Literal:
    return ox.Literal(value, language=lang)


@dataclass(slots=True)
class Counts:
    """What a generated dataset holds."""

    quads: int = 0
    states: int = 0
    bodies: int = 0
    memberships: int = 0
    sources: int = 0
    by_graph: dict[str, int] = field(default_factory=dict)


class _Writer:
    """Builds reference-graph quads and counts them."""

    def __init__(self, rng: random.Random, scale: int) -> None:
        self.rng = rng
        self.scale = scale
        self.graph = _n(REFERENCE_GRAPH)
        self.source_pool = 489 * scale
        self.counts = Counts()
        self._sources_written: set[int] = set()
        self._bg = {name: _n(BG[name]) for name in BG.__annotations__}
        self.org = {name: _n(ORG[name]) for name in ("member", "organization", "role")}

    def quad(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(s, p, o, self.graph)

    def bg(self, name: str) -> ox.NamedNode:
        return self._bg[name]

    def sources(self, subject: ox.NamedNode, how_many: int) -> Iterator[ox.Quad]:
        """``how_many`` distinct sources from the pool; a source's own triples once."""
        for number in sorted(self.rng.sample(range(self.source_pool), how_many)):
            url = f"https://example.org/synthetic/source/{number}"
            accessed = (date(2024, 1, 1) + timedelta(days=number % 700)).isoformat()
            node = _n(source_iri(url, accessed))
            yield self.quad(subject, _DERIVED, node)
            if number not in self._sources_written:
                self._sources_written.add(number)
                self.counts.sources += 1
                yield self.quad(node, _RDF_TYPE, self.bg("Source"))
                yield self.quad(node, _DCT_SOURCE, _n(url))
                yield self.quad(node, self.bg("accessed"), ox.Literal(accessed, datatype=_DATE))


def _regions(w: _Writer) -> Iterator[ox.Quad]:
    for index, code in enumerate(CONTINENTS):
        node = _n(region_iri(code))
        yield w.quad(node, _RDF_TYPE, w.bg("Continent"))
        yield w.quad(node, w.bg("m49Code"), ox.Literal(code))
        yield w.quad(node, _NOTATION, ox.Literal(code))
        yield w.quad(node, _PREF_LABEL, _text(f"Synthetic continent {index}"))
        yield w.quad(node, _PREF_LABEL, _text(f"Синтетический континент {index}", "ru"))
        for sub in range(5):
            child = _n(region_iri(f"9{index}{sub}"))
            yield w.quad(child, _RDF_TYPE, w.bg("Region"))
            yield w.quad(child, w.bg("m49Code"), ox.Literal(f"9{index}{sub}"))
            yield w.quad(child, _NOTATION, ox.Literal(f"9{index}{sub}"))
            yield w.quad(child, _PREF_LABEL, _text(f"Synthetic region {index}.{sub}"))
            yield w.quad(child, _BROADER, node)


def state_code(world: int, index: int) -> str:
    """Code of the ``index``-th state of ``world`` (``S00000``)."""
    return f"S{world:02d}{index:03d}"


def body_key(template: str, world: int) -> str:
    """Key of the copy of a real body in ``world`` (``SCO00``)."""
    return f"{template}{world:02d}"


def _states(w: _Writer) -> Iterator[ox.Quad]:
    rng = w.rng
    for world in range(w.scale):
        for index in range(STATES_PER_WORLD):
            code = state_code(world, index)
            serial = world * STATES_PER_WORLD + index
            node = _n(state_iri(code))
            w.counts.states += 1
            yield w.quad(node, _RDF_TYPE, w.bg("State"))
            yield w.quad(node, w.bg("iso3"), ox.Literal(code))
            iso2 = chr(65 + serial % 26) + chr(65 + serial // 26 % 26)  # not unique, as a label
            yield w.quad(node, w.bg("iso2"), ox.Literal(iso2))
            yield w.quad(node, w.bg("isoNumeric"), ox.Literal(f"{serial:05d}"))
            yield w.quad(node, _NOTATION, ox.Literal(code))
            for lang, name in LANGUAGES:
                yield w.quad(node, _PREF_LABEL, _text(f"{name} {code}", lang))
            yield w.quad(node, _ALT_LABEL, _text(f"Republic of Synthland {code}"))
            if rng.random() < 0.3:
                yield w.quad(node, _ALT_LABEL, _text(f"Synthland {code} (alias)"))
            status = "un_member" if rng.random() < 0.93 else "partially_recognised"
            yield w.quad(node, w.bg("status"), _n(status_iri(status)))
            continent = rng.randrange(len(CONTINENTS))
            yield w.quad(node, w.bg("locatedIn"), _n(region_iri(CONTINENTS[continent])))
            sub = rng.randrange(5)
            yield w.quad(node, w.bg("locatedIn"), _n(region_iri(f"9{continent}{sub}")))
            if rng.random() < 0.4:
                other = (sub + 1 + rng.randrange(4)) % 5
                yield w.quad(node, w.bg("locatedIn"), _n(region_iri(f"9{continent}{other}")))
            yield w.quad(node, _SAME_AS, _n(wikidata_iri(f"Q{90_000_000 + serial}")))
            if rng.random() < 0.89:
                claim = _n(ID[f"civilization-assignment/{SCHEME}/{code}"])
                civilization = f"c{rng.randrange(CIVILIZATIONS)}"
                yield w.quad(claim, _RDF_TYPE, w.bg("CivilizationAssignment"))
                yield w.quad(claim, w.bg("state"), node)
                yield w.quad(
                    claim, w.bg("civilization"), _n(civilization_iri(SCHEME, civilization))
                )
                if rng.random() < 0.8:
                    yield w.quad(claim, w.bg("uncertain"), ox.Literal("true", datatype=_BOOLEAN))
                yield from w.sources(claim, 1)


def _civilizations(w: _Writer) -> Iterator[ox.Quad]:
    scheme = _n(scheme_iri(SCHEME))
    yield w.quad(scheme, _RDF_TYPE, w.bg("CivilizationScheme"))
    yield w.quad(scheme, _PREF_LABEL, _text("Synthetic 1996"))
    yield w.quad(scheme, _DCT_TITLE, _text("A synthetic classification of civilizations"))
    yield w.quad(scheme, _DCT_ISSUED, ox.Literal("1996", datatype=_GYEAR))
    for number in range(CIVILIZATIONS):
        node = _n(civilization_iri(SCHEME, f"c{number}"))
        yield w.quad(node, _RDF_TYPE, w.bg("Civilization"))
        yield w.quad(node, _IN_SCHEME, scheme)
        yield w.quad(node, _NOTATION, ox.Literal(f"c{number}"))
        yield w.quad(node, _PREF_LABEL, _text(f"Civilization {number}"))
        yield w.quad(node, _PREF_LABEL, _text(f"Цивилизация {number}", "ru"))


def _bodies(w: _Writer) -> Iterator[ox.Quad]:
    rng = w.rng
    for world in range(w.scale):
        for number, (template, founded, _spells) in enumerate(BODY_PROFILE):
            key = body_key(template, world)
            node = _n(body_iri(key))
            w.counts.bodies += 1
            yield w.quad(node, _RDF_TYPE, w.bg("Body"))
            yield w.quad(node, w.bg("key"), ox.Literal(key))
            yield w.quad(node, _NOTATION, ox.Literal(key))
            yield w.quad(node, _PREF_LABEL, _text(f"Synthetic organisation {key}"))
            yield w.quad(node, _PREF_LABEL, _text(f"Синтетическая организация {key}", "ru"))
            for alias in ("alliance", "union", "forum", "council", "community"):
                yield w.quad(node, _ALT_LABEL, _text(f"{key} {alias}"))
            yield w.quad(node, w.bg("kind"), _n(kind_iri(KINDS[number % len(KINDS)])))
            yield w.quad(node, w.bg("founded"), _date(date(founded, 1 + number % 12, 1)))
            seat = state_code(world, rng.randrange(STATES_PER_WORLD))
            yield w.quad(node, w.bg("seatCountry"), _n(state_iri(seat)))
            yield w.quad(node, w.bg("seatCity"), _text(f"Capital of {seat}"))
            yield w.quad(node, _HOMEPAGE, _n(f"https://example.org/synthetic/body/{key}"))
            yield w.quad(node, _NOTE, _text(f"A synthetic copy of {template} in world {world}."))
            yield from w.sources(node, 3)


def _draw_members(rng: random.Random, world: int, scale: int, size: int) -> Iterator[str]:
    """Distinct member codes: nine in ten from ``world``, favouring its first states."""
    ranked = sorted(
        range(STATES_PER_WORLD),
        key=lambda i: rng.random() ** ((1.0 + i) ** 0.7),  # weighted draw, weight (1+i)^-0.7
        reverse=True,
    )
    seen: set[str] = set()
    position = 0
    while len(seen) < size:
        if rng.random() < 0.1 or position >= len(ranked):
            code = state_code(rng.randrange(scale), rng.randrange(STATES_PER_WORLD))
        else:
            code = state_code(world, ranked[position])
            position += 1
        if code not in seen:
            seen.add(code)
            yield code


def _memberships(w: _Writer) -> Iterator[ox.Quad]:
    rng = w.rng
    roles = [r for r, _ in ROLE_WEIGHTS]
    weights = [n for _, n in ROLE_WEIGHTS]
    for world in range(w.scale):
        for template, founded, spells in BODY_PROFILE:
            key = body_key(template, world)
            body = _n(body_iri(key))
            first = date(founded, 1, 1)
            span = (LAST_DAY - first).days
            left = spells
            for member in _draw_members(rng, world, w.scale, spells):
                if left <= 0:
                    break
                role = rng.choices(roles, weights)[0]
                start = first + timedelta(days=rng.randrange(span))
                precise = rng.random() >= 0.15
                if not precise:
                    start = date(start.year, 1, 1)
                end: date | None = None
                reason = None
                if rng.random() < 0.2:  # ~14 % end before LAST_DAY, as in the real data
                    end = start + timedelta(days=rng.randrange(365, 20 * 365))
                    if end >= LAST_DAY:
                        end = None
                    else:
                        reason = "role_changed" if rng.random() < 0.5 else rng.choice(END_REASONS)
                yield from _spell(w, body, key, member, role, start, precise, end, reason)
                left -= 1
                if reason == "role_changed" and left > 0 and end is not None:
                    successor = rng.choice([r for r in roles if r != role])
                    yield from _spell(w, body, key, member, successor, end, True, None, None)
                    left -= 1


def _spell(
    w: _Writer,
    body: ox.NamedNode,
    key: str,
    member: str,
    role: str,
    start: date,
    precise: bool,
    end: date | None,
    reason: str | None,
) -> Iterator[ox.Quad]:
    rng = w.rng
    node = _n(membership_iri(key, member, role, start.isoformat()))
    w.counts.memberships += 1
    yield w.quad(node, _RDF_TYPE, w.bg("Membership"))
    yield w.quad(node, w.org["member"], _n(state_iri(member)))
    yield w.quad(node, w.org["organization"], body)
    yield w.quad(node, w.org["role"], _n(role_iri(role)))
    yield w.quad(node, w.bg("startDate"), _date(start))
    if not precise:
        yield w.quad(node, w.bg("startPrecision"), ox.Literal("year"))
    if end is not None:
        yield w.quad(node, w.bg("endDate"), _date(end))
    if reason is not None:
        yield w.quad(node, w.bg("endReason"), ox.Literal(reason))
    if rng.random() < 0.12:
        yield w.quad(node, w.bg("uncertain"), ox.Literal("true", datatype=_BOOLEAN))
    if rng.random() < 0.8:
        yield w.quad(node, _NOTE, _text(f"Synthetic spell of {member} in {key} as {role}."))
    yield from w.sources(node, rng.choice((1, 1, 2, 2, 2, 3, 3)))


def ontology_quads(ontology_dir: Path | None = None) -> Iterator[ox.Quad]:
    """The real ontology (``ontology/blocgraph.ttl``) in the ontology graph."""
    path = (ontology_dir or PROJECT_ROOT / "ontology") / "blocgraph.ttl"
    graph = _n(ONTOLOGY_GRAPH)
    for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
        yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)


def generate(
    scale: int = DEFAULT_SCALE,
    seed: int = DEFAULT_SEED,
    counts: Counts | None = None,
    ontology_dir: Path | None = None,
) -> Iterator[ox.Quad]:
    """Every quad of the synthetic dataset, in a fixed order.

    Parameters:
        scale: how many worlds of the real size (100 ≈ 100 × the real graph).
        seed: the seed of the one random generator everything is drawn from.
        counts: filled in with what was generated, once the iterator is exhausted.
        ontology_dir: where ``blocgraph.ttl`` is (default: the checkout's ``ontology/``).

    Returns:
        Quads in the reference graph, then the ontology in the ontology graph.
    """
    writer = _Writer(random.Random(seed), scale)
    if counts is not None:
        writer.counts = counts
    yield from _regions(writer)
    yield from _civilizations(writer)
    yield from _states(writer)
    yield from _bodies(writer)
    yield from _memberships(writer)
    yield from ontology_quads(ontology_dir)


def write_nquads(path: Path, scale: int = DEFAULT_SCALE, seed: int = DEFAULT_SEED) -> Counts:
    """Write the synthetic dataset to ``path`` as N-Quads; returns what it holds."""
    counts = Counts()

    def counted() -> Iterator[ox.Quad]:
        for quad in generate(scale, seed, counts):
            counts.quads += 1
            name = quad.graph_name
            key = name.value if isinstance(name, ox.NamedNode) else ""
            counts.by_graph[key] = counts.by_graph.get(key, 0) + 1
            yield quad

    path.parent.mkdir(parents=True, exist_ok=True)
    ox.serialize(counted(), output=path, format=ox.RdfFormat.N_QUADS)
    return counts


def main() -> None:
    """``python -m bench.synthetic OUT.nq [--scale N] [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("output", type=Path)
    parser.add_argument("--scale", type=int, default=DEFAULT_SCALE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    counts = write_nquads(args.output, args.scale, args.seed)
    print(
        f"wrote {counts.quads} quads to {args.output}: {counts.states} states, "
        f"{counts.bodies} bodies, {counts.memberships} memberships, {counts.sources} sources"
    )


if __name__ == "__main__":
    main()
