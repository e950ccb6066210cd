import os
import subprocess
import sys

os.environ["APP_MODE"] = "testing"
os.environ.setdefault("APP_LEVEL", "3")
print("getenv:", os.getenv("APP_MODE"), os.getenv("APP_LEVEL"), os.getenv("APP_MISSING", "default"))
print("in environ:", "APP_MODE" in os.environ, os.environ.get("APP_MISSING") is None)

out = subprocess.check_output(["sh", "-c", 'echo "$APP_MODE/$APP_LEVEL"'])
print("child sees:", out.decode().strip())
out = subprocess.run(["sh", "-c", 'echo "${APP_MODE:-unset}"'], stdout=subprocess.PIPE,
                     env={"PATH": os.environ["PATH"]}, universal_newlines=True).stdout
print("explicit env:", out.strip())
env = dict(os.environ, EXTRA="1")
print("merged env:", subprocess.check_output("echo $EXTRA$APP_MODE", shell=True, env=env).decode().strip())
del os.environ["APP_MODE"]
print("after del:", os.getenv("APP_MODE"), subprocess.check_output("echo x${APP_MODE}x", shell=True).strip())
print("os.system status:", os.system("exit 3") >> 8)
with os.popen("echo popen; echo two") as p:
    print("popen lines:", p.read().splitlines())
print("popen close:", os.popen("exit 2").close())

r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(4)", "a", "b"],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print("returncode:", r.returncode, r.stdout.decode().strip().replace('"', "'"))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, e.cmd, str(e))
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, e.timeout)
try:
    subprocess.Popen(["/no/such/program"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"through cat\n")
print("communicate:", out, err, p.returncode)
p = subprocess.Popen("echo err >&2; echo out", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print("stderr merged:", sorted(p.stdout.read().split()))
p.wait()
print("getoutput:", subprocess.getoutput("echo hi; exit 1"), subprocess.getstatusoutput("exit 5"))
print("DEVNULL:", subprocess.call("echo hidden", shell=True, stdout=subprocess.DEVNULL))
os.environ.update(A1="x", A2="y")
print("update:", os.environ["A1"] + os.environ["A2"], subprocess.check_output("echo $A1$A2", shell=True))
print("environ pop:", os.environ.pop("A1"), os.environ.pop("NOPE", "dflt"))
try:
    os.environ["BAD"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ["NOPE"]
except KeyError as e:
    print("KeyError:", e)
