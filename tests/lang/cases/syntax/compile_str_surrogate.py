# compile() of a str holding a lone surrogate (anywhere, a comment
# included) is the UnicodeEncodeError of encoding it as UTF-8, raised
# after the mode and flags are checked; a surrogate spelled as an escape
# is fine.
import ast

samples = [
    ('x = "\udcdc"\n', 'exec'),
    ('# \ud800 comment\nx = 1\n', 'exec'),
    ('"a" + "\udfff"', 'eval'),
    ('x = "\\udcdc"\n', 'exec'),
    ('x = 1\n', 'exec'),
]
for src, mode in samples:
    try:
        ns = {}
        exec(compile(src, 'm.py', mode), ns)
        print('ok', ascii(ns.get('x')))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end)
try:
    compile('\udcdc', 'm.py', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
try:
    ast.parse('y = "\udcdc"')
except UnicodeEncodeError as e:
    print('ast:', type(e).__name__, e)
