# Dotted decorators (@a.b, @a.b(args)) naming a variable of an enclosing
# function, in nested functions and class bodies.
import functools


class App:
    def route(self, path):
        def register(fn):
            print("route", path, fn.__name__)
            return fn
        return register


def make_app():
    app = App()

    @app.route("/")
    def index():
        pass

    def inner():
        @app.route("/inner")
        def other():
            pass
    inner()

    import abc

    class Base:
        marker = app

        @abc.abstractmethod
        def run(self):
            pass

        @functools.lru_cache(maxsize=None)
        def cached(self):
            return 1
    print(Base.run.__isabstractmethod__, Base.marker is app, Base().cached())

    class Nested:
        helper = staticmethod(lambda fn: fn)

        @helper.__func__
        def plain():
            return "plain"
    print(Nested.plain())


make_app()


def failing():
    obj = App()

    @obj.missing
    def f():
        pass


try:
    failing()
except AttributeError as e:
    print("AttributeError", e)
