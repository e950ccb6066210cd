"""Helpers for HTML text: escaping markup characters and replacing
character references by the characters they stand for."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > written as the references &amp;, &lt; and &gt;;
    with quote true, also " and ' (as &quot; and &#x27;), so that the
    result may stand inside an attribute value."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# Numeric references to these code points give other characters, as the
# HTML standard's parsing rules say: 0x80-0x9F are read as windows-1252.
_REPLACED = {0x00: '\ufffd', 0x0d: '\r'}
for _n, _c in enumerate('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
                        '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                        '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                        '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'):
    _REPLACED[0x80 + _n] = _c


def _dropped(n):
    # code points a numeric reference may not produce: it gives ''
    if 0x1 <= n <= 0x8 or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f:
        return True
    if n == 0xb or 0xfdd0 <= n <= 0xfdef:
        return True
    return (n & 0xfffe) == 0xfffe


def _numeric(body):
    if body[0] in 'xX':
        n = int(body[1:].rstrip(';'), 16)
    else:
        n = int(body.rstrip(';'))
    if n in _REPLACED:
        return _REPLACED[n]
    if 0xd800 <= n <= 0xdfff or n > 0x10ffff:
        return '\ufffd'
    if _dropped(n):
        return ''
    return chr(n)


def _named(body):
    table = _html5()
    if body in table:
        return table[body]
    # the longest known reference the text starts with, the rest kept
    for end in range(len(body) - 1, 1, -1):
        if body[:end] in table:
            return table[body[:end]] + body[end:]
    return '&' + body


_table = None


def _html5():
    global _table
    if _table is None:
        from html.entities import html5
        _table = html5
    return _table


_REFERENCE = _re.compile(
    r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace(match):
    body = match.group(1)
    if body[0] == '#':
        return _numeric(body[1:])
    return _named(body)


def unescape(s):
    """s with every named and numeric character reference (&gt;, &#62;,
    &#x3e;) replaced by its character, following HTML5's rules (a few
    references work without their final semicolon; bad numbers give
    U+FFFD)."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
