"""XML parsers. The one available is xml.parsers.expat, the binding of
the Expat library."""
