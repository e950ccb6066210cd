# Setting an attribute on a value with no __dict__: CPython's generic
# messages by tp_name, 'is read-only' for a name the type has.
import socket, datetime, re
s = socket.socket()
for o in [3, 'x', [], (), {}, 1.5, None, datetime.date(2000,1,1), s, iter([]), object(), range(2), b'']:
    for n in ['zzz', 'bit_length', 'append', 'count', 'real', 'recv_into', 'year', '__len__', 'pattern', '__class__', '__doc__']:
        try:
            setattr(o, n, 5)
            print(type(o).__name__, n, 'ok')
        except (AttributeError, TypeError) as e:
            print(type(o).__name__, n, type(e).__name__, e)
s.close()
