"""A capturing smtpd.SMTPServer on an asyncore loop thread, fed by smtplib; smtpd's debug stream shown."""
import asyncore
import email.message
import io
import smtpd
import smtplib
import threading


class CapturingServer(smtpd.SMTPServer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inbox = []

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        if any(r.endswith("@blocked.example") for r in rcpttos):
            return "550 mailbox unavailable"
        self.inbox.append((mailfrom, tuple(rcpttos), data, kwargs.get("mail_options")))
        return None


def run_loop(stop):
    while not stop.is_set():
        asyncore.loop(timeout=0.05, count=1)


def scrub(text, port):
    out = []
    for line in text.splitlines():
        if line.startswith(("Peer:", "Incoming connection", "CapturingServer started")):
            line = line.split(" ")[0] + " <address>"
        elif line.startswith("\tLocal addr") or line.startswith("\tRemote addr"):
            continue
        out.append(line.replace(str(port), "<port>"))
    return out


def main():
    debug = io.StringIO()
    smtpd.DEBUGSTREAM = debug
    server = CapturingServer(("127.0.0.1", 0), None, decode_data=False)
    port = server.socket.getsockname()[1]
    stop = threading.Event()
    loop = threading.Thread(target=run_loop, args=(stop,))
    loop.start()
    try:
        msg = email.message.EmailMessage()
        msg["From"] = "Monitor <monitor@example.org>"
        msg["To"] = "ops@example.org, dev@example.org"
        msg["Subject"] = "certificate expires in 9 days"
        msg.set_content("shop.example: 9 days left\n.dotted line\n")
        with smtplib.SMTP("127.0.0.1", port, local_hostname="monitor.local", timeout=10) as smtp:
            code, features = smtp.ehlo()
            print("ehlo:", code, sorted(smtp.esmtp_features))
            print("help:", smtp.help())
            print("vrfy:", smtp.verify("ops@example.org"))
            print("noop:", smtp.noop())
            print("refused:", smtp.send_message(msg))
            try:
                smtp.sendmail("monitor@example.org", ["x@blocked.example"], "Subject: hi\r\n\r\nbody\r\n")
            except smtplib.SMTPDataError as exc:
                print("data error:", exc.smtp_code, exc.smtp_error)
            print("rset:", smtp.rset())
            print("raw:", smtp.docmd("BOGUS"))
    finally:
        stop.set()
        loop.join(10)
        server.close()
    for mailfrom, rcpts, data, options in server.inbox:
        print("inbox:", mailfrom, rcpts, options)
        for line in data.split(b"\r\n" if b"\r\n" in data else b"\n"):
            if line.startswith((b"Subject", b"X-Peer", b".", b"shop")):
                print("   ", line)
    print("debug stream:")
    for line in scrub(debug.getvalue(), port):
        print("   ", line[:90])


if __name__ == "__main__":
    main()
