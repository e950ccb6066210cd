"""The exceptions urllib.request raises.

URLError says why a URL could not be opened (.reason is a message or the
underlying OSError). HTTPError is a server's error reply, and is a
response too: its body can be read like any other."""

import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """Opening a URL failed; str() is '<urlopen error REASON>'."""

    def __init__(self, reason, filename=None):
        # Only reason counts as an argument; errno and strerror stay None.
        self.args = (reason,)
        self.errno = self.strerror = None
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error {}>'.format(self.reason)


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP reply with an error status, usable as the response itself
    when a body file (fp) came with it."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.errno = self.strerror = None
        self.filename = url
        self.code, self.msg, self.hdrs, self.fp = code, msg, hdrs, fp
        if fp is None:
            # Nothing to read: not set up as a response.
            return
        urllib.response.addinfourl.__init__(self, fp, hdrs, url, code)

    def __repr__(self):
        return '<HTTPError {}: {!r}>'.format(self.code, self.msg)

    def __str__(self):
        return 'HTTP Error {}: {}'.format(self.code, self.msg)

    def _get_headers(self):
        return self.hdrs

    def _set_headers(self, value):
        self.hdrs = value

    headers = property(_get_headers, _set_headers,
                       doc="The reply's headers (the hdrs argument).")
    reason = property(lambda self: self.msg,
                      doc="The reply's reason phrase (the msg argument).")


class ContentTooShortError(URLError):
    """A download ended before the length its headers announced; the part
    received is .content."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
