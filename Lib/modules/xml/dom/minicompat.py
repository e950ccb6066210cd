"""Small pieces shared by the DOM implementations: the node list types
(NodeList and the immutable EmptyNodeList), StringTypes, and
defproperty, which turns a class's _get_NAME method into a read-only
attribute NAME."""

__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

import xml.dom

StringTypes = (str,)


# A NodeList is a list of nodes with the DOM's item() and length.


def _refuse_write(name):
    def setter(self, value):
        raise xml.dom.NoModificationAllowedErr(
            "attempt to modify read-only attribute " + repr(name))
    return setter


_length_doc = "The number of nodes in the NodeList."


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None

    _get_length = list.__len__
    _set_length = _refuse_write("length")
    length = property(_get_length, _set_length, doc=_length_doc)

    def __setstate__(self, state):
        self[:] = [] if state is None else state


class EmptyNodeList(tuple):
    # The node list of a node that can have no children: always empty.
    __slots__ = ()

    # Joined with anything: the other side's nodes, in a NodeList.
    def __add__(self, other):
        return NodeList(other)

    def __radd__(self, other):
        return NodeList(other)

    def _get_length(self):
        return 0

    def item(self, index):
        return None

    _set_length = _refuse_write("length")
    length = property(_get_length, _set_length, doc=_length_doc)


def defproperty(klass, name, doc):
    """Make klass._get_<name> the getter of a read-only attribute name."""
    getter = getattr(klass, "_get_" + name)
    assert not hasattr(klass, "_set_" + name), "expected not to find _set_" + name
    setattr(klass, name, property(getter, _refuse_write(name), doc=doc))
