# current_thread() in a thread that _thread started is a _DummyThread:
# named from the same counter as Thread-N, a daemon, alive, not joinable,
# and listed by enumerate() from then on.
import _thread, threading

a = threading.Thread()
gate = _thread.allocate_lock()
gate.acquire()
seen = []

def alien():
    me = threading.current_thread()
    seen.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                 me is threading.current_thread(), me.ident == _thread.get_ident()))
    try:
        me.join()
    except AssertionError as e:
        seen.append(str(e))
    r = repr(me)  # the ident (last number) varies; a small one may also be in the name
    seen.append(r[:r.rindex(str(me.ident))] + 'IDENT' + r[r.rindex(str(me.ident)) + len(str(me.ident)):])
    gate.release()

_thread.start_new_thread(alien, ())
gate.acquire()
b = threading.Thread()
print(a.name, b.name)
for item in seen:
    print(item)
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
