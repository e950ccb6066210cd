# BytesIO and StringIO themselves skip IOBase's __del__ (their close only
# frees memory), but a subclass's close or __del__ still runs when an
# instance is dropped, as in CPython 3.6.
import io, gc


class B(io.BytesIO):
    def close(self):
        print("B.close", self.getvalue())
        super().close()


class S(io.StringIO):
    def __del__(self):
        print("S.__del__", self.getvalue())


class T(io.StringIO):
    pass


T.close = lambda self: print("T.close")

b = B(b"abc")
del b
gc.collect()
s = S("xyz")
del s
gc.collect()
t = T("t")
del t
gc.collect()
p = io.BytesIO(b"q")
del p
gc.collect()
print(io.BytesIO().closed, io.StringIO().closed)
print("done")
