# Subclasses of marshallable types are refused, except buffers.
import marshal
class MyList(list): pass
class MyDict(dict): pass
class MyStr(str): pass
class MyTuple(tuple): pass
class MyBytes(bytes): pass
for v in [MyList([1]), MyDict(a=1), MyStr('s'), MyTuple((1,)), MyBytes(b'b')]:
    try:
        print(type(v).__name__, marshal.dumps(v))
    except ValueError as e:
        print(type(v).__name__, 'ValueError', e)
