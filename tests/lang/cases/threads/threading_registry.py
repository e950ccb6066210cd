# threading's registry under CPython's names: _active maps idents to the
# running Thread objects (a _DummyThread for a thread _thread started),
# _limbo holds the threads being started, and start() goes through
# threading._start_new_thread, so a failure there leaves _limbo clean.
import _thread, threading, time

main = threading.main_thread()
print(threading._active[threading.get_ident()] is main, len(threading._limbo))

seen = []
done = threading.Event()
def foreign():
    me = threading.current_thread()
    seen.append((type(me).__name__, threading._active.get(threading.get_ident()) is me, me.daemon))
    done.set()
_thread.start_new_thread(foreign, ())
print(done.wait(5), seen)

def refuse(*args):
    raise threading.ThreadError("no threads today")
saved = threading._start_new_thread
threading._start_new_thread = refuse
try:
    t = threading.Thread(target=print)
    try:
        t.start()
    except threading.ThreadError as e:
        print("ThreadError", e)
    print(t in threading._limbo, t.is_alive(), t.ident)
finally:
    threading._start_new_thread = saved

t = threading.Thread(target=time.sleep, args=(0.05,))
t.start()
print(threading._active.get(t.ident) is t, t in threading._limbo)
t.join(5)
print(t.ident in threading._active)
