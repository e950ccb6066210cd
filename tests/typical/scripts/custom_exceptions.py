import sys
import traceback


class ToolError(Exception):
    """Base error of the tool."""


class ConfigError(ToolError):
    def __init__(self, key, problem):
        super().__init__("bad config key %r: %s" % (key, problem))
        self.key = key
        self.problem = problem


class NetworkError(ToolError):
    def __init__(self, host, port, cause=None):
        self.host = host
        self.port = port
        self.cause = cause
        super().__init__(host, port)

    def __str__(self):
        return "cannot reach %s:%d" % (self.host, self.port)


def load_config(cfg):
    try:
        port = int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port", "missing") from e
    except ValueError as e:
        raise ConfigError("port", "not a number") from e
    if not 0 < port < 65536:
        raise ConfigError("port", "out of range")
    return port


def connect(host, port):
    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except OSError as e:
        raise NetworkError(host, port, e)


def main():
    for cfg in ({"port": "443"}, {}, {"port": "x"}, {"port": "70000"}):
        try:
            print("port", load_config(cfg))
        except ConfigError as e:
            print("ConfigError:", e, "| key=%s problem=%s" % (e.key, e.problem),
                  "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
    try:
        connect("example.invalid", 443)
    except ToolError as e:
        print("caught:", e, repr(e), e.args)
        print("context:", type(e.__context__).__name__, e.__context__.errno, e.__context__.strerror)
        print("isinstance:", isinstance(e, Exception), isinstance(e, NetworkError), issubclass(NetworkError, ToolError))
    try:
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("while handling")
    except ValueError:
        lines = traceback.format_exc().splitlines()
        print("format_exc first:", lines[0])
        print("format_exc last:", lines[-1])
        print("mentions KeyError:", any("KeyError: 'missing'" in l for l in lines))
    try:
        1 / 0
    except ZeroDivisionError as e:
        etype, value, tb = sys.exc_info()
        print("exc_info:", etype.__name__, value, tb is not None)
        print("format_exception_only:", traceback.format_exception_only(etype, value))
    try:
        raise NetworkError("h", 1)
    except Exception:
        traceback.print_exc(file=sys.stdout)
    errors = []
    for v in ["1", "two", "3", None]:
        try:
            errors.append(int(v))
        except (TypeError, ValueError) as e:
            errors.append(type(e).__name__)
        else:
            errors.append("ok")
        finally:
            errors.append("|")
    print(errors)
    raise ConfigError("mode", "unsupported value 'fast'")


if __name__ == "__main__":
    main()
