# FileIO.name is an ordinary attribute: it may be replaced or deleted,
# and the repr then shows the descriptor; a name that leads back to the
# file itself makes repr() fail instead of recursing.
import io

raw = io.FileIO('/dev/null', 'rb')
raw.name = 'renamed'
print(repr(raw))
del raw.name
print(repr(raw).replace(str(raw.fileno()), 'N'))
for action in ('get', 'del'):
    try:
        raw.name if action == 'get' else delattr(raw, 'name')
    except AttributeError as e:
        print(action, e)
raw.name = raw
try:
    repr(raw)
except RuntimeError as e:
    print('RuntimeError', e)
raw.name = 7
print(repr(raw))
raw.close()
print(repr(raw))

buffered = open('/dev/null', 'rb')
del buffered.raw.name
print(repr(buffered))
buffered.close()
