# CPython 3.6 normalizes non-ASCII identifiers (PEP 3131) by calling
# unicodedata.normalize as the module holds it at compile time: a
# replacement is called for each such name, and its result is the name.
import ast
import unicodedata

calls = []
orig = unicodedata.normalize

def returns_none(*args):
    calls.append(args)
    return None

def raises(*args):
    raise LookupError("no form " + args[0])

def upper(form, s):
    calls.append((form, s))
    return s.upper() + "_"

unicodedata.normalize = returns_none
for src in ['\u03D5', 'x = 1', '\u00e9 = 2', '\ufb01 = 3', 's = "\u00e9"']:
    try:
        compile(src, '<s>', 'exec')
        print(ascii(src), 'ok')
    except Exception as e:
        print(ascii(src), type(e).__name__, e)
try:
    ast.parse('\u03D5')
except TypeError as e:
    print('ast.parse', type(e).__name__, e)
print(ascii(calls))

unicodedata.normalize = raises
try:
    exec('\u00e9 = 1')
except LookupError as e:
    print('raises', e)

unicodedata.normalize = upper
calls.clear()
ns = {}
exec('\ufb01 = 3\n\u00e9 = 4\nabc = 5\n', ns)
print(ascii(sorted(k for k in ns if k != '__builtins__')), ascii(calls))

unicodedata.normalize = orig
ns = {}
exec('\ufb01 = 3\n\u03D5 = 4\n', ns)
print(ascii(sorted(k for k in ns if k != '__builtins__')))
print(ast.dump(ast.parse('\u03D5')))
