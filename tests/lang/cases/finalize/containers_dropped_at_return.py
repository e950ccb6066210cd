# A function's local list, tuple or dict of objects with __del__ frees
# them when the function returns, as CPython's reference counts do
# (test_tempfile's test_many keeps such a list, and its tearDown removes
# the directory the objects' __del__ emptied); one returned, or kept
# elsewhere, frees nothing.
import os
import tempfile

log = []


class M:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


def take():
    r = sorted(log)
    del log[:]
    return r


def many():
    extant = list(range(5))
    for i in extant:
        extant[i] = M(i)


def tup():
    t = (M(10), M(11))
    return 0


def mapping():
    d = {'a': M(12), M(13): 'b'}
    return 0


def returned():
    l = [M(20)]
    return l


holder = []


def kept():
    l = [M(40)]
    holder.append(l)


many()
print("list", take())
tup()
print("tuple", take())
mapping()
print("dict", take())
r = returned()
print("returned", take())
del r
print("dropped by the caller", take())
kept()
print("kept", take())
holder.pop()
print("popped from the holder", take())

d = tempfile.mkdtemp()


class F:
    def __init__(self, name):
        self.name = name
        open(name, 'w').close()

    def __del__(self):
        os.unlink(self.name)


def files():
    extant = [F(os.path.join(d, str(i))) for i in range(30)]
    return len(extant)


print(files(), "files made")
os.rmdir(d)
print("directory removed")
