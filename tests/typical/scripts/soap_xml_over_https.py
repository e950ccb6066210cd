"""A tiny SOAP-style XML service over HTTPS: http.server on one side,
http.client and xml.etree.ElementTree on the other."""
import http.client
import http.server
import os
import ssl
import subprocess
import tempfile
import threading
import xml.etree.ElementTree as ET

NS = "urn:example:calc"
ENV = "http://schemas.xmlsoap.org/soap/envelope/"


def make_cert(d):
    cert, key = os.path.join(d, "srv.pem"), os.path.join(d, "srv.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def envelope(op, **args):
    env = ET.Element("{%s}Envelope" % ENV)
    body = ET.SubElement(env, "{%s}Body" % ENV)
    call = ET.SubElement(body, "{%s}%s" % (NS, op))
    for k in sorted(args):
        ET.SubElement(call, "{%s}%s" % (NS, k)).text = str(args[k])
    return ET.tostring(env)


class SoapHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        action = self.headers.get("SOAPAction", "").strip('"')
        try:
            root = ET.fromstring(data)
            call = root.find("{%s}Body" % ENV)[0]
            values = {child.tag.split("}")[1]: int(child.text) for child in call}
            if action == "Add":
                result = values["a"] + values["b"]
            elif action == "Divide":
                result = values["a"] // values["b"]
            else:
                raise KeyError(action)
            status, payload = 200, envelope(action + "Response", result=result)
        except (ZeroDivisionError, KeyError, ValueError, ET.ParseError) as e:
            fault = "%s: %s" % (type(e).__name__, e)
            status, payload = 500, envelope("Fault", faultstring=fault)
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def call(conn, action, body):
    conn.request("POST", "/calc", body=body,
                 headers={"Content-Type": "text/xml", "SOAPAction": '"%s"' % action})
    resp = conn.getresponse()
    root = ET.fromstring(resp.read())
    node = root.find("{%s}Body" % ENV)[0]
    fields = {c.tag.split("}")[1]: c.text for c in node}
    return resp.status, node.tag.split("}")[1], fields


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), SoapHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            ctx = ssl.create_default_context(cafile=cert)
            conn = http.client.HTTPSConnection("localhost", httpd.server_address[1],
                                               context=ctx, timeout=10)
            cases = [("Add", envelope("Add", a=19, b=23)),
                     ("Divide", envelope("Divide", a=100, b=7)),
                     ("Divide", envelope("Divide", a=1, b=0)),
                     ("Pow", envelope("Pow", a=2, b=8)),
                     ("Add", b"<not-xml")]
            for action, body in cases:
                status, tag, fields = call(conn, action, body)
                print("%-6s -> %d %-14s %s" % (action, status, tag, sorted(fields.items())))
            conn.close()
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(10)
    ET.register_namespace("soap", ENV)
    ET.register_namespace("calc", NS)
    print(envelope("Add", a=1, b=2).decode())


main()
