"""The SAX exception classes."""


class SAXException(Exception):
    """A SAX error or warning: a message and, optionally, the exception
    that caused it."""

    def __init__(self, msg, exception=None):
        Exception.__init__(self, msg)
        self._msg, self._exception = msg, exception

    getMessage = __str__ = lambda self: self._msg
    getException = lambda self: self._exception

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with the position a locator gave when it happened."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # The position is taken now: the locator moves on.
        self._where = (locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber())

    getSystemId = lambda self: self._where[0]
    getLineNumber = lambda self: self._where[1]
    getColumnNumber = lambda self: self._where[2]
    getPublicId = lambda self: self._locator.getPublicId()

    def __str__(self):
        sysid, line, column = self._where
        return "%s:%s:%s: %s" % ("<unknown>" if sysid is None else sysid,
                                 "?" if line is None else line,
                                 "?" if column is None else column, self._msg)


class SAXNotRecognizedException(SAXException):
    """Raised for a feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """Raised for a feature or property value the reader cannot take."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """Raised when no parser driver can be loaded."""
