# An instance of a class derived from bytearray is a read-write buffer
# wherever one is asked for (recv_into, pack_into, readinto), called
# from module level or from a function.
import io, socket, struct


class Buf(bytearray):
    pass


def fill(buf):
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"xy")
        got = b.recv_into(buf)
    struct.pack_into("B", buf, 3, 65)
    return got, io.BytesIO(b"q").readinto(memoryview(buf)[2:]), bytes(buf)


print(fill(Buf(5)))
buf = Buf(4)
print(struct.pack_into(">H", buf, 0, 258), buf, type(buf).__name__)
with open(__file__, "rb") as f:
    print(f.readinto(buf), bytes(buf))
