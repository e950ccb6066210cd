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


_PLAIN = frozenset('_0123456789abcdefghijklmnopqrstuvwxyz'
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ')


def _escape(text):
    # text as 3.6's re.escape writes it: ASCII word characters as they are,
    # NUL as an octal escape, anything else behind a backslash
    if not isinstance(text, str):
        raise TypeError("'%s' object is not iterable" % type(text).__name__)
    return ''.join(ch if ch in _PLAIN else
                   ('\\000' if ch == '\x00' else '\\' + ch) for ch in text)


_WILDCARD_REGEX = {'*': '.*', '?': '.'}


def _set_close(pat, start):
    # index of the ']' that ends a set whose body begins at start, or -1;
    # a ']' right after the opening (or after its '!') is a member
    end = len(pat)
    k = start
    for leader in '!]':
        if k < end and pat[k] == leader:
            k += 1
    for k in range(k, end):
        if pat[k] == ']':
            return k
    return -1


def _set_regex(body):
    # a shell set body as a regex class: '!' negates, '^' is literal
    body = body.replace('\\', '\\\\')
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] == '^':
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    """The regular expression (as text) equivalent to the shell pattern."""
    parts = []
    pos = 0
    while pos < len(pat):
        ch = pat[pos]
        pos += 1
        if ch != '[':
            parts.append(_WILDCARD_REGEX.get(ch) or _escape(ch))
            continue
        close = _set_close(pat, pos)
        if close < 0:
            parts.append('\\[')
        else:
            parts.append(_set_regex(pat[pos:close]))
            pos = close + 1
    return r'(?s:%s)\Z' % ''.join(parts)
