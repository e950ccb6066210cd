# Argument checking of the four functions.
import marshal, io
calls = [lambda: marshal.dumps(), lambda: marshal.dumps(1, 2, 3), lambda: marshal.dumps(1, 2.0),
         lambda: marshal.dumps(1, 'v'), lambda: marshal.dumps(value=1), lambda: marshal.loads(),
         lambda: marshal.loads('str'), lambda: marshal.loads(b'N', 1), lambda: marshal.dump(1),
         lambda: marshal.load(), lambda: marshal.load(5), lambda: marshal.dump(1, 5),
         lambda: marshal.load(io.StringIO('text'))]
for call in calls:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
