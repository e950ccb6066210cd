# The edges of a Py_ssize_t as subscripts: -2**63 and 2**63-1 fit one,
# so a sequence answers them as any other index (out of range; slices
# clamp), while -2**63-1 and 2**63 do not, and __index__ results that do
# not fit name the key's own type in the IndexError.
import collections


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, memoryview):
            r = r.tobytes()
        print(label, "ok", repr(r)[:40])
    except Exception as e:
        print(label, type(e).__name__, e)


edges = (-2 ** 63, -(1 << 63), -9223372036854775808, -2 ** 63 - 1,
         2 ** 63 - 1, 2 ** 63)
for seq in ([1, 2, 3], 'abc', b'abc', (1, 2, 3), bytearray(b'abc'),
            range(3), memoryview(b'abc')):
    name = type(seq).__name__
    for v in edges:
        show('%s[%d]' % (name, v), lambda: seq[v])
        show('%s[I(%d)]' % (name, v), lambda: seq[I(v)])
        show('%s[%d:]' % (name, v), lambda: seq[v:])
        show('%s[:%d]' % (name, v), lambda: seq[:v])
        show('%s[I:I]' % name, lambda: seq[I(v):I(v)])
for v in edges:
    lst = [1, 2, 3]

    def store():
        lst[v] = 0

    def delete():
        del lst[v]

    def store_slice():
        lst[v:v] = [9]
        return lst

    show('list[%d] = 0' % v, store)
    show('del list[%d]' % v, delete)
    show('list[%d:%d] = [9]' % (v, v), store_slice)
    show('[1] * %d' % v, lambda: [1] * v)
    show("'a' * %d" % v, lambda: 'a' * v)
    show('(1,) * %d' % v, lambda: (1,) * v)
    show('list.pop(%d)' % v, lambda: [1].pop(v))
    show('list.insert(%d)' % v, lambda: [1].insert(v, 0))
    show('list.index(1, %d)' % v, lambda: [1].index(1, v))
    show('str.find(a, %d)' % v, lambda: 'abc'.find('a', v))
    show('slice(%d).indices(3)' % v, lambda: slice(v).indices(3))
    show('deque[%d]' % v, lambda: collections.deque([1])[v])
    show('-(%d) type' % v, lambda: type(-v).__name__)
