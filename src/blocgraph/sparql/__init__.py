"""SPARQL request handling independent of HTTP: inspect and guard a request, negotiate the result
format, evaluate with a deadline in worker processes.
"""

from __future__ import annotations

from blocgraph.sparql._description import service_description
from blocgraph.sparql._inspect import Form, Inspection, RefusedQueryError, guard, inspect
from blocgraph.sparql._negotiate import NotAcceptableError, ResultFormat, formats_for, negotiate
from blocgraph.sparql._prefixes import PREDECLARED, UnknownPrefixError, with_prefixes
from blocgraph.sparql._protocol import Operation, ProtocolError, parse_request
from blocgraph.sparql._worker import QueryJob, QueryOutput, QueryTimeoutError, WorkerPool, evaluate

__all__ = [
    "PREDECLARED",
    "Form",
    "Inspection",
    "NotAcceptableError",
    "Operation",
    "ProtocolError",
    "QueryJob",
    "QueryOutput",
    "QueryTimeoutError",
    "RefusedQueryError",
    "ResultFormat",
    "UnknownPrefixError",
    "WorkerPool",
    "evaluate",
    "formats_for",
    "guard",
    "inspect",
    "negotiate",
    "parse_request",
    "service_description",
    "with_prefixes",
]
