# argument count errors of the builtins, in CPython 3.6's wording
for call in [
    'abs()', 'hash()', 'id()', 'repr()', 'callable()', 'hex()',
    'bin(1, 2)', 'oct()', 'ascii()', 'chr()', 'ord()', 'len()',
    'vars(1, 2)', 'dir(1, 2)', 'divmod(1, 2, 3)', 'pow(1)', 'sum()', 'any()',
    'all(1, 2)', 'isinstance(1)', 'issubclass(int)', 'setattr(1, 2)', 'delattr(1)', 'hasattr(1)',
    'getattr()', 'next()', 'iter()', 'sorted()', 'reversed()', 'enumerate()',
    'zip(1)', 'map(len)', 'filter(None)', 'min(1)', 'max(1, key=len, default=2)', 'input(1, 2)',
    'open()', 'super(1)', 'range()', 'range(1, 2, 3, 4)', 'range(1, 2, 0)', 'slice()',
    'int(1, 2)', 'list(1, 2)', 'tuple(1, 2)', 'dict(1, 2)', 'set(1, 2)', 'frozenset(1, 2)',
    'bool(1, 2)', "complex('1', 2)", 'object(1)', 'type()', 'property(1, 2, 3, 4, 5)',
]:
    try:
        eval(call)
        print(call, 'ok')
    except Exception as e:
        print(call, '->', type(e).__name__, e)
print([].append.__name__)
for call in ['[].append()', '[].append(1, 2)', '{}.get()', "'a'.join()", "'a'.strip('a', 'b')", '[].pop(1, 2)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
