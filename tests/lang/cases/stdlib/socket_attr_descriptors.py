# socket.socket's family and type are properties of socket.py in 3.6
# (assignment and deletion say "can't set/delete attribute"); proto and
# timeout belong to _socket.socket, as a member and a getset.
import _socket
import socket


def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
show('set family', lambda: setattr(s, 'family', 1))
show('del family', lambda: delattr(s, 'family'))
show('set type', lambda: setattr(s, 'type', 1))
show('del type', lambda: delattr(s, 'type'))
show('get nosuch', lambda: s.nosuch)
show('set nosuch', lambda: setattr(s, 'nosuch', 1))
for name in ('family', 'type', 'proto', 'timeout'):
    print(name, name in socket.socket.__dict__, type(socket.socket.__dict__.get(name)).__name__,
          type(_socket.socket.__dict__[name]).__name__)
print(type(socket.socket.family).__name__, socket.socket.type.__doc__ is None)
print(s.family, s.type, s.proto, s.timeout)
s.close()
