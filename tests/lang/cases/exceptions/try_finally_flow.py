# try/except/else/finally control flow: return, break and continue in
# finally, exceptions replaced in handlers, bare raise, exception
# variables deleted after the handler.
def flow(kind):
    log = []
    for i in range(2):
        try:
            log.append('try%d' % i)
            if kind == 'raise':
                raise ValueError(i)
            if kind == 'break':
                break
            if kind == 'continue':
                continue
            if kind == 'return':
                return log + ['returned']
        except ValueError as e:
            log.append('except %s' % e)
        else:
            log.append('else')
        finally:
            log.append('finally%d' % i)
    return log
for kind in ('none', 'raise', 'break', 'continue', 'return'):
    print(kind, flow(kind))

def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())

def finally_swallows():
    for _ in range(1):
        try:
            raise KeyError('lost')
        finally:
            break
    return 'swallowed'
print(finally_swallows())

def handler_var():
    try:
        raise ValueError('v')
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return 'NameError: ' + str(e)
print(handler_var())

def bare_raise():
    try:
        raise
    except RuntimeError as e:
        return 'RuntimeError: ' + str(e)
print(bare_raise())

def reraise_after_other():
    try:
        raise KeyError('orig')
    except KeyError:
        try:
            raise ValueError('temp')
        except ValueError:
            pass
        raise
try:
    reraise_after_other()
except KeyError as e:
    print('re-raised', repr(e))

def except_tuple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
print(except_tuple(IndexError), except_tuple(KeyError('k')), except_tuple(ZeroDivisionError))

try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError:', e)

def nested_finally():
    out = []
    try:
        try:
            raise ValueError('inner')
        finally:
            out.append('inner finally')
    except ValueError:
        out.append('outer except')
    finally:
        out.append('outer finally')
    return out
print(nested_finally())
try:
    raise StopIteration('x')
except Exception as e:
    print(type(e).__name__, e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError from 42
except TypeError as e:
    print('TypeError:', e)
