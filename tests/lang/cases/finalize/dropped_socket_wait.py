# A socket dropped without close() is closed at the drop in CPython, so
# the other end of the pair becomes readable (end of file): a selector,
# select(), poll() or a blocking recv() waiting on it returns at once.
# Each wait below would last its whole timeout (or forever, for the
# blocking recv) if the dropped socket stayed open.
import select
import selectors
import socket

a, b = socket.socketpair()
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ)
del b
events = sel.select(timeout=30)
print("selector:", [(key.fileobj is a, mask) for key, mask in events])
print("recv after the drop:", a.recv(10))
sel.close()
a.close()

c, d = socket.socketpair()


def drop_global():
    global d
    d = None


drop_global()
print("select:", select.select([c], [], [], 30)[0] == [c])
c.close()

e, f = socket.socketpair()
p = select.poll()
p.register(e, select.POLLIN)
f = None
ready = p.poll(30000)
print("poll:", [(fd == e.fileno(), bool(mask & select.POLLIN)) for fd, mask in ready])
e.close()

g, h = socket.socketpair()
h = None
print("blocking recv:", g.recv(10))
g.close()
