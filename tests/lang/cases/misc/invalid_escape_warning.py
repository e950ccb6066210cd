# An invalid escape sequence in a non-raw literal: a DeprecationWarning
# when compiled, a SyntaxError when the warning is an error.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=DeprecationWarning)
    print(eval("'''\n\\z'''"), eval(r"b'\d' + b'\q'"), eval(r"f'\w{1}'"))
    print(eval(r"r'\w'"), eval(r"'\N{BULLET}\u0041\x41\101\
'"), eval(r"b'\u'"))
for x in w:
    print(x.category.__name__, x.message, x.filename, x.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('error', category=DeprecationWarning)
    try:
        eval("'''\n\\z'''")
    except SyntaxError as e:
        print(e.msg, e.filename, e.lineno, e.offset, e.text)
    try:
        compile("x = 1\ny = '\\d'", "f.py", "exec")
    except SyntaxError as e:
        print(e.msg, e.filename, e.lineno, e.offset, e.text)
print(len(w))
warnings.simplefilter('always', category=DeprecationWarning)
exec(compile("s = '\\p'", "mod.py", "exec"))
print(s)
