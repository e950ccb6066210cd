# Class bodies and lambdas are traced frames too.
import sys

log = []

def tracer(frame, event, arg):
    log.append((frame.f_code.co_name, event))
    return tracer

def define():
    class Point:
        x = 1
        y = 2
    f = lambda v: v + Point.x
    return f(3)

sys.settrace(tracer)
define()
sys.settrace(None)
for entry in log:
    print(entry)
