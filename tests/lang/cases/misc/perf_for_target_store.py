# A for loop's item goes straight into its target local (and onto the
# stack when the body reads it at once); `x = ...; x` likewise. The
# results, unbound locals and line tracing are as
# when each instruction runs on its own.
import sys


def loops():
    out = []
    for i in range(5):
        out.append(i * i)
    for s in ["a", "b", "c"]:
        out.append(s + s)
    for v in (n for n in range(4) if n % 2):
        out.append(v)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for i in range(3):
        pass
    out.append(i)
    y = len(out)
    out.append(y)
    return out


print(loops())


def gen():
    for k in range(3):
        x = yield k
        print("sent", x)


g = gen()
print(next(g), g.send("a"), g.send("b"))


def unbound():
    for q in []:
        pass
    try:
        return q
    except UnboundLocalError as e:
        return str(e)


print(unbound())


def deleted():
    for q in range(2):
        del q
        try:
            q
        except UnboundLocalError as e:
            print("after del:", e)


deleted()


def traced():
    total = 0
    for i in range(2):
        total += i
    w = total
    w += 1
    return w


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = traced()
sys.settrace(None)
print(r, events)
print(traced())
print([x * 2 for x in range(4)], sorted({x for x in "abca"}), sum(x for x in range(5)))
