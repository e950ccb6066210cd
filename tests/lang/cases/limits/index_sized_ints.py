# Ints past a Py_ssize_t as subscripts and size arguments get CPython's
# exceptions: a built-in sequence converts the key first (IndexError
# "cannot fit 'int' into an index-sized integer", even where item
# assignment is refused anyway), a range answers a lookup as out of
# range, str and bytes repetition overflow before allocating, and the
# Py_ssize_t / C int arguments of bytes methods and int.to_bytes word
# their overflow as 3.6's converters do.
import array
import collections

def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r)[:30])
    except Exception as e:
        print(label, type(e).__name__, e)

seqs = ['abc', b'abc', bytearray(b'abc'), [1, 2], (1, 2), range(3),
        memoryview(b'ab'), array.array('b', [1]), collections.deque([1])]
for seq in seqs:
    name = type(seq).__name__
    for k in (2 ** 63, -2 ** 63 - 1, 2 ** 100):
        show('%s[%d]' % (name, k), lambda: seq[k])
    for k in (2 ** 63, 2 ** 100):
        def store():
            seq[k] = 1
        def delete():
            del seq[k]
        show('%s[big] = 1' % name, store)
        if name != 'memoryview':
            show('del %s[big]' % name, delete)

for expr in ['"abc" * 2**62', '"abc" * 2**61', '"a" * 2**63', '"abc" * 2**100',
             'b"abc" * 2**62', 'b"ab" * 2**61', '[1, 2] * 2**62', '(1, 2) * 2**62',
             'bytearray(b"ab") * 2**62', '"ab" * -2**70', '"é" * 2**62']:
    show(expr, lambda: eval(expr))
x = 'ab'
def imul():
    global x
    x *= 2 ** 62
show('x *= 2**62', imul)

for expr in ['b"a".center(2**63)', 'bytearray(b"a").center(2**63)', 'b"a".ljust(2**63)',
             'b"a".zfill(2**63)', 'b"a".center(2.0)', 'b"a".expandtabs(2**63)',
             'b"a".expandtabs(2**40)', 'b"a".expandtabs(2.0)', 'b"\\tx".expandtabs(-3)',
             'b"a b".split(None, 2**63)', 'b"a b".split(None, 2.0)', 'b"a b c".split(maxsplit=True)',
             '(1).to_bytes(2**63, "big")', '(1).to_bytes(2.0, "big")', '(1).to_bytes("x", "big")',
             '(1).to_bytes(True, "big")', '(1).to_bytes(-1, "big")',
             '"ab".center(-2**63)', '"ab".zfill(-2**63)', '"ab".rjust(-2**63, "x")',
             '"ab".ljust(2**63)', '"-5".zfill(4)']:
    show(expr, lambda: eval(expr))

# str indexing: ASCII runs, non-ASCII text before or after the index,
# lone surrogates, and every index in and out of range.
for s in ['', 'a', 'abc', 'héllo', 'aé', 'éa', 'ab\udc80cd', '\udc80',
          'x' * 20 + 'ü' + 'y' * 20, '日本語abc']:
    out = []
    for i in range(-len(s) - 2, len(s) + 2):
        try:
            out.append(ascii(s[i]))
        except IndexError as e:
            out.append('IndexError: %s' % e)
    print(ascii(s), out, [ascii(c) for c in s])
print('abc'[True], 'abc'[-True], 'abc'[False])
