def f(n):
    try:
        try:
            if n == 0:
                raise ValueError('v')
            if n == 1:
                raise KeyError('k')
            if n == 2:
                return 'ret'
        except ValueError as e:
            print('inner except', e)
            raise TypeError('t') from e
        except (KeyError, IndexError):
            print('tuple except')
        else:
            print('inner else')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer', e, type(e.__cause__).__name__)
    except:
        print('bare')
    else:
        print('outer else')
    finally:
        print('outer finally')
    return n
for n in range(4):
    print(f(n))
try:
    pass
finally:
    print('only finally')
try:
    raise
except RuntimeError as e:
    print('reraise', e)
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as e:
            return repr(e.__context__)
print(ctx())
