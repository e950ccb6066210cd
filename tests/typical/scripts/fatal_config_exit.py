"""A deployment checker that fails the way real tools fail: warnings to
stderr, a custom exception that escapes main() and prints a chained
traceback ("During handling..." and "The above exception was the direct
cause..."), after sys.exit paths were exercised in helper runs."""
import json
import os
import ssl
import sys
import tempfile


class ConfigError(Exception):
    pass


def load_config(path):
    with open(path) as f:
        conf = json.load(f)
    try:
        conf["port"] = int(conf.get("port", 443))
    except ValueError as exc:
        raise ConfigError("config %s has a bad port" % os.path.basename(path)) from exc
    return conf


def build_context(conf):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        ctx.load_verify_locations(conf["cafile"])
    except KeyError:
        raise ConfigError("config lacks 'cafile'")
    return ctx


def exits(code):
    try:
        sys.exit(code)
    except SystemExit as exc:
        return exc.code, type(exc.code).__name__


def main():
    print("exit codes:", exits(0), exits(3), exits("message"), exits(None))
    with tempfile.TemporaryDirectory() as d:
        good = os.path.join(d, "good.json")
        with open(good, "w") as f:
            json.dump({"hosts": ["a", "b"]}, f)
        bad = os.path.join(d, "bad.json")
        with open(bad, "w") as f:
            f.write('{"hosts": ["a"], "port": "https"}')
        conf = load_config(good)
        print("hosts:", conf["hosts"], "port:", conf["port"])
        try:
            build_context(conf)
        except ConfigError as exc:
            print("warning:", exc, "| context:", type(exc.__context__).__name__, file=sys.stderr)
        sys.stderr.flush()
        try:
            load_config(bad)
        except ConfigError as exc:
            cause = exc.__cause__
            print("cause:", type(cause).__name__, cause.args)
        sys.stdout.flush()
        conf = load_config(bad)
    print("not reached", conf)


if __name__ == "__main__":
    main()
