"""Shell-style wildcard matching of file names: *, ?, [seq] and [!seq].

Written for gpython-ssl from CPython 3.6's documented behaviour. Patterns
are compiled into a small list of tokens and matched directly; only a
pattern CPython's regular expression would refuse (a reversed range) goes
through re, for its error.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 256


def fnmatch(name, pat):
    """Whether name matches pat, both passed through os.path.normcase."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is not None:
        return tokens
    if isinstance(pat, bytes):
        pat_s = str(pat, 'latin-1')
    else:
        pat_s = pat
    tokens = []
    i, n = 0, len(pat_s)
    while i < n:
        c = pat_s[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != '*':
                tokens.append(('*', None))
        elif c == '?':
            tokens.append(('?', None))
        elif c == '[':
            j = i
            if j < n and pat_s[j] == '!':
                j += 1
            if j < n and pat_s[j] == ']':
                j += 1
            while j < n and pat_s[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('c', '['))
            else:
                body = pat_s[i:j]
                i = j + 1
                negate = False
                if body.startswith('!'):
                    negate = True
                    body = body[1:]
                ranges = []
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == '-':
                        if body[k] > body[k + 2]:
                            _bad_range(pat_s)
                        ranges.append((body[k], body[k + 2]))
                        k += 3
                    else:
                        ranges.append((body[k], body[k]))
                        k += 1
                tokens.append(('[', (negate, ranges)))
        else:
            tokens.append(('c', c))
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[key] = tokens
    return tokens


def _bad_range(pat):
    """A reversed range such as [c-a]: CPython's fnmatch fails compiling
    its regular expression; re raises the same re.error here."""
    import re
    re.compile(translate(pat))


def _in_set(ch, spec):
    negate, ranges = spec
    found = False
    for lo, hi in ranges:
        if lo <= ch <= hi:
            found = True
            break
    return found != negate


def _match(tokens, name):
    # Backtracking over the last '*' only, which is enough for globs.
    ti = ni = 0
    star_t = star_n = -1
    nt, nn = len(tokens), len(name)
    while True:
        if ti < nt:
            kind, arg = tokens[ti]
            if kind == '*':
                star_t, star_n = ti, ni
                ti += 1
                continue
            if ni < nn:
                ch = name[ni]
                if (kind == '?' or (kind == 'c' and ch == arg) or
                        (kind == '[' and _in_set(ch, arg))):
                    ti += 1
                    ni += 1
                    continue
        elif ni == nn:
            return True
        if star_t >= 0 and star_n < nn:
            star_n += 1
            ti, ni = star_t + 1, star_n
            continue
        return False


def _check_types(name, pat):
    if isinstance(pat, str) and not isinstance(name, str):
        if isinstance(name, bytes):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object")
    if isinstance(pat, bytes) and not isinstance(name, (bytes, bytearray)):
        if isinstance(name, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("expected string or bytes-like object")


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    if not isinstance(pat, (str, bytes)):
        len(pat)
        raise TypeError("first argument must be string or compiled pattern")
    tokens = _compile(pat)
    _check_types(name, pat)
    if isinstance(name, (bytes, bytearray)):
        name = str(bytes(name), 'latin-1')
    return _match(tokens, name)


def filter(names, pat):
    """The members of names that match pat."""
    pat = os.path.normcase(pat)
    result = []
    for name in names:
        if fnmatchcase(os.path.normcase(name), pat):
            result.append(name)
    return result


def _escape(c):
    if c.isalnum() or c == '_' or ord(c) >= 128:
        return c
    return '\\' + c


def translate(pat):
    """The regular expression (as text) equivalent to the shell pattern."""
    i, n = 0, len(pat)
    res = ''
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            res = res + '.*'
        elif c == '?':
            res = res + '.'
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res = res + '\\['
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                res = '%s[%s]' % (res, stuff)
        else:
            res = res + _escape(c)
    return r'(?s:%s)\Z' % res
