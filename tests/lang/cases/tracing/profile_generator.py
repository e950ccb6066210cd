# Profiling a generator: a call and a return for every step.
import sys

log = []

def profiler(frame, event, arg):
    if event in ('call', 'return'):
        log.append((frame.f_code.co_name, event, arg))

def gen():
    yield 'a'
    yield 'b'

def drive():
    return list(gen())

sys.setprofile(profiler)
drive()
sys.setprofile(None)
for entry in log:
    print(entry)
