# True and 1 stay distinct; interned strings share one reference.
import marshal
data = marshal.dumps([True, 1, False, 0, 'key', 'key'])
print(data)
print(marshal.loads(data))
print([type(x).__name__ for x in marshal.loads(data)])
