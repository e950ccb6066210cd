"""Response objects urllib hands back: a readable file plus what the
opener learned about it (headers, final URL, status).

Each class wraps the file it is given; attributes it does not define are
looked up on that file."""

import tempfile

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(tempfile._TemporaryFileWrapper):
    """A file wrapper that never deletes anything on close; .fp is the
    wrapped file."""

    def __init__(self, fp):
        super().__init__(fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (
            type(self).__name__, id(self), self.file)

    def __enter__(self):
        """Entering a closed response is an error, as for files."""
        if not self.fp.closed:
            return self
        raise ValueError("I/O operation on closed file")

    def __exit__(self, exc_type, exc_value, tb):
        self.close()


class addclosehook(addbase):
    """Calls hook(*args) the first time the response is closed."""

    def __init__(self, fp, closehook, *hookargs):
        self.closehook, self.hookargs = closehook, hookargs
        addbase.__init__(self, fp)

    def close(self):
        """Run the hook once, then close the file."""
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook:
                hook(*args)
        finally:
            addbase.close(self)


class addinfo(addbase):
    """Carries the response headers, returned by info()."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        """The headers given at construction."""
        return self.headers


class addinfourl(addinfo):
    """Also carries the URL that was finally fetched and the status code."""

    def __init__(self, fp, headers, url, code=None):
        addinfo.__init__(self, fp, headers)
        self.url, self.code = url, code

    def geturl(self):
        """The URL the response came from (after redirects)."""
        return self.url

    def getcode(self):
        """The status code, or None when there is none."""
        return self.code
