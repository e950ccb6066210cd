# Events of a plain function: call, one line per statement, return.
import sys

log = []

def tracer(frame, event, arg):
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def area(w, h):
    a = w * h
    b = a + 1
    return b - 1

sys.settrace(tracer)
area(3, 4)
sys.settrace(None)
for entry in log:
    print(entry)
