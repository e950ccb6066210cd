"""UDP telemetry: sensors send binary records packed with struct to a
collector over UDP on 127.0.0.1; the collector validates checksums,
aggregates with collections, answers with packed acks, and reports
malformed packets (struct.error)."""
import collections
import socket
import struct
import threading
import zlib

HEADER = struct.Struct("!4sBHI")      # magic, version, sensor id, sequence
READING = struct.Struct("!hHf")       # temperature*100, humidity*10, voltage
TRAILER = struct.Struct("!I")         # crc32 of the rest
ACK = struct.Struct("!HIB")


class Record(collections.namedtuple("Record", "sensor seq temp humidity volts")):
    __slots__ = ()

    def __str__(self):
        return "sensor %d #%d: %.2f C, %.1f%%, %.3f V" % self


def encode(sensor, seq, readings):
    body = HEADER.pack(b"TLMY", 1, sensor, seq)
    for temp, hum, volts in readings:
        body += READING.pack(int(round(temp * 100)), int(round(hum * 10)), volts)
    return body + TRAILER.pack(zlib.crc32(body) & 0xFFFFFFFF)


def decode(packet):
    body, (crc,) = packet[:-4], TRAILER.unpack(packet[-4:])
    if zlib.crc32(body) & 0xFFFFFFFF != crc:
        raise ValueError("bad checksum %08x" % crc)
    magic, version, sensor, seq = HEADER.unpack_from(body)
    if magic != b"TLMY":
        raise ValueError("bad magic %r" % magic)
    records = []
    for temp, hum, volts in READING.iter_unpack(body[HEADER.size:]):
        records.append(Record(sensor, seq, temp / 100, hum / 10, round(volts, 3)))
    return records


def collector(sock, expected, stats, records, errors):
    while stats["packets"] + stats["bad"] < expected:
        data, addr = sock.recvfrom(2048)
        try:
            recs = decode(data)
        except (ValueError, struct.error) as e:
            stats["bad"] += 1
            errors.append("%s: %s" % (type(e).__name__, e))
            sock.sendto(ACK.pack(0, 0, 1), addr)
            continue
        stats["packets"] += 1
        records.extend(recs)
        sock.sendto(ACK.pack(recs[0].sensor, recs[0].seq, 0), addr)


def main():
    srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    srv.bind(("127.0.0.1", 0))
    stats = collections.Counter()
    records, errors = [], []
    packets = [
        encode(7, 1, [(21.5, 40.2, 3.3), (21.75, 40.0, 3.29)]),
        encode(9, 1, [(-4.25, 88.8, 2.95)]),
        encode(7, 2, [(22.0, 39.5, 3.28)]),
        b"\x00\x01\x02",
        encode(9, 2, [(-3.5, 90.1, 2.9)])[:-1] + b"\x00",
        b"JUNK" + encode(3, 1, [(0, 0, 0)])[4:],
    ]
    t = threading.Thread(target=collector, args=(srv, len(packets), stats, records, errors))
    t.start()
    cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    cli.settimeout(5)
    for p in packets:
        cli.sendto(p, srv.getsockname())
        sensor, seq, status = ACK.unpack(cli.recv(64))
        print("sent %3d bytes -> ack sensor=%d seq=%d status=%s" % (len(p), sensor, seq, "ok" if status == 0 else "rejected"))
    t.join(10)
    cli.close()
    srv.close()
    print("stats:", dict(sorted(stats.items())))
    for r in sorted(records, key=lambda r: (r.sensor, r.seq)):
        print(" ", r)
    by_sensor = collections.defaultdict(list)
    for r in records:
        by_sensor[r.sensor].append(r.temp)
    for sensor, temps in sorted(by_sensor.items()):
        print("sensor {:>2}: n={} mean={:+.3f} range=[{}, {}]".format(sensor, len(temps), sum(temps) / len(temps), min(temps), max(temps)))
    print("errors:")
    for e in errors:
        print("  " + e)
    print("sizes:", HEADER.size, READING.size, TRAILER.size, struct.calcsize("@4sBHI"))
    try:
        struct.pack("!H", 70000)
    except struct.error as e:
        print("pack error:", e)


main()
