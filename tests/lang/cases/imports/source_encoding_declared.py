# A module's source is decoded as its coding declaration says (PEP 263),
# UTF-8 without one.
import tree

tree.make({
    'latin_mod.py': '# -*- coding: latin-1 -*-\nTEXT = "caf\xe9 cr\xe8me"\n'.encode('latin-1'),
    'second_line.py': '#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nEURO = "\x80"\n'.encode('latin-1'),
    'plain_utf8.py': 'TEXT = "na\u00efve \u2713"\n'.encode('utf-8'),
    'late_cookie.py': 'X = 1\n# coding: latin-1\nTEXT = "ok"\n'.encode('utf-8'),
})
import latin_mod, second_line, plain_utf8, late_cookie
print(latin_mod.TEXT, ascii(latin_mod.TEXT))
print(ascii(second_line.EURO))
print(ascii(plain_utf8.TEXT), late_cookie.TEXT)
