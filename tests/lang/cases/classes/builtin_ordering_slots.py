# The ordering methods of tuple, list, slice, dict and complex as slot
# wrappers: called through the class they take the instance first and
# give NotImplemented for an operand of another type.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class T(tuple):
    pass


class L(list):
    pass


show(lambda: tuple.__lt__)
show(lambda: list.__ge__)
show(lambda: tuple.__lt__((1,), [1]))
show(lambda: tuple.__lt__((1,), (2,)))
show(lambda: tuple.__le__((1, 2), (1, 2)))
show(lambda: tuple.__gt__(T((3,)), T((2,))))
show(lambda: list.__ge__([1], [1]))
show(lambda: list.__lt__(L([1]), [2]))
show(lambda: list.__lt__([1], (2,)))
show(lambda: slice.__lt__(slice(1), slice(2)))
show(lambda: dict.__lt__({}, {}))
show(lambda: complex.__lt__(1j, 2j))
show(lambda: tuple.__lt__([1], (1,)))
show(lambda: list.__le__((1,), [1]))
show(lambda: (1,).__lt__((2,)))
show(lambda: [1].__gt__([0]))
show(lambda: (1,).__lt__([2]))
show(lambda: '__lt__' in tuple.__dict__)
show(lambda: '__ge__' in list.__dict__)
show(lambda: '__bool__' in list.__dict__)
show(lambda: '__bool__' in dict.__dict__)
show(lambda: '__bool__' in str.__dict__)
show(lambda: sorted([(2, 1), (1, 2), T((0,))]))
show(lambda: T((1,)) < (2,))
show(lambda: (1,) < [1])


class M(list):
    def __lt__(self, other):
        return 'M.__lt__'


show(lambda: M() < [])
show(lambda: [] > M())


class B(list):
    def __bool__(self):
        return super().__bool__()


show(lambda: bool(B([1])))
show(lambda: (bool([]), bool(L()), bool(L([1])), bool(T()), bool(T((1,)))))
