# setattr/delattr on built-in types through every route is refused with
# 3.6's message; reading still works.
import types

for target in (int, types.FunctionType, type(None), type(len), type([].append), range, slice, property):
    for action in ('set', 'del'):
        try:
            if action == 'set':
                setattr(target, 'new_attr', 1)
            else:
                delattr(target, 'count')
        except (TypeError, AttributeError) as exc:
            print(action, type(exc).__name__, exc)
try:
    type.__setattr__(int, 'x', 1)
except TypeError as exc:
    print('type.__setattr__', exc)
print(int.__name__, hasattr(int, 'new_attr'))
