# Source given as bytes with no coding comment (or one naming UTF-8) is
# not checked as a whole: a byte that is not UTF-8 passes in a comment,
# and fails in a str literal with the utf-8 codec's error, its position
# counted in the literal's body (in the run of non-ASCII bytes when the
# literal has escapes), at the literal's line and column.
import os
import sys
import tempfile

samples = [
    b'print("a\xffb")\n',
    b'# comment \xff\nx = 1\n',
    b'x = 1 # \xe9\ny = "\xe9"\n',
    b'\n\n"""\xc3"""\n',
    b'u = r"\xf6"\n',
    b'f"\xf6"\n',
    b'x = f"{1}\xff"\n',
    b'x = ("a"\n "\xff")\n',
    b'x = "\xe9\\n\xff"\n',
    b'x = "\xc3\xa9\xff"\n',
    b'x = "ok" "\xe9"\n',
    b'x = "\xe9\x80"\n',
    b'x = "\xe9\x80x"\n',
    b'x = "\xf0\x9f\x98"\n',
    b'x = "\xc0\x80"\n',
    b'x = "\xf5"\n',
    b'# -*- coding: utf-8 -*-\nx = "\xff"\n',
    b"x = b'\xff'\n",
    b'x\xff = 1\n',
    b'x = "caf\xc3\xa9"\n',
]
for s in samples:
    try:
        ns = {}
        exec(compile(s, 'm.py', 'exec'), ns)
        print('ok', ascii(ns.get('x')))
    except SyntaxError as e:
        print(type(e).__name__, e, ascii(e.text), e.lineno, e.offset)

try:
    exec(b'y = "\xff"')
except SyntaxError as e:
    print('exec:', e)

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'badsrc_utf8.py'), 'wb') as f:
        f.write(b'# \xe9 in a comment is fine\nprint("b\xf6se")\n')
    with open(os.path.join(d, 'goodsrc_utf8.py'), 'wb') as f:
        f.write(b'# \xe9 in a comment is fine\nprint("fine", ascii("caf\xc3\xa9"))\n')
    sys.path.insert(0, d)
    try:
        import badsrc_utf8
    except SyntaxError as e:
        print('import:', e.msg, e.lineno, os.path.basename(e.filename))
    print('badsrc_utf8' in sys.modules)
    import goodsrc_utf8
    sys.path.remove(d)
