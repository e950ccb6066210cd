"""What the builtins_errors cases share: t(src) evaluates one call (in
namespace ns, by default this module's) and prints its value (a str's
ascii(), another value's type) or the exception it raised; o is an
instance of a class with nothing special."""


class Odd:
    pass


o = Odd()


def t(src, ns=None):
    try:
        r = eval(src, ns)
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
    else:
        print(src, '->', ascii(r) if isinstance(r, str) else type(r).__name__)


# Builtins a sweep leaves out: they read stdin, print, exit or open files.
SKIP = {'input', 'exit', 'quit', 'help', 'breakpoint', 'copyright',
        'credits', 'license', 'open', 'print'}


def sweep(arg_sets, **kwargs):
    """Calls every builtin function and type of CPython 3.6 (exceptions
    and SKIP aside) with each tuple of arg_sets and kwargs, and prints
    the type of the result or the exception, addresses masked."""
    import builtins
    import re
    for n in sorted(dir(builtins)):
        f = getattr(builtins, n)
        if n.startswith('_') or n in SKIP or not callable(f):
            continue
        if isinstance(f, type) and issubclass(f, BaseException):
            continue
        for args in arg_sets:
            try:
                s = 'OK ' + type(f(*args, **kwargs)).__name__
            except Exception as e:
                s = type(e).__name__ + ': ' + re.sub(r'0x[0-9a-f]+', 'ADDR', str(e))
            print(n, len(args), s)
