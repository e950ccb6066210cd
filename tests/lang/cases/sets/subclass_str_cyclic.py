# str() of a set or frozenset subclass is its repr, class name included,
# self-references too.
class Wrapper:
    def __repr__(self):
        return repr(self.value)


class S(set):
    pass


class F(frozenset):
    pass


for T in (S, F, set, frozenset):
    w = Wrapper()
    s = T([w])
    w.value = s
    print(str(s), repr(s), "%s" % (s,), "{}".format(s))
print(str(S([1])), str(F()))


# set.__repr__ called by a subclass's own __repr__ names the subclass.
class OwnRepr(set):
    def __repr__(self):
        return "<" + set.__repr__(self) + ">"


class OwnFrozen(frozenset):
    def __repr__(self):
        return frozenset.__repr__(self)


print(repr(OwnRepr()), repr(OwnRepr([1])), repr(OwnFrozen()), repr(OwnFrozen([2])))
print(set.__repr__(S([3])), frozenset.__repr__(F([4])), set.__repr__({5}))
