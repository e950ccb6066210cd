# TLS client used by the interop tests. It runs unchanged under gpython-ssl
# and CPython, which is the oracle: both print one outcome line that the
# test compares.
#
#   tls_client.py HOST PORT CAFILE SERVER_HOSTNAME [--cert FILE] [--tls12]
#                 [--ciphers LIST] [--send TEXT] [--no-verify]
import socket
import ssl
import sys


def message(e):
    # str(e) without the "(file:line)" suffix, which differs by design.
    s = str(e)
    i = s.rfind(" (")
    if i > 0 and s.endswith(")"):
        s = s[:i]
    return s


def run(args):
    host, port, cafile, hostname = args[0], int(args[1]), args[2], args[3]
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    send = "hello gpython-ssl"
    i = 4
    while i < len(args):
        opt = args[i]
        if opt == "--cert":
            ctx.load_cert_chain(args[i + 1])
            i += 2
        elif opt == "--tls12":
            ctx.options |= ssl.OP_NO_TLSv1_3
            i += 1
        elif opt == "--ciphers":
            ctx.set_ciphers(args[i + 1])
            i += 2
        elif opt == "--send":
            send = args[i + 1]
            i += 2
        elif opt == "--no-verify":
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            i += 1
        else:
            raise ValueError("unknown option " + opt)
    if cafile != "-":
        ctx.load_verify_locations(cafile)
    sock = socket.create_connection((host, port), 20)
    conn = ctx.wrap_socket(sock, server_hostname=hostname)
    try:
        cipher = conn.cipher()
        cert = conn.getpeercert()
        subject = "-"
        if cert:
            for rdn in cert["subject"]:
                for pair in rdn:
                    if pair[0] == "commonName":
                        subject = pair[1]
        conn.sendall((send + "\n").encode("ascii"))
        reply = b""
        n = 0
        while reply.find(b"\n") < 0 and n < 100:
            chunk = conn.recv(1024)
            if len(chunk) == 0:
                break
            reply = reply + chunk
            n += 1
        print("OK", conn.version(), cipher[0], cipher[2], subject, reply.decode("ascii").strip())
    finally:
        conn.close()


def main():
    try:
        run(sys.argv[1:])
    except ssl.SSLCertVerificationError as e:
        print("ERR SSLCertVerificationError", e.library, e.reason, e.verify_code, e.verify_message)
    except ssl.SSLEOFError as e:
        print("ERR SSLEOFError")
    except ssl.SSLZeroReturnError as e:
        print("ERR SSLZeroReturnError")
    except ssl.SSLError as e:
        print("ERR SSLError", e.library, e.reason, message(e))
    except ConnectionResetError as e:
        print("ERR ConnectionResetError")
    except BrokenPipeError as e:
        print("ERR BrokenPipeError")
    except OSError as e:
        print("ERR OSError", e.errno)


main()
