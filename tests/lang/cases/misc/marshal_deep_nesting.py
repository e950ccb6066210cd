# Too deep to write or read.
import marshal
deep = []
for _ in range(2100):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print('dumps:', e)
try:
    marshal.loads(b'[\x01\x00\x00\x00' * 2100 + b'N')
except ValueError as e:
    print('loads:', e)
ok = []
for _ in range(1500):
    ok = [ok]
print(len(marshal.dumps(ok)))
