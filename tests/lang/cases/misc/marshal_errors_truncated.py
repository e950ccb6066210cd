# Truncated data raises EOFError with 3.6's two messages.
import marshal
full = marshal.dumps({'key': [1, 2.5, 'text', 2**80]})
for cut in [0, 1, 3, 6, 10, len(full) - 1]:
    try:
        marshal.loads(full[:cut])
        print(cut, 'loaded')
    except EOFError as e:
        print(cut, 'EOFError', e)
