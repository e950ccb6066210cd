# A class's own __dict__ property answers obj.__dict__ and vars(obj);
# hash() takes an int subclass from __hash__; format() takes a str
# subclass as its spec.


class Shown:
    def __init__(self):
        self.hidden = 1

    @property
    def __dict__(self):
        return {'shown': 2}


s = Shown()
print(s.__dict__, vars(s), s.hidden)


class Plain:
    pass


p = Plain()
p.x = 3
print(vars(p), p.__dict__)


class MyInt(int):
    pass


class Hashes:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [MyInt(12), True, 2 ** 80, -1, MyInt(-1)]:
    print(hash(Hashes(h)))
try:
    hash(Hashes(1.5))
except TypeError as e:
    print(e)


class Spec(str):
    pass


print(format(255, Spec('x')), format(3.5, Spec('>8')), format('ab', Spec('^6')) + '|')
