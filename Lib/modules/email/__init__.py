"""Mail messages: parsing, generating and building them (the layout and
API of CPython 3.6's email package)."""

__all__ = ["base64mime", "charset", "encoders", "errors", "feedparser",
           "generator", "header", "iterators", "message",
           "message_from_file", "message_from_binary_file",
           "message_from_string", "message_from_bytes", "mime", "parser",
           "quoprimime", "utils"]


def message_from_string(s, *args, **kws):
    """Parse text into a Message."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse bytes into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parse a text file into a Message."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parse a binary file into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
