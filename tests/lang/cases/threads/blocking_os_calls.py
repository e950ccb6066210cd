# os.read, os.write, os.spawnv's wait and os.system let other threads
# run while they block, as CPython releases its lock around them.
import os
import threading
import time

r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 100)))
t.start()
time.sleep(0.05)
print('main runs while the thread blocks in os.read')
os.write(w, b'hello')
t.join(5)
print(got, t.is_alive())

t2 = threading.Thread(target=lambda: got.append(os.spawnv(os.P_WAIT, '/bin/sleep', ['sleep', '0.2'])))
t2.start()
time.sleep(0.05)
print('main runs while the thread waits for its child')
t2.join(5)
print(got[-1], t2.is_alive())

t3 = threading.Thread(target=lambda: got.append(os.system('sleep 0.2; echo from-system')))
t3.start()
time.sleep(0.05)
print('main runs during os.system', flush=True)
t3.join(5)
print(got[-1], t3.is_alive())
os.close(r)
os.close(w)
