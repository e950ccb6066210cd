class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, repr(v.__context__) if v else None)
        return False

def g():
    with CM():
        yield 1
    yield 2

x = g(); next(x)
try:
    x.throw(ValueError("boom"))
except ValueError as e:
    print("ctx", repr(e.__context__), e.__suppress_context__)

def h():
    try:
        yield 1
    except KeyError:
        raise TypeError("tt")
y = h(); next(y)
try:
    y.throw(KeyError("k"))
except TypeError as e:
    print("ctx2", repr(e.__context__))

def k():
    with CM():
        try:
            yield 1
        finally:
            pass
z = k(); next(z)
try:
    raise IndexError("outer")
except IndexError:
    try:
        z.throw(ValueError("in"))
    except ValueError as e:
        print("ctx3", repr(e.__context__))

class CM2:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
def m():
    with CM2():
        yield 1
w = m(); next(w)
try:
    w.throw(ValueError("v"))
except RuntimeError as e:
    print("ctx4", repr(e.__context__), repr(e.__context__.__context__))

def n():
    with CM():
        yield 1
q = n(); next(q)
try:
    raise IndexError("outer")
except IndexError:
    try:
        q.throw(ValueError("in2"))
    except ValueError as e:
        print("ctx5", repr(e.__context__))
    try:
        raise KeyError("x")
    except KeyError as e:
        print("ctx6", repr(e.__context__))

def ident():
    try:
        yield 1
    except ValueError as x:
        print("same", x is saved, x.__traceback__ is not None, repr(x.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError("saved")
except ValueError as e:
    saved = e
i = ident(); next(i)
try:
    i.throw(saved)
except StopIteration:
    print("stop")
