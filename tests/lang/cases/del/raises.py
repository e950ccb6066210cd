# An exception raised by __del__ is reported and ignored.
class Bad:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Bad(%d)" % self.n
    def __del__(self):
        print("in __del__", self.n)
        raise ValueError("cannot finalize %d" % self.n)

b = Bad(1)
del b
print("still running")
def f():
    local = Bad(2)
    return "ok"
print(f())
print("end")
