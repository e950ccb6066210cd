# _thread._local: per-thread attributes, a subclass's __init__ run again in
# each thread with the constructor's arguments.
import _thread

gate = _thread.allocate_lock()

def in_thread(fn):
    out = []
    gate.acquire()
    def run():
        try:
            out.append(fn())
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
        finally:
            gate.release()
    _thread.start_new_thread(run, ())
    gate.acquire()
    gate.release()
    return out[0]

loc = _thread._local()
loc.x = 1
print(loc.x, loc.__dict__)
print(in_thread(lambda: hasattr(loc, "x")))
def set_y():
    loc.y = 2
    return sorted(loc.__dict__.items())
print(in_thread(set_y))
print(sorted(loc.__dict__.items()))
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del loc.missing
except AttributeError as e:
    print("AttributeError:", e)
del loc.x
print(loc.__dict__)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError:", e)

class Ctx(_thread._local):
    created = 0
    def __init__(self, name, level=0):
        Ctx.created += 1
        self.name = name
        self.level = level
    def describe(self):
        return "%s@%d" % (self.name, self.level)

c = Ctx("req", level=3)
c.level = 9
print(c.describe(), Ctx.created)
print(in_thread(c.describe), Ctx.created)
print(c.describe(), Ctx.created)
print(in_thread(lambda: (c.level, sorted(c.__dict__))), Ctx.created)
print(isinstance(c, _thread._local), type(c).__name__)

class Plain(_thread._local):
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
p = Plain()
p.v = "main"
print(in_thread(lambda: getattr(p, "v", None)), p.v)
setattr(loc, "z", 26)
print(getattr(loc, "z"), in_thread(lambda: hasattr(loc, "z")))
delattr(loc, "z")
print(hasattr(loc, "z"), _thread.TIMEOUT_MAX)
