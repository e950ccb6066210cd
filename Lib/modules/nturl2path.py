"""Conversion between Windows path names and the path part of file: URLs
(urllib.request uses it on Windows; it works the same on any platform)."""

import string as _string


def _unquote(text):
    from urllib.parse import unquote
    return unquote(text)


def _quote(text):
    from urllib.parse import quote
    return quote(text)


def url2pathname(url):
    """The Windows path of a file: URL's path, for example
    '///C|/foo/bar/spam.foo' -> 'C:\\\\foo\\\\bar\\\\spam.foo'."""
    url = url.replace(':', '|')
    if '|' not in url:
        # no drive: a UNC path ('////host/share') or a relative one
        if url.startswith('////'):
            url = url[2:]
        return _unquote(url.replace('/', '\\'))
    before, bar, after = url.partition('|')
    letter = before[-1]  # IndexError for a bare '|...', as in CPython
    if '|' in after or letter not in _string.ascii_letters:
        raise OSError('Bad URL: ' + url)
    parts = [_unquote(piece) for piece in after.split('/') if piece]
    path = letter.upper() + ':' + ''.join('\\' + p for p in parts)
    if not parts and url.endswith('/'):
        path += '\\'  # the root of the drive
    return path


def pathname2url(p):
    """The file: URL path of a Windows path, for example
    'C:\\\\foo\\\\bar\\\\spam.foo' -> '///C:/foo/bar/spam.foo'."""
    if ':' not in p:
        if p.startswith('\\\\'):
            p = '\\\\' + p
        return _quote(p.replace('\\', '/'))
    drive, colon, rest = p.partition(':')
    if ':' in rest or len(drive) > 1:
        raise OSError('Bad path: ' + p)
    parts = [_quote(piece) for piece in rest.split('\\') if piece]
    return '///' + _quote(drive.upper()) + ':' + ''.join('/' + q for q in parts)
