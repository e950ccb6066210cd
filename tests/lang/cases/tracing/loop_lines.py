# Loops: the loop's line is reported again on every jump back.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'line':
        log.append(frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer

def loops():
    total = 0
    for i in range(3):
        total += i
    j = 0
    while j < 2:
        j += 1
    for k in []:
        total += 100
    else:
        total += 1
    return total

sys.settrace(tracer)
loops()
sys.settrace(None)
print(log)
