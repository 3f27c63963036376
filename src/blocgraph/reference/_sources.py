"""Source policy as data: which domains are refused, which tier a domain gives, quoted sources.

``data/sources/`` holds

- ``blocklist.csv`` (``domain,kind,reason``): mirrors and copies of Wikipedia, content farms and
  repost networks. A row citing one fails the build naming the file, the line and the URL.
- ``domains.csv`` (``domain,tier,publisher``): the tier a domain's pages get (``official``,
  ``reference``, ``secondary``); the longest matching domain wins; unlisted domains are
  ``secondary``.
- ``memberships/<BODY>.csv`` (``member,role,start,url,tier,quote,accessed,note``): quoted sources of
  the membership rows, keyed by the row's member, role and start.
- ``verified.csv`` (``body,verified_on,note``): bodies whose every row has an official or reference
  source with a quote; the build enforces it for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from blocgraph._dates import PartialDate
from blocgraph.reference._errors import DataProblem
from blocgraph.reference._model import TIERS, Source
from blocgraph.reference._rows import read_rows

BLOCK_KINDS = ("mirror", "content_farm", "repost_network", "unrelated")
_DOMAIN = re.compile(r"^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$")
_URL = re.compile(r"^https?://[^\s]+$")

RowKey = tuple[str, str, str]
"""A membership row's identity: member, role and start as written (``2004``, ``2004-10-22``)."""


def host(url: str) -> str:
    """The lower-case host of ``url`` without a trailing dot (``vovworld.vn.``: ``vovworld.vn``)."""
    return (urlsplit(url).hostname or "").rstrip(".").lower()


def _matches(hostname: str, domain: str) -> bool:
    return hostname == domain or hostname.endswith("." + domain)


@dataclass(frozen=True, slots=True)
class QuotedSource:
    """One line of ``sources/memberships/<BODY>.csv``: a source with its quote for one row."""

    key: RowKey
    source: Source
    line: int


@dataclass(slots=True)
class SourcePolicy:
    """The blocklist, the domain tiers, the quoted sources and the verified bodies.

    Example:
        >>> policy = SourcePolicy(blocklist={"wikimili.com": "mirror of Wikipedia"})
        >>> policy.blocked("https://wikimili.com/en/CSTO")
        'wikimili.com: mirror of Wikipedia'
        >>> policy.source("https://www.un.org/x", date(2026, 12, 3)).tier
        'secondary'
    """

    blocklist: dict[str, str] = field(default_factory=dict)
    domains: list[tuple[str, str, str | None]] = field(default_factory=list)
    quotes: dict[str, list[QuotedSource]] = field(default_factory=dict)
    """Body key → its quoted sources."""
    quote_files: dict[str, Path] = field(default_factory=dict)
    verified: dict[str, date] = field(default_factory=dict)
    enforce: bool = True
    """False when loading for a report: blocklisted sources are kept and marked, not refused."""

    def blocked(self, url: str) -> str | None:
        """``'domain: reason'`` when the URL's domain is on the blocklist, else None."""
        hostname = host(url)
        for domain, reason in self.blocklist.items():
            if _matches(hostname, domain):
                return f"{domain}: {reason}"
        return None

    def classify(self, url: str) -> tuple[str, str | None]:
        """The tier and publisher ``domains.csv`` gives the URL (``secondary`` when unlisted)."""
        hostname = host(url)
        for domain, tier, publisher in self.domains:
            if _matches(hostname, domain):
                return tier, publisher
        return "secondary", None

    def source(
        self, url: str, accessed: date, *, quote: str | None = None, tier: str | None = None
    ) -> Source:
        """A :class:`Source` with its tier derived (or overridden) and its blocklist mark."""
        derived, publisher = self.classify(url)
        return Source(url, accessed, tier or derived, quote, publisher, self.blocked(url))


def load_policy(folder: Path, problems: list[DataProblem], *, enforce: bool = True) -> SourcePolicy:
    """Read ``data/sources/`` (a missing folder is an empty policy: nothing blocked or quoted).

    Parameters:
        folder: the ``sources`` folder of the data directory.
        problems: where problems are recorded (file, line, reason).
        enforce: False keeps blocklisted sources (marked) so that a report can count them.
    """
    policy = SourcePolicy(enforce=enforce)
    if not folder.is_dir():
        return policy
    _load_blocklist(folder / "blocklist.csv", policy, problems)
    _load_domains(folder / "domains.csv", policy, problems)
    quote_dir = folder / "memberships"
    for path in sorted(quote_dir.glob("*.csv")) if quote_dir.is_dir() else []:
        _load_quotes(path, policy, problems)
    _load_verified(folder / "verified.csv", policy, problems)
    return policy


def _load_blocklist(path: Path, policy: SourcePolicy, problems: list[DataProblem]) -> None:
    if not path.is_file():
        return
    for row in read_rows(path, ("domain", "kind", "reason"), (), problems):
        domain = row.required("domain").lower()
        if not _DOMAIN.match(domain):
            row.problem(f"domain {domain!r} is not a host name (example.org, no scheme or path)")
            continue
        if domain in policy.blocklist:
            row.problem(f"duplicate domain {domain}")
            continue
        kind = row.choice("kind", BLOCK_KINDS)
        reason = row.required("reason")
        policy.blocklist[domain] = f"{kind} — {reason}" if kind else reason


def _load_domains(path: Path, policy: SourcePolicy, problems: list[DataProblem]) -> None:
    if not path.is_file():
        return
    seen: set[str] = set()
    for row in read_rows(path, ("domain", "tier", "publisher"), ("note",), problems):
        domain = row.required("domain").lower()
        tier = row.choice("tier", TIERS)
        if not _DOMAIN.match(domain):
            row.problem(f"domain {domain!r} is not a host name (example.org, no scheme or path)")
            continue
        if domain in seen:
            row.problem(f"duplicate domain {domain}")
            continue
        seen.add(domain)
        if domain in policy.blocklist:
            row.problem(f"{domain} is also on the blocklist: a domain is classified or refused")
            continue
        if tier:
            policy.domains.append((domain, tier, row.text("publisher")))
    policy.domains.sort(key=lambda rule: -len(rule[0]))


def _load_quotes(path: Path, policy: SourcePolicy, problems: list[DataProblem]) -> None:
    body = path.stem
    policy.quote_files[body] = path
    entries = policy.quotes.setdefault(body, [])
    seen: dict[tuple[RowKey, str], int] = {}
    columns = ("member", "role", "start", "url", "tier", "quote", "accessed")
    for row in read_rows(path, columns, ("note",), problems):
        member, role = row.required("member"), row.required("role")
        start = row.partial_date("start", required=True)
        url = row.required("url")
        quote = row.required("quote")
        tier = row.choice("tier", TIERS, required=False)
        accessed_text = row.required("accessed")
        if url and not _URL.match(url):
            row.problem(f"url: not an http(s) address: {url!r}")
            continue
        try:
            accessed = date.fromisoformat(accessed_text)
        except ValueError:
            row.problem(f"accessed: {accessed_text!r} is not a date YYYY-MM-DD")
            continue
        if accessed > date.today():
            row.problem(f"accessed: {accessed_text} is in the future")
            continue
        if not (member and role and start and url and quote):
            continue
        key = (member, role, str(start))
        if (key, url) in seen:
            first = seen[key, url]
            row.problem(f"duplicate quote row for {member} {role} {start} {url} (line {first})")
            continue
        seen[key, url] = row.line
        reason = policy.blocked(url)
        if reason and policy.enforce:
            row.problem(f"url {url} is on the blocklist ({reason}; data/sources/blocklist.csv)")
            continue
        source = policy.source(url, accessed, quote=quote, tier=tier)
        entries.append(QuotedSource(key, source, row.line))


def _load_verified(path: Path, policy: SourcePolicy, problems: list[DataProblem]) -> None:
    if not path.is_file():
        return
    for row in read_rows(path, ("body", "verified_on"), ("note",), problems):
        body = row.required("body")
        day = row.partial_date("verified_on", required=True)
        if body and day:
            policy.verified[body] = day.value


def row_key(member: str, role: str, start: PartialDate) -> RowKey:
    """The key a quoted source uses to name a membership row."""
    return (member, role, str(start))
