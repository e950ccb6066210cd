# io.TextIOWrapper.__new__ alone: an instance whose methods and repr
# refuse until __init__ runs.
import io

t = io.TextIOWrapper.__new__(io.TextIOWrapper)
for name, call in [('repr', lambda: repr(t)), ('read', lambda: t.read(0)),
                   ('readline', lambda: t.readline()), ('write', lambda: t.write('x'))]:
    try:
        call()
    except ValueError as e:
        print(name, type(e).__name__, e)
t.__init__(io.BytesIO(b'abc\ndef'))
print(t.readline(), t.read())
try:
    io.TextIOWrapper()
except TypeError:
    print('TypeError')
