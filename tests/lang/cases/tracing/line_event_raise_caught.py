# An exception from a local trace function's line event is raised in the
# frame at that line; the frame's own handler takes it.
import sys

def local(frame, event, arg):
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 3:
        raise KeyError('from tracer')
    return local

def glob(frame, event, arg):
    if frame.f_code.co_name == 'guarded':
        return local
    return None

def guarded():
    try:
        a = 1
        b = 2
    except KeyError as e:
        return 'handled %s' % e
    return 'not raised'

sys.settrace(glob)
print(guarded())
print(sys.gettrace())
