"""XML processing: the expat binding (xml.parsers.expat) and the
ElementTree API built on it (xml.etree)."""

__all__ = ["dom", "parsers", "sax", "etree"]
