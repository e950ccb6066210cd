# sys.excepthook receives an exception that ends the script, with
# sys.last_type/last_value/last_traceback set first
import sys

print(hasattr(sys, "last_value"))


def hook(kind, value, tb):
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("hook:", kind.__name__, value, frames, sys.last_value is value, sys.last_type is kind)


sys.excepthook = hook


class ConfigError(Exception):
    pass


def load(path):
    raise ConfigError("no such file: %s" % path)


load("app.ini")
