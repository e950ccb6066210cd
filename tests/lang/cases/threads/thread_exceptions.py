# An exception escaping a thread's function is printed to stderr with its
# traceback; SystemExit ends the thread silently; the process carries on.
import _thread, time, sys

def fail(n):
    raise ValueError("bad %d" % n)

class Runner:
    def __repr__(self):
        return "<Runner>"
    def __call__(self):
        try:
            fail(7)
        finally:
            gate.release()

gate = _thread.allocate_lock()
gate.acquire()
_thread.start_new_thread(Runner(), ())
gate.acquire()
time.sleep(0.2)

def quiet():
    try:
        sys.exit(3)
    finally:
        gate.release()
_thread.start_new_thread(quiet, ())
gate.acquire()
time.sleep(0.1)

def exits():
    try:
        _thread.exit()
    finally:
        gate.release()
_thread.start_new_thread(exits, ())
gate.acquire()
time.sleep(0.1)
print("main still runs", _thread._count())
