"""Convert between 'file' URL paths and classic Mac OS path names.

Classic Mac paths separate folders with ':' and start a relative path
with one; urllib picked this module on that platform.  Use urllib's
functions rather than importing it.
"""

import os
import urllib.parse

__all__ = ["url2pathname", "pathname2url"]


def _folded(parts):
    # Drop '.' and empty parts inside the path, and let '..' cancel the
    # part before it (unless that is the root or another '..').
    out = []
    for part in parts:
        if part == '.':
            continue
        if part == '..' and out and out[-1] not in ('', '..'):
            out.pop()
            continue
        if part == '' and out and out[-1] != '':
            continue
        out.append(part)
    return out


def url2pathname(pathname):
    """The Mac path name of the URL path pathname (a relative 'file' URL):
    'a/b/c' -> ':a:b:c', '/a/b' -> 'a:b'.  Non-local URLs are
    RuntimeError."""
    kind = urllib.parse.splittype(pathname)[0]
    if kind and kind != 'file':
        raise RuntimeError('Cannot convert non-local URL to pathname')
    if pathname.startswith('///'):
        pathname = pathname[2:]
    elif pathname.startswith('//'):
        raise RuntimeError('Cannot convert non-local URL to pathname')
    parts = _folded(pathname.split('/'))
    if not parts[0]:
        # From the root: a volume name comes first, no leading colon.
        text = ':'.join(parts[1:])
    else:
        # Relative: each leading '..' is one more colon.
        ups = 0
        while ups < len(parts) and parts[ups] == '..':
            ups += 1
        text = ':' + ':'.join([''] * ups + parts[ups:])
    return urllib.parse.unquote(text)


def pathname2url(pathname):
    """The URL path of the Mac path name pathname: 'disk:a:b' ->
    'disk/a/b', '::a' -> '../a'.  A name with '/' in it is
    RuntimeError."""
    if '/' in pathname:
        raise RuntimeError("Cannot convert pathname containing slashes")
    parts = pathname.split(':')
    if parts[0] == '':
        parts = parts[1:]
    if parts[-1] == '':
        parts = parts[:-1]
    # An empty part ('::') climbs one folder; Mac names hold 31 bytes.
    quoted = [urllib.parse.quote((p or '..')[:31], safe='') for p in parts]
    url = '/'.join(quoted)
    if os.path.isabs(pathname):
        return '/' + url
    return url
