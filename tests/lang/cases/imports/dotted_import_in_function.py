# `import a.b.c` in a function binds a as a local of the function (not a
# module global), whether or not the body reads it afterwards.
import tree

tree.make({'outer/__init__.py': '', 'outer/mid/__init__.py': '',
           'outer/mid/inner/__init__.py': '', 'outer/mid/inner/leaf.py': 'X = 7\n'})


def store_only():
    import outer.mid.inner.leaf
    return sorted(locals())


def store_and_read():
    import outer.mid.inner, outer.mid.inner.leaf
    return outer.mid.inner.leaf.X


def with_blocks():
    with open(__file__) as f:
        import outer.mid.inner.leaf  # a comment after the statement
        return type(outer).__name__, outer.__name__


print(store_only())
print(store_and_read())
print("outer" in globals())
print(with_blocks())
print(store_only.__code__.co_varnames)


class Holder:
    import outer.mid.inner
    seen = outer.mid.inner.__name__


print(Holder.seen, sorted(k for k in vars(Holder) if not k.startswith("_")))
import outer.mid.inner.leaf
print(outer.mid.inner.leaf.X, "outer" in globals())
