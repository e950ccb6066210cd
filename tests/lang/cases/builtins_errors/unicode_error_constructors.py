# UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError check
# their arguments; str() reads the attributes.
def show(f):
    try:
        e = f()
        print(repr(e), '|', str(e))
    except Exception as x:
        print(type(x).__name__, x)
show(lambda: UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'bad'))
show(lambda: UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 2, 'bad'))
show(lambda: UnicodeDecodeError('utf-8', b'', 0, 1))
show(lambda: UnicodeDecodeError(1, b'', 0, 1, 'x'))
show(lambda: UnicodeDecodeError('a', 'x', 0, 1, 'x'))
show(lambda: UnicodeDecodeError('a', b'x', 'a', 1, 'x'))
show(lambda: UnicodeDecodeError('a', b'x', 0, 1.5, 'x'))
show(lambda: UnicodeDecodeError('a', b'x', 0, 1, 2))
show(lambda: UnicodeEncodeError('ascii', 'ab\u1234', 2, 3, 'bad'))
show(lambda: UnicodeEncodeError('ascii', b'abc', 0, 3, 'bad'))
show(lambda: UnicodeEncodeError(None, 'abc', 0, 3, 'x'))
show(lambda: UnicodeTranslateError('ab\xff', 2, 3, 'bad'))
show(lambda: UnicodeTranslateError('abc', 0, 3, 'bad'))
show(lambda: UnicodeTranslateError(b'abc', 0, 3, 'bad'))
show(lambda: UnicodeTranslateError('abc', 0, 3))
e = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(e.object, e.start, e.end, e.reason, e.encoding, str(e))
e.end = 2
print(str(e))
class Mine(UnicodeDecodeError):
    def __init__(self, *args):
        pass
print(repr(Mine(1, 2)))
