# A set found in, discarded from or removed from a set is looked up as the
# frozenset of its members, subclasses of set included; a set that holds
# itself shows its type's name; frozenset() is one object.
class S(set):
    pass


class F(frozenset):
    pass


s = {frozenset('ab'), 1}
print(S('ab') in s, S('xy') in s, set('ab') in s, F('ab') in s)
s.discard(S('ab'))
print(s)
for key in (S('q'), set('q')):
    try:
        s.remove(key)
    except KeyError as e:
        print(type(e.args[0]).__name__, sorted(e.args[0]))
try:
    {S('q')}
except TypeError as e:
    print(e)


class Holder:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1

    def __repr__(self):
        return repr(self.s)


for T in (set, S):
    c = T([1])
    c.add(Holder(c))
    print(repr(c))
for T in (frozenset, F):
    h = Holder(None)
    f = T([h])
    h.s = f
    print(repr(f))

print(frozenset() is frozenset(), frozenset([]) is frozenset(), frozenset('') is frozenset(()))
e = frozenset()
print(e | frozenset() is e, F() is e, type(F()).__name__, len(e), e == set(), {e: 'v'}[frozenset()])
fs = frozenset('xy')
print(frozenset(fs) is fs, F(fs) is fs, frozenset(F('xy')) is fs)
