# A value met twice is written once and referred to after (version 3+).
import marshal
shared = [1, 2]
print(marshal.dumps([shared, shared]))
back = marshal.loads(marshal.dumps([shared, shared]))
print(back, back[0] is back[1])
print(marshal.dumps(('a', 'a', 'b')))
print(marshal.dumps((1, 1, 1.5, 1.5)))
print(marshal.dumps([shared, shared], 2))
back2 = marshal.loads(marshal.dumps([shared, shared], 2))
print(back2[0] is back2[1])
