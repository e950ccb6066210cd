# Nested calls: each frame has its call and return; the caller's
# line events resume after the callee returns.
import sys

log = []

def tracer(frame, event, arg):
    log.append("%s %s %d" % (frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def inner(x):
    return x * 2

def middle(x):
    y = inner(x)
    z = inner(y)
    return y + z

def outer():
    total = 0
    for i in range(2):
        total += middle(i)
    return total

sys.settrace(tracer)
print(outer())
sys.settrace(None)
print("\n".join(log))
