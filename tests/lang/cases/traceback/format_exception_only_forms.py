import traceback

class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no str')

class Silent(Exception):
    def __str__(self):
        return ''

samples = [
    (ValueError, None),
    (Unprintable, Unprintable()),
    (Silent, Silent()),
    (KeyError, KeyError('k')),
    (SyntaxError, SyntaxError('msg', ('f.py', 3, 4, '  x = $ \n'))),
    (SyntaxError, SyntaxError('msg')),
    (SyntaxError, SyntaxError('msg', ('f.py', None, None, None))),
    (IndentationError, IndentationError('bad', ('<s>', 2, 9, '\tif x:\t$\n'))),
    (SyntaxError, SyntaxError('msg', ('f.py', 3, 99, 'ab\n'))),
    (SyntaxError, SyntaxError('msg', ('f.py', 3, 0, 'ab\n'))),
]
for etype, value in samples:
    print(traceback.format_exception_only(etype, value))

try:
    compile('Python = "\u1e54\xfd\u0163\u0125\xf2\xf1" +', '?', 'exec')
except SyntaxError as exc:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    print(lines[-3:])

def fail():
    raise Unprintable()

try:
    fail()
except Unprintable as exc:
    print(traceback.format_exc().splitlines()[-1])
