# A compiled module survives dumps/loads and runs.
import marshal
source = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
total = sum(fib(i) for i in range(10))
print('total', total, fib(30), b'bytes const', 2**70, 1.25j)
'''
code = compile(source, 'fibmod.py', 'exec')
back = marshal.loads(marshal.dumps(code))
print(type(back).__name__, back.co_filename, back.co_name, back.co_names == code.co_names)
exec(back, {})
