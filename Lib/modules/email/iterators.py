"""Iterators over a message tree."""

import sys
from io import StringIO

__all__ = ["body_line_iterator", "typed_subpart_iterator", "walk"]


def walk(self):
    """The message, then every part below it, depth first."""
    yield self
    if self.is_multipart():
        for sub in self.get_payload():
            yield from sub.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every string payload in the tree."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype="text", subtype=None):
    """The parts of the tree of the given type (any subtype if None)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the tree of content types (a debugging aid)."""
    if fp is None:
        fp = sys.stdout
    line = "    " * level + msg.get_content_type()
    if include_default:
        line += " [%s]" % msg.get_default_type()
    print(line, file=fp)
    if msg.is_multipart():
        for sub in msg.get_payload():
            _structure(sub, fp, level + 1, include_default)
