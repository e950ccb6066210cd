# Daemon threads that read os.__file__ in a loop (as CPython's threading
# tests do) run, and the interpreter exits with them still running.
import os
import sys
import threading
import time

print(os.path.isfile(os.__file__))
with open(os.__file__, 'rb') as f:
    print(len(f.read(200)))

seen = set()


def reader():
    while True:
        with open(os.__file__, 'rb') as f:
            f.read(200)
        seen.add(threading.current_thread())
        time.sleep(0.001)


for _ in range(5):
    threading.Thread(target=reader, daemon=True).start()
deadline = time.monotonic() + 30
while len(seen) < 5 and time.monotonic() < deadline:
    time.sleep(0.001)
print(len(seen))
sys.exit(0)
