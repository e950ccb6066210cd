# sys._current_frames(): every running thread's innermost frame, whose
# f_back chain and f_lineno are read while that thread is blocked.
import sys
import threading
import time

started = threading.Event()
gate = threading.Lock()
gate.acquire()


def napping():
    started.set()
    gate.acquire(timeout=60)


def worker():
    napping()


t = threading.Thread(target=worker)
t.start()
started.wait(60)
deadline = time.monotonic() + 60
while sys._current_frames()[t.ident].f_lineno != 14 and time.monotonic() < deadline:
    time.sleep(0.01)  # until the thread waits in napping's line 14
frames = sys._current_frames()
print(type(frames).__name__, len(frames))
print(threading.get_ident() in frames, t.ident in frames)
mine = frames[threading.get_ident()]
print(mine.f_code.co_name, mine.f_lineno)
other = frames[t.ident]
chain = []
f = other
while f is not None and f.f_code.co_filename == __file__:
    chain.append((f.f_code.co_name, f.f_lineno))
    f = f.f_back
print(chain)
gate.release()
t.join()
print(list(sys._current_frames()) == [threading.get_ident()])
try:
    sys._current_frames(1)
except TypeError as e:
    print("TypeError", e)
