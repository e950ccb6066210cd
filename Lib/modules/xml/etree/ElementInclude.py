"""XInclude for ElementTree: include() replaces the xi:include elements
of a tree with the XML or text they point at, fetched by a loader."""

import copy

from . import ElementTree

XINCLUDE = "{http://www.w3.org/2001/XInclude}"
XINCLUDE_INCLUDE = XINCLUDE + "include"
XINCLUDE_FALLBACK = XINCLUDE + "fallback"


class FatalIncludeError(SyntaxError):
    """An xi:include that cannot be resolved, or a misplaced xi:fallback."""


def default_loader(href, parse, encoding=None):
    """Read href from disk: the root element of the file for parse "xml",
    else its text (UTF-8 unless encoding says otherwise)."""
    if parse == "xml":
        with open(href, "rb") as source:
            return ElementTree.parse(source).getroot()
    with open(href, "r", encoding=encoding or "UTF-8") as source:
        return source.read()


def _splice_text(parent, position, text):
    # Text takes the place of parent[position]: it joins the tail of the
    # previous child, or parent's own text when there is none.
    if position:
        before = parent[position - 1]
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def include(elem, loader=None):
    """Resolve the xi:include elements below elem in place, loading each
    with loader(href, parse[, encoding]) (default_loader when None)."""
    if loader is None:
        loader = default_loader
    position = 0
    while position < len(elem):
        child = elem[position]
        if child.tag == XINCLUDE_INCLUDE:
            href = child.get("href")
            parse = child.get("parse", "xml")
            if parse == "xml":
                loaded = loader(href, parse)
                if loaded is None:
                    raise FatalIncludeError("cannot load %r as %r"
                                            % (href, parse))
                loaded = copy.copy(loaded)
                if child.tail:
                    loaded.tail = (loaded.tail or "") + child.tail
                elem[position] = loaded
            elif parse == "text":
                loaded = loader(href, parse, child.get("encoding"))
                if loaded is None:
                    raise FatalIncludeError("cannot load %r as %r"
                                            % (href, parse))
                _splice_text(elem, position, loaded + (child.tail or ""))
                del elem[position]
                continue
            else:
                raise FatalIncludeError(
                    "unknown parse type in xi:include tag (%r)" % parse)
        elif child.tag == XINCLUDE_FALLBACK:
            raise FatalIncludeError(
                "xi:fallback tag must be child of xi:include (%r)"
                % child.tag)
        else:
            include(child, loader)
        position += 1
