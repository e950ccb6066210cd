# At exit the interpreter waits for non-daemon threads (a Timer among
# them) and not for daemon ones; the main thread counts as ended then, and
# atexit callbacks run after the joins.
import atexit, sys, threading, time

atexit.register(lambda: print('atexit runs last', threading.active_count()))
main = threading.main_thread()
log = []
# Events, not sleeps, order the lines: a loaded machine can stall any
# thread for longer than a sleep.
watched = threading.Event()
nested_done = threading.Event()

def worker():
    watched.wait(60)
    print('worker sees main alive:', main.is_alive())
    threading.Thread(target=nested, name='nested').start()

def nested():
    print('nested thread started at exit finishes')
    nested_done.set()

def watcher():
    main.join()
    print('watcher: main joined, alive:', main.is_alive(), repr(main).split(',')[1].split()[0])
    watched.set()

def late():
    nested_done.wait(60)
    print('timer fires after main ends')

threading.Thread(target=worker, name='worker').start()
threading.Thread(target=watcher, name='watcher').start()
threading.Timer(0.01, late).start()
quiet = threading.Timer(30, print, args=('never printed',))
quiet.daemon = True
quiet.start()
threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
print('main done', threading.active_count(), main.is_alive())
sys.exit(3)
