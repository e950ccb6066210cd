# Bound methods compare equal when their function and self are the same;
# each attribute access makes a new one.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


l = []
show(lambda: l.append == l.append)
show(lambda: l.append is l.append)
show(lambda: l.append != l.append)
show(lambda: [].append == [].append)
show(lambda: l.append == l.extend)
d = {}
show(lambda: d.get == d.get)
show(lambda: {}.get == {}.get)
s = "text"
show(lambda: s.upper == s.upper)
show(lambda: l.append == d.get)
show(lambda: l.append == 1)


class A:
    def f(self):
        pass

    def g(self):
        pass


a = A()
show(lambda: a.f == a.f)
show(lambda: a.f is a.f)
show(lambda: a.f == a.g)
show(lambda: a.f == A().f)


class Eq:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1

    def f(self):
        pass


show(lambda: Eq().f == Eq().f)
