# super() lookups: methods after the class in the MRO (multiple
# inheritance, diamonds), classmethods and staticmethods through super(),
# the __class__ cell, properties, attributes that are not functions,
# Go methods of built-in bases, rebinding a base method between calls,
# and the errors.


class A:
    tag = "A.tag"

    def who(self):
        return ["A"]

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__

    @staticmethod
    def util(x):
        return x * 2

    @property
    def prop(self):
        return "A.prop"


class B(A):
    def who(self):
        return ["B"] + super().who()

    @classmethod
    def make(cls):
        return "B+" + super().make()


class C(A):
    def who(self):
        return ["C"] + super().who()

    @property
    def prop(self):
        return "C>" + super().prop


class D(B, C):
    def who(self):
        return ["D"] + super().who()

    def others(self):
        return (super().tag, super().util(21), super().make(), super(B, self).who(), super(C, self).who())

    def cell(self):
        return __class__, super().__thisclass__, super().__self_class__


d = D()
print(d.who(), D.make(), d.prop)
print(d.others())
print(d.cell())
print([k.__name__ for k in D.__mro__])
print(super(D, d).who(), super(D, D).who(d), super(B, D).make())


def late(self):
    return ["late"] + A.who(self)


for i in range(3):
    if i == 1:
        C.who = late
    if i == 2:
        del C.who
    print(i, d.who())


class L(list):
    def append(self, x):
        super().append(x * 10)
        return len(self)

    def __repr__(self):
        return "L" + super().__repr__()


lst = L()
print(lst.append(1), lst.append(2), lst, super(L, lst).__len__())


class Dct(dict):
    def get(self, k, default=None):
        return ("via super", super().get(k, default))


print(Dct(a=1).get("a"), Dct().get("b", 5))


class E(Exception):
    def __init__(self, msg):
        super().__init__(msg, 2)
        self.msg = msg

    def __str__(self):
        return "E:" + super().__str__()


print(E("m"), E("m").args)


class F(A):
    def who(self):
        return super().missing()

    def bad(self):
        return super().prop()


for call in (lambda: F().who(), lambda: F().bad(), lambda: super(int, "x"), lambda: super(1, 2)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


def outside():
    return super().who()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)


class G(A):
    def who(self, *args, **kwargs):
        return super().who(*args, **kwargs)

    def gen(self):
        yield super().who()

    def nested(self):
        return [super().who() for _ in range(2)]


print(G().who(), list(G().gen()))
try:
    G().who(1)
except TypeError as e:
    print("TypeError", e)
try:
    G().nested()
except TypeError as e:
    print("TypeError", e)
