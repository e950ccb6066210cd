# Raising code and tracebacks keep their file name and lines.
import marshal, traceback
code = compile('x = 1\ny = 2\nraise ValueError("from marshalled code")\n', 'raiser.py', 'exec')
back = marshal.loads(marshal.dumps(code))
try:
    exec(back, {})
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)[-1]
    print(e, tb.filename, tb.lineno)
