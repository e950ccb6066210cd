# __del__ at the rebinding of a local: the old instance is finalized at
# once when nothing else holds it, and kept when something does.
import gc
import sys

log = []
keep = []


class Plain:
    count = 0

    def __init__(self, n):
        self.n = n
        self.tag = 'p%d' % n

    def __del__(self):
        print('del', self.tag)


def rebind_plain():
    for i in range(3):
        x = Plain(i)
        print('made', x.n)
    del x
    print('end rebind_plain')


class NoInit:
    def __del__(self):
        print('del NoInit')


def rebind_noinit():
    x = NoInit()
    x = NoInit()
    print('rebound')
    x = None
    print('end rebind_noinit')


class Registers:
    def __init__(self, n):
        self.n = n
        keep.append(self)

    def __del__(self):
        print('del Registers', self.n)


def rebind_registers():
    x = Registers(1)
    x = Registers(2)
    print('kept', [r.n for r in keep])


class Copied:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del Copied', self.n)


def rebind_copied():
    x = Copied(1)
    y = x
    x = Copied(2)
    print('y is', y.n)
    y = None
    print('end rebind_copied')


def rebind_locals():
    x = Copied(3)
    snap = locals()
    x = Copied(4)
    print('snapshot holds', snap['x'].n)
    snap = None
    print('end rebind_locals')


class Grabs:
    def __init__(self, n):
        self.n = n
        self.f = sys._getframe().f_locals

    def __del__(self):
        print('del Grabs', self.n)


def rebind_grabs():
    x = Grabs(1)
    x = Grabs(2)
    print('rebound')
    gc.collect()
    x = None
    gc.collect()
    print('end rebind_grabs')


class Prop:
    @property
    def me(self):
        keep.append(self)
        return 1

    def __init__(self, n):
        self.n = n
        self.me

    def __del__(self):
        print('del Prop', self.n)


def rebind_prop():
    x = Prop(1)
    x = Prop(2)
    print('kept', [type(k).__name__ for k in keep])


class Hook:
    def __getattr__(self, name):
        keep.append(self)
        return 0

    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del Hook', self.n)


def rebind_hook():
    x = Hook(1)
    x.missing
    x = Hook(2)
    print('hooked', len(keep))


class Meth:
    def __init__(self, n):
        self.n = n

    def stash(self):
        keep.append(self)

    def __del__(self):
        print('del Meth', self.n)


def rebind_method():
    x = Meth(1)
    x.stash()
    x = Meth(2)
    print('stashed', keep[-1].n)


def rebind_weak():
    import weakref
    x = Copied(5)
    r = weakref.ref(x, lambda ref: print('callback'))
    x = Copied(6)
    print('weak dead', r() is None)


def rebind_appended():
    x = Copied(7)
    keep.append(x)
    x = Copied(8)
    print('appended', keep[-1].n)


class Super(Plain):
    def __init__(self, n):
        super().__init__(n)
        self.tag = 's%d' % n


def rebind_super():
    x = Super(1)
    x = Super(2)
    print('end rebind_super')


def delete_local():
    x = Plain(9)
    del x
    print('end delete_local')


def returns_plain():
    x = Plain(10)
    x.n
    y = NoInit()
    return x.tag


def returns_instance():
    x = Plain(11)
    return x


saved_exc = []


class Marks:
    # Its __del__ leaves a mark instead of printing: the time of the call
    # after the last reference goes is not what these cases look at.
    def __init__(self, n):
        self.n = n

    def __del__(self):
        self.n = 'finalized'


def returns_after_traceback():
    x = Marks(12)
    try:
        raise ValueError
    except ValueError as e:
        saved_exc.append(e)
    return


def returns_after_getframe():
    x = Marks(13)
    f = sys._getframe()
    keep.append(f)


def bound_special():
    x = Marks(14)
    m = x.__init__
    x = Marks(15)
    print('bound method holds', m.__self__.n)


def after_return():
    print('returned', returns_plain())
    r = returns_instance()
    print('got', r.n)
    r = None
    returns_after_traceback()
    print('traceback kept', saved_exc[0].__traceback__.tb_frame.f_locals['x'].n)
    saved_exc.clear()
    print('cleared')
    returns_after_getframe()
    print('frame kept', keep[-1].f_locals['x'].n)
    keep.pop()
    print('popped')


for fn in (after_return, bound_special, rebind_plain, rebind_noinit, rebind_registers, rebind_copied,
           rebind_locals, rebind_grabs, rebind_prop, rebind_hook,
           rebind_method, rebind_weak, rebind_appended, rebind_super,
           delete_local):
    print('--', fn.__name__)
    fn()
while keep:
    k = keep.pop()
    k = None
print('done')
