# Line events through with blocks and try/finally.
import sys

log = []

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    if isinstance(arg, Ctx):
        arg = 'a Ctx'
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def uses_with():
    with Ctx() as c:
        x = 1
    try:
        y = 2
    finally:
        z = 3
    return x + y + z

sys.settrace(tracer)
uses_with()
sys.settrace(None)
for entry in log:
    print(entry)
