# A built-in type's slot wrapper called on a subclass instance gets the
# instance itself: set.__repr__ names the subclass.
class set3(set):
    def __repr__(self):
        return set.__repr__(self)

class L(list):
    def __repr__(self):
        return 'L' + list.__repr__(self)

print(repr(set3(range(3))), repr(L([1, 2])), set.__repr__(set3([5])))
print(str.__mod__(type("S", (str,), {})("<%s>"), 1))
