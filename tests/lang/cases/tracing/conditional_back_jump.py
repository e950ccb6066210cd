# A test at the end of a loop's body that jumps straight back to the
# loop's start (jump threading) reports the loop's line again, as any
# backward jump does in CPython 3.6, also when the test compares a local
# with a constant.
import sys


def f():
    i = 0
    while i < 3:
        i += 1
        if i == 5:
            break
    return i


def g(items):
    n = 0
    for x in items:
        if x:
            n += 1
    return n


def h():
    i = 0
    while True:
        i += 1
        if i < 3:
            continue
        break


events = []


def trace(frame, event, arg):
    if frame.f_code.co_name in ('f', 'g', 'h'):
        events.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, event))
    return trace


sys.settrace(trace)
f()
g([1, 0, 1, 0])
h()
sys.settrace(None)
for e in events:
    print(e)
