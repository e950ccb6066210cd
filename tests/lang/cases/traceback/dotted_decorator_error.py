# An uncaught error raised by a dotted decorator that names an enclosing
# function's variable.
def outer():
    cfg = {"a": 1}

    def inner():
        @cfg.nothing(1)
        def f():
            pass
    inner()


outer()
