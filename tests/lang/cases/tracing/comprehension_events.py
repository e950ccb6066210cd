# Comprehensions and generator expressions run in frames of their own.
import sys

log = []

def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    log.append((frame.f_code.co_name, event, arg if event != 'line' else None))
    return tracer

def build():
    squares = [x * x for x in range(3)]
    evens = {x for x in range(4) if x % 2 == 0}
    total = sum(x for x in range(2))
    table = {k: k + 1 for k in 'ab'}
    return squares, evens, total, table

sys.settrace(tracer)
build()
sys.settrace(None)
for entry in log:
    print(entry)
