# Daemon threads busy with file I/O and sleeps do not stop the process
# from exiting through sys.exit() once each has run.
import os, random, sys, threading, time

ran = set()

def churn():
    while True:
        with open(__file__, "rb") as src:
            head = src.read(100)
        with open(os.devnull, "wb") as sink:
            sink.write(head)
        time.sleep(random.random() / 2000)
        ran.add(threading.current_thread().name)

for n in range(20):
    threading.Thread(target=churn, daemon=True, name="churn%d" % n).start()
deadline = time.time() + 10
while len(ran) < 20 and time.time() < deadline:
    time.sleep(0.001)
print(len(ran))
sys.exit(0)
