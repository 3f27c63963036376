"""Content negotiation for SPARQL results: Accept with q-values, or a ``format`` parameter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from blocgraph.sparql._inspect import Form


@dataclass(frozen=True, slots=True)
class ResultFormat:
    """A serialization we can produce: its media type and the engine's name for it."""

    media_type: str
    engine_name: str
    aliases: tuple[str, ...] = ()


#: For SELECT and ASK, best first (the first is the default).
TABULAR = (
    ResultFormat("application/sparql-results+json", "json", ("application/json", "json")),
    ResultFormat("application/sparql-results+xml", "xml", ("application/xml", "text/xml", "xml")),
    ResultFormat("text/csv", "csv", ("csv",)),
    ResultFormat("text/tab-separated-values", "tsv", ("tsv",)),
)
#: For CONSTRUCT and DESCRIBE, best first.
GRAPH = (
    ResultFormat(
        "text/turtle", "turtle", ("application/x-turtle", "turtle", "ttl", "n3", "text/n3")
    ),
    ResultFormat("application/n-triples", "ntriples", ("text/plain", "nt", "ntriples")),
    ResultFormat(
        "application/ld+json", "jsonld", ("application/json", "json-ld", "jsonld", "json")
    ),
    ResultFormat(
        "application/rdf+xml", "rdfxml", ("application/xml", "text/xml", "rdf+xml", "xml", "rdf")
    ),
)


class NotAcceptableError(ValueError):
    """No format we can produce satisfies the client; the message lists those we can."""


def formats_for(form: Form) -> tuple[ResultFormat, ...]:
    """The formats a query of that form can be answered in."""
    return TABULAR if form in ("SELECT", "ASK") else GRAPH


def _parse_accept(header: str) -> list[tuple[str, float, int]]:
    ranges = []
    for order, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, order))
    return ranges


def _matches(media_range: str, offered: ResultFormat) -> int:
    """Specificity of a match (3 exact, 2 alias, 1 type/*, 0 */*), or -1."""
    if media_range == offered.media_type:
        return 3
    if media_range in offered.aliases:
        return 2
    if media_range.endswith("/*") and offered.media_type.startswith(media_range[:-1]):
        return 1
    return 0 if media_range == "*/*" else -1


def choose(offered: Sequence[ResultFormat], accept: str | None) -> ResultFormat | None:
    """The offered format the Accept header prefers, or None when none is acceptable.

    Each format takes the quality of the most specific range that matches it (RFC 9110
    §12.5.1), so ``text/turtle;q=0, */*`` excludes Turtle; then the highest quality wins, ties
    going to the more specific range, then to the order of ``offered``. No header means the
    first format.
    """
    if not accept or not accept.strip():
        return offered[0] if offered else None
    ranges = _parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen: ResultFormat | None = None
    for preference, candidate in enumerate(offered):
        matching = [(_matches(media, candidate), quality) for media, quality, _ in ranges]
        matching = [m for m in matching if m[0] >= 0]
        if not matching:
            continue
        specificity, quality = max(matching)
        if quality <= 0:
            continue
        score = (quality, specificity, -preference)
        if best is None or score > best:
            best, chosen = score, candidate
    return chosen


def _known(wanted: str) -> bool:
    return any(wanted == f.media_type or wanted in f.aliases for f in (*TABULAR, *GRAPH))


def _names_one(accept: str | None, offered: Sequence[ResultFormat]) -> bool:
    """Whether the Accept header names one of ``offered`` itself (not just ``*/*``)."""
    ranges = _parse_accept(accept or "")
    return any(q > 0 and _matches(m, f) >= 2 for m, q, _ in ranges for f in offered)


def _names(offered: Sequence[ResultFormat]) -> list[str]:
    """Short names (``json``) and media types of the offered formats."""
    return [
        next((a for a in f.aliases if "/" not in a), f.engine_name) + f" ({f.media_type})"
        for f in offered
    ]


def negotiate(
    form: Form, accept: str | None, format_parameters: Sequence[str] = ()
) -> ResultFormat:
    """Pick the result format for a query of ``form``.

    The first ``format``/``output`` parameter we recognise for this form (``json``, ``xml``,
    ``csv``, ``turtle``, or a media type) wins over the Accept header. Parameters we do not
    recognise are passed over (clients such as SPARQLWrapper send several) in favour of a
    format the Accept header names; with nothing but those and ``*/*`` (``format=yaml`` from
    curl), nothing is guessed: NotAcceptableError lists the formats.

    Raises:
        NotAcceptableError: nothing offered is acceptable.

    Example:
        >>> negotiate("SELECT", "text/csv;q=0.5, application/sparql-results+xml").media_type
        'application/sparql-results+xml'
    """
    offered = formats_for(form)
    for parameter in format_parameters:
        wanted = parameter.strip().lower()
        for candidate in offered:
            if wanted == candidate.media_type or wanted in candidate.aliases:
                return candidate
    wanted_all = [p.strip().lower() for p in format_parameters if p.strip()]
    if wanted_all and not any(_known(w) for w in wanted_all) and not _names_one(accept, offered):
        raise NotAcceptableError(
            f"unknown format {', '.join(repr(w[:40]) for w in wanted_all[:3])}; for a {form} "
            f"query use format= one of {', '.join(_names(offered))}"
        )
    chosen = choose(offered, accept)
    if chosen is None:
        raise NotAcceptableError(
            f"cannot answer a {form} query as {accept!r}; acceptable: "
            f"{', '.join(f.media_type for f in offered)}"
        )
    return chosen
