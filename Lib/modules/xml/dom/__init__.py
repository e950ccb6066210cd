"""The W3C Document Object Model for Python: node type and error code
constants, the DOMException hierarchy, and getDOMImplementation() (the
one implementation available is xml.dom.minidom)."""


class Node:
    """The nodeType values of DOM nodes, as class attributes."""
    __slots__ = ()


# The DOM numbers node types from 1 in this order.
for _number, _kind in enumerate((
        "ELEMENT", "ATTRIBUTE", "TEXT", "CDATA_SECTION", "ENTITY_REFERENCE",
        "ENTITY", "PROCESSING_INSTRUCTION", "COMMENT", "DOCUMENT",
        "DOCUMENT_TYPE", "DOCUMENT_FRAGMENT", "NOTATION"), 1):
    setattr(Node, _kind + "_NODE", _number)
del _number, _kind


class DOMException(Exception):
    """Base of the DOM's errors; each subclass has the DOM error code as
    its code attribute."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


_error_table = (
    (1, "INDEX_SIZE_ERR", "IndexSizeErr"),
    (2, "DOMSTRING_SIZE_ERR", "DomstringSizeErr"),
    (3, "HIERARCHY_REQUEST_ERR", "HierarchyRequestErr"),
    (4, "WRONG_DOCUMENT_ERR", "WrongDocumentErr"),
    (5, "INVALID_CHARACTER_ERR", "InvalidCharacterErr"),
    (6, "NO_DATA_ALLOWED_ERR", "NoDataAllowedErr"),
    (7, "NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedErr"),
    (8, "NOT_FOUND_ERR", "NotFoundErr"),
    (9, "NOT_SUPPORTED_ERR", "NotSupportedErr"),
    (10, "INUSE_ATTRIBUTE_ERR", "InuseAttributeErr"),
    (11, "INVALID_STATE_ERR", "InvalidStateErr"),
    (12, "SYNTAX_ERR", "SyntaxErr"),
    (13, "INVALID_MODIFICATION_ERR", "InvalidModificationErr"),
    (14, "NAMESPACE_ERR", "NamespaceErr"),
    (15, "INVALID_ACCESS_ERR", "InvalidAccessErr"),
    (16, "VALIDATION_ERR", "ValidationErr"),
)

for _code, _const, _cls in _error_table:
    globals()[_const] = _code
    globals()[_cls] = type(_cls, (DOMException,), {"code": _code, "__module__": __name__})
del _code, _const, _cls


class UserDataHandler:
    """The operation codes passed to user data handlers."""


for _number, _op in enumerate(("CLONED", "IMPORTED", "DELETED", "RENAMED"), 1):
    setattr(UserDataHandler, "NODE_" + _op, _number)
del _number, _op


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """A DOM implementation (xml.dom.minidom's, the only one here)."""
    if name not in (None, "minidom"):
        raise ImportError("no registered DOM implementation %r" % name)
    from xml.dom import minidom
    return minidom.getDOMImplementation()
