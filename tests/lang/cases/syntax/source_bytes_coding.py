# Source given as bytes (compile, exec, eval, an imported file, a script)
# is decoded as its BOM and PEP 263 coding comment say; a declaration
# that cannot be honoured is a SyntaxError naming it.
import os
import subprocess
import sys
import tempfile

euro_src = b'#coding:iso8859-15\nprint(ascii("\xc3\xa4"))\n'
exec(euro_src)
exec(compile(euro_src, 'named.py', 'exec'))
print(ascii(eval(b'# vim: set fileencoding=cp1252 :\n"\x80"')))
exec(b'\xef\xbb\xbfprint("bom:", ascii("\xc3\xa4"))\n')
exec('#coding:latin-1\nprint("str ignores it:", ascii("\xc3\xa4"))\n')
exec(b'\n\n# coding: ascii\nprint("third line:", ascii("\xc3\xa4"))\n')

samples = [
    b'#coding:bogus\nx=1\n',
    b'\xef\xbb\xbf# coding: latin-1\nx=1\n',
    b'\xef\xbb\xbf# -*- coding: iso-8859-15 -*-\n',
    b'\xef\xbb\xbf# coding: utf8\nx=1\n',
    b'\xef\xbb\xbf# coding: utf-8\nx=1\n',
    b'# coding: ascii\nx="\xc3\xa4"\n',
    b'# coding: Latin_1-custom\nx="\xe4"\n',
    b'# coding: hex\nx=1\n',
    b'# coding: utf-16\nx=1\n',
    bytearray(b'# coding: latin-1\nx="\xe4"\n'),
]
for src in samples:
    try:
        ns = {}
        exec(compile(src, 'fn', 'exec'), ns)
        print('ok', ascii(ns.get('x')))
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.filename, e.lineno, e.offset, e.text)

with tempfile.TemporaryDirectory() as d:
    files = {
        'unknown_cookie': b'# coding: uft-8\nx=1\n',
        'bom_latin': b'\xef\xbb\xbf#coding: latin-1\nx=1\n',
        'bad_ascii': b'# coding: ascii\nx="\xc3\xa4"\n',
        'second_line': b'#!/usr/bin/python\n# coding: uft-8\nx=1\n',
        'euro': euro_src,
    }
    for name, data in sorted(files.items()):
        with open(os.path.join(d, name + '.py'), 'wb') as f:
            f.write(data)
    sys.path.insert(0, d)
    for name in sorted(files):
        try:
            __import__(name)
            print('imported', name)
        except SyntaxError as e:
            print('import', name, e.args[0], e.lineno, e.offset, e.text, os.path.basename(e.filename))
    del sys.path[0]
    for name in sorted(files):
        r = subprocess.run([sys.executable, name + '.py'], cwd=d,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        print('run', name, r.returncode, r.stdout.decode().strip())
        print(r.stderr.decode().strip())
