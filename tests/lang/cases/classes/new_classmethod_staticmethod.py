# __new__ written as a classmethod or a staticmethod.
class C(object):
    @classmethod
    def __new__(*args):
        return args

class D(C):
    pass

print(C(1, 2) == (C, C, 1, 2), D(1, 2) == (D, D, 1, 2))


class E(object):
    @staticmethod
    def __new__(*args):
        return args

class F(E):
    pass

print(E(1, 2) == (E, 1, 2), F(1) == (F, 1))
