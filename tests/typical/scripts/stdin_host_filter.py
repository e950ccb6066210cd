"""A filter that reads host:port lines from stdin (fileinput-style
loop over sys.stdin), validates and normalises them, and writes a
report; the script runs itself as a child with piped input through
subprocess and sys.executable, then checks the child's exit status
and stderr."""
import json
import subprocess
import sys

SAMPLE = """\
# hosts to check
example.test:443
  API.Example.Test:8443
bad line here
mail.example.test
[::1]:993
localhost:99999
example.test:443
"""


def parse(line):
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    if " " in line:
        raise ValueError("spaces in %r" % line)
    if line.startswith("["):
        host, _, rest = line[1:].partition("]")
        port = rest.lstrip(":") or "443"
    else:
        host, _, port = line.partition(":")
        port = port or "443"
    port = int(port)
    if not 0 < port < 65536:
        raise ValueError("port out of range: %d" % port)
    return host.lower(), port


def child():
    seen, errors = [], 0
    for number, line in enumerate(sys.stdin, 1):
        try:
            item = parse(line)
        except ValueError as exc:
            errors += 1
            print("line %d: %s" % (number, exc), file=sys.stderr)
            continue
        if item and item not in seen:
            seen.append(item)
    json.dump({"hosts": ["%s:%d" % hp for hp in seen], "errors": errors}, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")
    return 2 if errors else 0


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.exit(child())
    print("stdin is a tty:", sys.stdin.isatty())
    print("stdin read:", repr(sys.stdin.read()))
    try:
        input("prompt> ")
    except EOFError:
        print("\nEOFError from input()")
    proc = subprocess.run([sys.executable, sys.argv[0], "--child"], input=SAMPLE, universal_newlines=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    print("child exit:", proc.returncode)
    print("child stdout:", json.loads(proc.stdout))
    for line in proc.stderr.splitlines():
        print("child stderr:", line)
    proc = subprocess.run([sys.executable, sys.argv[0], "--child"], input=b"a:1\nb:2\n",
                          stdout=subprocess.PIPE)
    print("second child:", proc.returncode, proc.stdout)
    p = subprocess.Popen([sys.executable, "-c", "import sys\nfor l in sys.stdin: print(l.strip()[::-1])"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, universal_newlines=True)
    out, _ = p.communicate("abc\ntls\n")
    print("reversed:", out.split(), p.returncode)


if __name__ == "__main__":
    main()
