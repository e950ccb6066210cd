# Profile events when an exception ends frames: 'return' with None.
import sys

log = []

def profiler(frame, event, arg):
    if event in ('call', 'return'):
        log.append((frame.f_code.co_name, event, arg))

def bad():
    raise IndexError("gone")

def mid():
    bad()

def outer():
    try:
        mid()
    except IndexError:
        return 'handled'

sys.setprofile(profiler)
outer()
sys.setprofile(None)
for entry in log:
    print(entry)
