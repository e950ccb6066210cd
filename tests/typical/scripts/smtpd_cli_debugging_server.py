"""Run `python -m smtpd -n -c DebuggingServer` as a local test mail server,
send it mail with smtplib (STARTTLS refused, as it offers none), stop it
with Ctrl-C and show what it printed; then its command-line errors."""
import signal
import smtplib
import socket
import subprocess
import sys
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_ready(port, proc):
    for _ in range(200):
        if proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def run_server():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "smtpd", "-n", "-c", "DebuggingServer",
         "127.0.0.1:%d" % port],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        print("server ready:", wait_ready(port, proc))
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            code, _ = client.ehlo("tester.example")
            print("EHLO", code, sorted(client.esmtp_features))
            print("has starttls:", client.has_extn("starttls"))
            try:
                client.starttls()
            except smtplib.SMTPNotSupportedError as exc:
                print("starttls refused:", exc)
            refused = client.sendmail(
                "alerts@example.org", ["ops@example.org", "dev@example.org"],
                "Subject: cert expiry\r\nFrom: alerts@example.org\r\n\r\n"
                "www.example.org expires in 9 days\r\n.leading dot\r\n")
            print("refused:", refused)
            print("NOOP", client.noop())
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    print("exit status:", proc.returncode)
    print("stdout:")
    for line in out.decode().splitlines():
        print("  " + line.replace(str(port), "<port>"))
    print("stderr lines:", len(err.splitlines()))


def run_cli(*args):
    proc = subprocess.run([sys.executable, "-m", "smtpd"] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=30)
    err = proc.stderr.decode().splitlines()
    print("%-28s exit %d  stdout %r  last stderr %r" % (
        " ".join(args), proc.returncode, proc.stdout.decode().strip(),
        err[-1] if err else ""))


def main():
    run_server()
    run_cli("--version")
    run_cli("-V")
    run_cli("-s", "big")
    run_cli("--frobnicate")
    run_cli("-c")
    run_cli("one:1", "two:2", "three:3")
    run_cli("-n", "nocolon")
    run_cli("-n", "localhost:port")
    run_cli("-n", "localhost:0", "remote")
    run_cli("-n", "localhost:0", "remote:x")
    run_cli("-n", "-c", "NoSuchServer", "127.0.0.1:0")


main()
