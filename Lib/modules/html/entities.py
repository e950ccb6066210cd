"""The HTML character references by name: HTML 4.01's (name2codepoint,
codepoint2name, entitydefs) and HTML5's (html5)."""

from html import _entitydata

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _read_html5(text):
    table = {}
    for line in text.splitlines():
        name, points = line.split(' ')
        table[name] = ''.join(chr(int(p, 16)) for p in points.split('.'))
    return table


def _read_html4(text):
    table = {}
    for pair in text.split():
        name, point = pair.split(':')
        table[name] = int(point, 16)
    return table


# HTML5 reference name (with its ';', or without for the few the
# standard accepts bare) -> the text it stands for
html5 = _read_html5(_entitydata.HTML5)

# HTML 4.01 reference name -> its code point
name2codepoint = _read_html4(_entitydata.HTML4)

# code point -> HTML 4.01 reference name
codepoint2name = {point: name for name, point in name2codepoint.items()}

# HTML 4.01 reference name -> its character
entitydefs = {name: chr(point) for name, point in name2codepoint.items()}

del _read_html4, _read_html5
