# The NULL code ends a dict; elsewhere it is a TypeError.
import marshal
print(marshal.loads(b'{N0'), marshal.loads(b'{\xe9\x01\x00\x00\x00N0'))
for data in [b'0', b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'>\x01\x00\x00\x000']:
    try:
        marshal.loads(data)
    except TypeError as e:
        print('TypeError', e)
