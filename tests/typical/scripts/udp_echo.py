import socket
import struct
import threading
import time


def server(sock, stop):
    while not stop.is_set():
        try:
            data, addr = sock.recvfrom(2048)
        except socket.timeout:
            continue
        seq, = struct.unpack("!I", data[:4])
        sock.sendto(struct.pack("!I", seq) + data[4:].upper(), addr)


srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("127.0.0.1", 0))
srv.settimeout(0.1)
stop = threading.Event()
th = threading.Thread(target=server, args=(srv, stop))
th.start()

cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
cli.settimeout(20)
addr = srv.getsockname()
for seq, word in enumerate(["ping", "datagram", "udp"]):
    cli.sendto(struct.pack("!I", seq) + word.encode(), addr)
    data, peer = cli.recvfrom(2048)
    print(struct.unpack("!I", data[:4])[0], data[4:], peer == addr)
cli.connect(addr)
cli.send(struct.pack("!I", 99) + b"connected")
print(cli.recv(100)[4:], cli.getpeername() == addr)
stop.set()
th.join()
srv.close()
lonely = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
lonely.bind(("127.0.0.1", 0))
lonely.settimeout(0.2)
start = time.monotonic()
try:
    lonely.recvfrom(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__, isinstance(e, OSError), time.monotonic() - start >= 0.15)
print("type:", lonely.family == socket.AF_INET, lonely.gettimeout())
lonely.close()
cli.close()
try:
    cli.send(b"x")
except OSError as e:
    print("closed socket:", e.errno, e)
