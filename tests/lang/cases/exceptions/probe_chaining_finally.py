import traceback
def a(): b()
def b(): c()
def c(): raise KeyError("k")
try:
    a()
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb], [f.line for f in tb])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(5, "bad")
except Exception as e:
    print(e, e.code, e.args, repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    raise ExceptionGroup if False else OSError(2, "No such file", "x.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(issubclass(FileNotFoundError, OSError), OSError(2, "x").__class__.__name__)
