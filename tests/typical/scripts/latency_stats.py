"""Measure TLS handshakes against a local server and summarise with statistics."""
import os
import socket
import ssl
import statistics
import subprocess
import tempfile
import threading
import time

N = 8


def main():
    d = tempfile.mkdtemp()
    crt, key = os.path.join(d, "c"), os.path.join(d, "k")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(N)

    def serve():
        for _ in range(N):
            c, _ = ls.accept()
            with sctx.wrap_socket(c, server_side=True) as s:
                s.recv(1)

    th = threading.Thread(target=serve)
    th.start()
    cctx = ssl.create_default_context(cafile=crt)
    cctx.check_hostname = False
    samples = []
    for _ in range(N):
        t0 = time.perf_counter()
        with cctx.wrap_socket(socket.create_connection(ls.getsockname())) as s:
            samples.append((time.perf_counter() - t0) * 1000)
            s.send(b"x")
    th.join()
    ls.close()
    print("samples:", len(samples), all(x > 0 for x in samples))
    print("mean within range:", min(samples) <= statistics.mean(samples) <= max(samples))
    print("median within range:", min(samples) <= statistics.median(samples) <= max(samples))
    print("stdev non-negative:", statistics.stdev(samples) >= 0, statistics.pstdev(samples) >= 0)
    data = [2.5, 3.25, 5.0, 1.75, 3.25, 8.0]
    print("mean:", statistics.mean(data), "median:", statistics.median(data))
    print("median_low/high:", statistics.median_low(data), statistics.median_high(data))
    print("mode:", statistics.mode(data), statistics.mode(["tls1.3", "tls1.2", "tls1.3"]))
    print("variance: %.6f pvariance: %.6f" % (statistics.variance(data), statistics.pvariance(data)))
    print("stdev: %.6f pstdev: %.6f" % (statistics.stdev(data), statistics.pstdev(data)))
    print("ints:", statistics.mean([1, 2, 3, 4]), statistics.median([1, 3, 2]), statistics.median_grouped([1, 2, 2, 3]))
    print("harmonic:", statistics.harmonic_mean([40, 60]))
    for bad in ([], [1]):
        try:
            print(statistics.stdev(bad))
        except statistics.StatisticsError as e:
            print("StatisticsError:", e)
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    try:
        statistics.mode([1, 2])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    subprocess.call(["rm", "-rf", d])


main()
