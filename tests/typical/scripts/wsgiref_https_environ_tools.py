"""The wsgiref helpers a WSGI app behind a TLS terminator relies on: the
scheme from HTTPS=on, request and application URIs, path shifting,
response headers, and a whole app run through wsgiref's handler."""
import io
import wsgiref.handlers
import wsgiref.headers
import wsgiref.util
import wsgiref.validate


def base_environ(**extra):
    env = {}
    wsgiref.util.setup_testing_defaults(env)
    env.update(extra)
    return env


for https in ("on", "1", "yes", "off", None):
    env = {"HTTPS": https} if https is not None else {}
    print("HTTPS=%-5r guess_scheme -> %s" % (https, wsgiref.util.guess_scheme(env)))

env = base_environ(HTTPS="on", SERVER_PORT="443", HTTP_HOST="certs.example.org",
                   SCRIPT_NAME="/app", PATH_INFO="/v1/certs/web 01", QUERY_STRING="fmt=json")
env["wsgi.url_scheme"] = wsgiref.util.guess_scheme(env)
print("application_uri:", wsgiref.util.application_uri(env))
print("request_uri:", wsgiref.util.request_uri(env))
print("request_uri no query:", wsgiref.util.request_uri(env, include_query=False))
env2 = dict(env)
del env2["HTTP_HOST"]
env2["SERVER_NAME"], env2["SERVER_PORT"] = "10.0.0.5", "8443"
print("without Host:", wsgiref.util.application_uri(env2))
env3 = dict(env2, SERVER_PORT="443")
print("default port dropped:", wsgiref.util.application_uri(env3))
shifting = dict(env)
for _ in range(5):
    segment = wsgiref.util.shift_path_info(shifting)
    print("shift -> %r script=%r path=%r" % (segment, shifting["SCRIPT_NAME"], shifting["PATH_INFO"]))
print("hop-by-hop:", [h for h in ("Connection", "Keep-Alive", "Content-Type", "Upgrade") if wsgiref.util.is_hop_by_hop(h)])
print("testing defaults:", sorted(k for k in base_environ() if k.startswith("wsgi."))[:4])

headers = wsgiref.headers.Headers([("Content-Type", "application/json")])
headers.add_header("Strict-Transport-Security", "max-age=31536000", includeSubDomains=None)
headers.add_header("Content-Disposition", "attachment", filename="chain.pem")
headers.setdefault("Cache-Control", "no-store")
headers["X-Frame-Options"] = "DENY"
headers["x-frame-options"] = "SAMEORIGIN"
print(len(headers), headers.keys())
print(headers.get_all("content-type"), "x-missing" in headers, headers.get("x-missing", "-"))
print(str(headers).replace("\r\n", " | "))
try:
    wsgiref.headers.Headers({"a": "b"})
except TypeError as exc:
    print("TypeError:", exc)


def app(environ, start_response):
    body = ("%s %s via %s\n" % (environ["REQUEST_METHOD"], wsgiref.util.request_uri(environ),
                                environ["wsgi.url_scheme"])).encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body))),
                              ("Strict-Transport-Security", "max-age=60")])
    return [body]


def broken(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    raise RuntimeError("backend unavailable")


for application in (app, broken):
    out, err = io.BytesIO(), io.StringIO()
    handler = wsgiref.handlers.SimpleHandler(io.BytesIO(b""), out, err, base_environ(HTTPS="on", PATH_INFO="/x", QUERY_STRING=""),
                                             multithread=False, multiprocess=False)
    handler.server_software = "CertAPI/1"
    handler.run(wsgiref.validate.validator(application))
    lines = out.getvalue().decode().split("\r\n")
    print([l for l in lines if not l.startswith("Date:")])
    print("stderr last line:", err.getvalue().strip().splitlines()[-1:] if err.getvalue() else [])

print(wsgiref.util.FileWrapper(io.BytesIO(b"abcdefgh"), 3).__next__())
print(list(wsgiref.util.FileWrapper(io.BytesIO(b"abcdefgh"), 3)))
