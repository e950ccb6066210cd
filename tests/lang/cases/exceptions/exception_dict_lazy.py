# An exception's attribute dict is made only when something is stored:
# __dict__, vars(), attributes set on built-in and user exceptions, a
# KeyError from a missing key, args, and re-raising a kept exception.
e = ValueError("x", 2)
print(e.__dict__, vars(e), e.args, str(e), repr(e))
e.__dict__["y"] = 2
print(e.y, e.__dict__)
e.z = 3
print(sorted(vars(e).items()))

try:
    {}["missing"]
except KeyError as k:
    kept = k
print(repr(kept), kept.args, kept.__dict__)
kept.note = "set later"
print(kept.note, kept.__dict__)
try:
    kept.absent
except AttributeError as a:
    print(a)
try:
    raise kept
except LookupError as again:
    print(again is kept, again.note)

for cls in (TypeError, KeyError, StopIteration, SystemExit, UnicodeError, ImportError, OSError):
    inst = cls()
    print(cls.__name__, inst.args, sorted(inst.__dict__))
    inst.tag = cls.__name__
    print(inst.tag, sorted(inst.__dict__))

ie = ImportError("m", name="n", path="p")
print(ie.name, ie.path, ie.msg)
se = SyntaxError("msg", ("f.py", 1, 2, "t"))
print(se.msg, se.filename, se.lineno, se.offset, se.text)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)


class Mine(Exception):
    def __init__(self, a):
        super().__init__(a)
        self.a = a


class Plain(Exception):
    pass


m = Mine(5)
print(m.args, m.a, m.__dict__)
p = Plain(1, 2)
print(p.args, p.__dict__, hasattr(p, "x"))
p.__dict__.update(x=9)
print(p.x, getattr(p, "x"), getattr(KeyError(1), "y", "default"))
del p.x
print(p.__dict__)
try:
    del p.nothing
except AttributeError as a:
    print("AttributeError", a)

for i in range(3):
    try:
        raise (ValueError if i % 2 else TypeError)("n%d" % i)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex.args, ex.__dict__, ex.__traceback__ is not None)
