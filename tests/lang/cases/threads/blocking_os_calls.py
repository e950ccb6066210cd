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
t.join(60)
print(got, t.is_alive())

t2 = threading.Thread(target=lambda: got.append(os.spawnv(os.P_WAIT, '/bin/sleep', ['sleep', '0.2'])))
t2.start()
time.sleep(0.05)
print('main runs while the thread waits for its child')
t2.join(60)
print(got[-1], t2.is_alive())

# the child echoes once main has printed (it waits for a line on a fifo)
import tempfile
fifo_dir = tempfile.mkdtemp()
fifo = os.path.join(fifo_dir, 'go')
os.mkfifo(fifo)
t3 = threading.Thread(target=lambda: got.append(os.system('read x < %s; echo from-system' % fifo)))
t3.start()
time.sleep(0.05)
print('main runs during os.system', flush=True)
with open(fifo, 'w') as f:
    f.write('go\n')
t3.join(60)
os.remove(fifo)
os.rmdir(fifo_dir)
print(got[-1], t3.is_alive())
os.close(r)
os.close(w)
