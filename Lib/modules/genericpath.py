"""Path operations shared by every platform's path module; posixpath (os.path
here) exports all of them."""

import os
import stat

import posixpath as _posix

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']

commonprefix = _posix.commonprefix
exists = _posix.exists
getatime = _posix.getatime
getctime = _posix.getctime
getmtime = _posix.getmtime
getsize = _posix.getsize
isdir = _posix.isdir
isfile = _posix.isfile
samefile = _posix.samefile
sameopenfile = _posix.sameopenfile
samestat = _posix.samestat


def _splitext(p, sep, altsep, extsep):
    """(root, ext) of p: ext starts at the last extsep of the final
    component unless only extseps come before it there."""
    cut = p.rfind(sep)
    if altsep:
        cut = max(cut, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > cut:
        start = cut + 1
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise TypeError unless args are all str or all bytes (path-like
    objects are not accepted here)."""
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError('%s() argument must be str or bytes, not %r'
                            % (funcname, arg.__class__.__name__)) from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components"
                        ) from None
