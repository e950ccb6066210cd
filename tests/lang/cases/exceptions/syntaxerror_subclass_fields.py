# A subclass of SyntaxError keeps msg, filename, lineno, offset and text
# as SyntaxError itself does, with or without an __init__ of its own.
class Plain(SyntaxError):
    pass


class Chained(SyntaxError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


class Silent(SyntaxError):
    def __init__(self, *args):
        self.kept = args


for cls in (SyntaxError, Plain, Chained, Silent):
    e = cls('bad thing', ('mod.py', 7, 3, 'x = = 1\n'))
    print(cls.__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e))
    short = cls('only a message')
    print(' ', short.msg, short.filename, short.lineno, short.offset, short.text, str(short))
print(Chained('m', ('f', 1, 2, 't')).extra, Silent('m').kept)
try:
    raise Plain('raised', ('here.py', 2, 5, 'line\n'))
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.offset, e.args)
