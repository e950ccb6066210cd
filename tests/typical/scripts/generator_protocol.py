"""A line protocol parser written as a coroutine-style generator, fed from a socketpair."""
import socket
import threading


def lines(sock, bufsize=7):
    pending = b""
    while True:
        chunk = sock.recv(bufsize)
        if not chunk:
            if pending:
                yield pending
            return
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            yield line


def parser():
    totals = {}
    count = 0
    while True:
        line = yield count
        if line is None:
            break
        cmd, _, arg = line.decode().partition(" ")
        if cmd == "ADD":
            key, value = arg.split("=")
            totals[key] = totals.get(key, 0) + int(value)
        count += 1
    return totals


def drive(source):
    p = parser()
    next(p)
    for line in source:
        n = p.send(line)
    try:
        p.send(None)
    except StopIteration as stop:
        return n, stop.value


def delegating(source):
    result = yield from parser_wrapper(source)
    return result


def parser_wrapper(source):
    seen = []
    for line in source:
        seen.append(len(line))
        yield len(line)
    return sum(seen)


def writer(sock):
    for part in [b"ADD a=1\nADD b=", b"2\nADD a=", b"40\nNOOP\n", b"ADD c=7"]:
        sock.sendall(part)
    sock.shutdown(socket.SHUT_WR)


a, b = socket.socketpair()
t = threading.Thread(target=writer, args=(a,))
t.start()
print("result:", drive(lines(b)))
t.join()
a.close()
b.close()
g = delegating([b"xx", b"yyy"])
print("delegated:", list(g))
gen = (i * i for i in range(5))
print("genexpr:", next(gen), list(gen), list(gen))


def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received:
                n = received
            n -= 1
    finally:
        print("countdown closed at", n)


c = countdown(5)
print(next(c), next(c), c.send(10), next(c))
c.close()
try:
    c.throw(ValueError("late"))
except ValueError as e:
    print("throw after close:", e)
c2 = countdown(3)
next(c2)
try:
    c2.throw(KeyError("inside"))
except KeyError as e:
    print("thrown out:", repr(e))
