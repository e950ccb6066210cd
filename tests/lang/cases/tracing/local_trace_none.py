# A global trace function that answers None for a frame leaves it
# without line events; one that answers a function traces it.
import sys

log = []

def local(frame, event, arg):
    log.append(('local', frame.f_code.co_name, event))
    return local

def global_trace(frame, event, arg):
    log.append(('global', frame.f_code.co_name, event))
    if frame.f_code.co_name.startswith('traced'):
        return local
    return None

def untraced_one():
    a = 1
    return a

def traced_one():
    b = untraced_one()
    return b

sys.settrace(global_trace)
traced_one()
sys.settrace(None)
for entry in log:
    print(entry)
