"""The exceptions of the email package, and the defect classes a parser
records on a message instead of raising."""

__all__ = []


def _declare(name, bases, doc):
    cls = type(name, bases, {"__doc__": doc, "__module__": __name__})
    globals()[name] = cls
    __all__.append(name)
    return cls


_declare("MessageError", (Exception,), "Root of the package's errors.")
_declare("MessageParseError", (MessageError,), "Text that could not be read as a message.")
_declare("HeaderParseError", (MessageParseError,), "A header that could not be read.")
_declare("BoundaryError", (MessageParseError,), "A multipart body whose boundary was not found.")
_declare("MultipartConversionError", (MessageError, TypeError), "A part attached where parts cannot go.")
_declare("CharsetError", (MessageError,), "A character set nobody knows.")


def _defect_init(self, line=None):
    ValueError.__init__(self, *(() if line is None else (line,)))
    self.line = line


_declare("MessageDefect", (ValueError,), "Something wrong noticed while reading a message.").__init__ = _defect_init

for _name, _doc in (
        ("NoBoundaryInMultipartDefect", "A multipart message with no boundary parameter."),
        ("StartBoundaryNotFoundDefect", "The boundary never appears in the body."),
        ("CloseBoundaryNotFoundDefect", "The closing boundary line is missing."),
        ("FirstHeaderLineIsContinuationDefect", "The first header line starts with white space."),
        ("MisplacedEnvelopeHeaderDefect", "A 'From ' line among the header fields."),
        ("MissingHeaderBodySeparatorDefect", "A header line without a colon, read as the body's start."),
        ("MultipartInvariantViolationDefect", "A multipart content type over a single payload."),
        ("InvalidMultipartContentTransferEncodingDefect", "A transfer encoding a multipart part may not have."),
        ("UndecodableBytesDefect", "Bytes that the declared charset cannot decode."),
        ("InvalidBase64PaddingDefect", "Base64 text with too little padding."),
        ("InvalidBase64CharactersDefect", "Base64 text with characters outside its alphabet."),
        ("InvalidBase64LengthDefect", "Base64 text whose length no padding can fix.")):
    _declare(_name, (MessageDefect,), _doc)

_declare("HeaderDefect", (MessageDefect,), "A problem in a header's value.")
for _name, _doc in (
        ("InvalidHeaderDefect", "A header that could not be read as its kind of header."),
        ("HeaderMissingRequiredValue", "A header without the value it must have."),
        ("ObsoleteHeaderDefect", "A header in an obsolete RFC 822 form."),
        ("NonASCIILocalPartDefect", "Non-ASCII text in the local part of an address.")):
    _declare(_name, (HeaderDefect,), _doc)
del _name, _doc


class NonPrintableDefect(HeaderDefect):
    """ASCII control characters in a header value."""

    def __init__(self, non_printables):
        self.non_printables = non_printables
        HeaderDefect.__init__(self, non_printables)

    def __str__(self):
        found = self.non_printables
        return "the following ASCII non-printables found in header: %s" % (found,)


__all__.append("NonPrintableDefect")
