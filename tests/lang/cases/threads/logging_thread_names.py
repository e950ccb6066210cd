# Records made in threads carry the thread's name; a handler's lock keeps
# lines whole while several threads log at once.
import io, logging, threading

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
log = logging.getLogger("threads.demo")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

def work(n):
    for i in range(5):
        log.info("item %d of worker %d", i, n)

threads = [threading.Thread(target=work, args=(n,), name="w%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join(10)
log.warning("all joined")
lines = stream.getvalue().splitlines()
print(len(lines), lines[-1])
print(sorted(set(line.split()[0] for line in lines)))
print(all(line.split()[0] == "w" + line.split()[-1] for line in lines[:-1]))
