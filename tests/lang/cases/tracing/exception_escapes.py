# An exception leaving the traced code: every frame it passes reports
# 'exception' then 'return' with None.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    log.append((frame.f_code.co_name, event, arg))
    return tracer

def level2():
    return 1 / 0

def level1():
    x = level2()
    return x

def top():
    return level1()

sys.settrace(tracer)
try:
    top()
except ZeroDivisionError as e:
    sys.settrace(None)
    print("escaped:", e)
for entry in log:
    print(entry)
