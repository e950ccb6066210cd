# A local trace function's answer replaces it; None keeps it.
import sys

log = []

def second(frame, event, arg):
    log.append(('second', event, frame.f_lineno - frame.f_code.co_firstlineno))
    return None

def first(frame, event, arg):
    log.append(('first', event, frame.f_lineno - frame.f_code.co_firstlineno))
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        return second
    return first

def global_trace(frame, event, arg):
    return first

def steps():
    a = 1
    b = 2
    c = 3
    return a + b + c

sys.settrace(global_trace)
steps()
sys.settrace(None)
for entry in log:
    print(entry)
