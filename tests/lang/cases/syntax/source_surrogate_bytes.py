# CPython 3.6's tokenizer takes a byte sequence as UTF-8 when its lead
# byte announces the right number of continuation bytes, so the
# three bytes of an encoded surrogate (and overlong forms) pass in a
# comment; in a str or bytes literal, or an identifier, they are an
# error of its own. The same holds for a script, compile(), exec() and
# an import.
import os
import subprocess
import sys
import tempfile

SUR = b'\xed\xa0\x80'
sources = [
    b'# comment ' + SUR + b'\nx = 1\n',
    b'# coding: utf-8\n# ' + SUR + b'\nx = 2\n',
    b'\xef\xbb\xbf# ' + SUR + b'\nx = 3\n',
    b'# \xc0\x80 \xe0\x80\x80 \xf5\x80\x80\x80\nx = 4\n',
    b'x = "' + SUR + b'"\n',
    b'x = "\\n' + SUR + b'abc' + SUR + b'"\n',
    b'x = r"ab' + SUR + b'"\n',
    b'x = 1\nx = f"{1}' + SUR + b'"\n',
    b'x = """doc\n\xed\xb0\x80"""\n',
    b'x = "\xc0\x80"\n',
    b'x = b"' + SUR + b'"\n',
    b'x' + SUR + b' = 1\n',
    b'x = (' + SUR + b')\n',
    b'x = f"{' + SUR + b'}"\n',
    b'x = 1 # ' + SUR + b'\xff\n',
    b'# ' + SUR + b'\nx = 1\n\xff',
    b'# \xed\xa0\nx = 1\n',
    b'x = 1 # \xe0\n',
    b'# coding: utf8\n# ' + SUR + b'\n',
    b'# coding: latin-1\nx = "' + SUR + b'"\n',
]


def show(how, src):
    try:
        ns = {}
        exec(compile(src, 'fn.py', 'exec'), ns)
        print(how, 'ok', ascii(ns.get('x')))
    except SyntaxError as e:
        print(how, type(e).__name__, e.msg, e.lineno, e.offset, ascii(e.text))


for src in sources:
    show('compile', src)

with tempfile.TemporaryDirectory() as d:
    for i, src in enumerate(sources):
        name = 'sur%02d' % i
        with open(os.path.join(d, name + '.py'), 'wb') as f:
            f.write(src + b'print("ran", ascii(x))\n')
    sys.path.insert(0, d)
    for i in range(len(sources)):
        name = 'sur%02d' % i
        try:
            __import__(name)
        except SyntaxError as e:
            print('import', name, e.msg, e.lineno, e.offset, ascii(e.text))
    del sys.path[0]
    for i in range(len(sources)):
        name = 'sur%02d' % i
        r = subprocess.run([sys.executable, name + '.py'], cwd=d,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        print('run', name, r.returncode, r.stdout.decode().strip())
        err = r.stderr.decode('ascii', 'backslashreplace').strip().splitlines()
        print('\n'.join(err[-2:]))
