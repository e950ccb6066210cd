# A function's __code__ round-trips and runs under exec with arguments
# taken from the namespace.
import marshal
def scale():
    return [v * factor for v in values]
code = marshal.loads(marshal.dumps(scale.__code__))
print(code.co_name, code.co_argcount, len(code.co_consts) == len(scale.__code__.co_consts))
ns = {'values': [1, 2], 'factor': 3}
exec(code, ns)
print(sorted(k for k in ns if k != '__builtins__'))
