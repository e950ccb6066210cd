# recursive reprs, containers
l = [1]; l.append(l); print(l, repr(l))
d = {'a': 1}; d['self'] = d; print(d)
t = (l,); print(t)
s = set(); print(s, frozenset(), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), set([1]))
class R:
    def __repr__(self): return 'R!'
print([R()], {R(): R()} if False else '', (R(),), {'k': R()})
import collections
od = collections.OrderedDict(a=1); od['me'] = od; print(od)
dd = collections.defaultdict(list); dd['x'].append(1); print(dd)
dq = collections.deque([1, 2], maxlen=3); print(dq)
print(repr(''), repr("'"), repr('"'), repr('\'"'), repr('\x00\t\n\\'), repr('é\u200b\U0001f600'))
print(repr(b"'"), repr(b'"\''), repr(bytearray(b'\x00a')), repr(1e16), repr(1e-5), repr(0.1), repr(-0.0), repr(1e22), repr(123456789012345678.0))
print(repr(range(0)), repr(range(1, 5, 2)), repr(slice(1)), repr(Ellipsis), repr(NotImplemented), repr(type(None)))
print(str(1.0), str(10**20 * 1.0), 3 ** 0.5, 2 ** -1, 10 ** 16, 1e300 * 1e10, -1e300 * 1e10)
