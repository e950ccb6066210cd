# Code a trace function runs is not traced itself.
import sys

log = []

def helper(x):
    return x + 1

def tracer(frame, event, arg):
    helper(1)
    log.append((frame.f_code.co_name, event))
    return tracer

def job():
    return helper(2)

sys.settrace(tracer)
job()
sys.settrace(None)
for entry in log:
    print(entry)
