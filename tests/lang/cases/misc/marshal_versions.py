# Every format version writes the same value its own way.
import marshal
value = (1.5, 'abc', 'caf\u00e9', 2**70, 1 + 2j, [None], ('x', 'x'))
for version in range(5):
    data = marshal.dumps(value, version)
    print(version, data)
    print(marshal.loads(data) == value)
print(marshal.version, marshal.dumps(1, 9) == marshal.dumps(1))
