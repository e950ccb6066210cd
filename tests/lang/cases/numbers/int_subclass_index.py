# int() of an int subclass gives its value, whatever its __index__ says;
# indexing takes the int value too.
class Shifted(int):
    def __index__(self):
        return int(self) + 1

s = Shifted(4)
print(int(s), s.__index__(), list(range(10))[s], 'abcdef'[s], hex(s), bin(Shifted(2)))
class WithInt(int):
    def __int__(self):
        return 99
w = WithInt(2)
print(int(w), list(range(5))[w], b"abc"[w])
