import selectors
import socket
import threading
import types

sel = selectors.DefaultSelector()


def accept(sock):
    conn, addr = sock.accept()
    conn.setblocking(False)
    data = types.SimpleNamespace(inb=b"", outb=b"")
    sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data=data)


def service(key, mask, stats):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv = sock.recv(1024)
        if recv:
            data.outb += recv[::-1]
            stats["bytes"] += len(recv)
        else:
            sel.unregister(sock)
            sock.close()
            stats["closed"] += 1
            return
    if mask & selectors.EVENT_WRITE and data.outb:
        sent = sock.send(data.outb)
        data.outb = data.outb[sent:]


def client(port, msg, results, idx):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(msg)
        got = b""
        while len(got) < len(msg):
            got += s.recv(1024)
        results[idx] = got


def main():
    lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    lsock.setblocking(False)
    sel.register(lsock, selectors.EVENT_READ, data=None)
    port = lsock.getsockname()[1]
    msgs = [b"hello", b"selectors", b"non-blocking io"]
    results = [None] * len(msgs)
    threads = [threading.Thread(target=client, args=(port, m, results, i)) for i, m in enumerate(msgs)]
    for t in threads:
        t.start()
    stats = {"bytes": 0, "closed": 0}
    while stats["closed"] < len(msgs):
        for key, mask in sel.select(timeout=5):
            if key.data is None:
                accept(key.fileobj)
            else:
                service(key, mask, stats)
    for t in threads:
        t.join()
    sel.unregister(lsock)
    lsock.close()
    sel.close()
    print(results)
    print(stats)
    print(selectors.EVENT_READ, selectors.EVENT_WRITE, isinstance(sel, selectors.BaseSelector))


main()
