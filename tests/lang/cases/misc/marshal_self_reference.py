# A list or dict that holds itself survives the round trip.
import marshal
a = [1]
a.append(a)
b = marshal.loads(marshal.dumps(a))
print(b[0], b[1] is b, marshal.dumps(a))
d = {}
d['me'] = d
e = marshal.loads(marshal.dumps(d))
print(e['me'] is e)
