"""The frame readers, one per frame name of ``data/extraction/triggers.csv``."""

from __future__ import annotations

from blocgraph.extract.relations._frames import FrameReader
from blocgraph.extract.relations._readers_begin import begin, resume
from blocgraph.extract.relations._readers_collective import collective
from blocgraph.extract.relations._readers_events import (
    admit,
    cease,
    enter,
    exit_,
    expel,
    propose,
    suspend,
)
from blocgraph.extract.relations._readers_found import designate, found
from blocgraph.extract.relations._readers_include import include
from blocgraph.extract.relations._readers_sign import sign
from blocgraph.extract.relations._readers_status import (
    become,
    expand,
    grant,
    include_member,
    receive,
    role,
)

READERS: dict[str, FrameReader] = {
    "enter": enter,
    "admit": admit,
    "grant": grant,
    "receive": receive,
    "become": become,
    "expand": expand,
    "exit": exit_,
    "expel": expel,
    "suspend": suspend,
    "cease": cease,
    "include": include,
    "include_member": include_member,
    "role": role,
    "propose": propose,
    "found": found,
    "designate": designate,
    "sign": sign,
    "begin": begin,
    "resume": resume,
    "collective": collective,
}
