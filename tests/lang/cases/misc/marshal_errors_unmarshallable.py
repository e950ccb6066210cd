# Types marshal does not know raise ValueError, even deep inside.
import marshal
class Sub(int):
    pass
class Other:
    pass
for v in [Other(), [1, Other()], {1: object}, len, Sub(3), {'a': {1, 2, (3, [object()])}}, iter([])]:
    try:
        marshal.dumps(v)
        print('no error', type(v))
    except ValueError as e:
        print('ValueError', e)
