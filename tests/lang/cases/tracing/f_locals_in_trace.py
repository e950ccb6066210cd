# A trace function reads the frame's locals as they change.
import sys

log = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'compute':
        log.append((event, sorted(frame.f_locals.items())))
    return tracer

def compute(a):
    b = a + 1
    c = b * 2
    return c

sys.settrace(tracer)
compute(5)
sys.settrace(None)
for entry in log:
    print(entry)
