# threading.settrace installs the trace function in new threads.
import sys
import threading

log = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'task':
        log.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def task():
    a = 1
    return a

threading.settrace(tracer)
t = threading.Thread(target=task)
t.start()
t.join()
threading.settrace(None)
print(log)
print(sys.gettrace())
