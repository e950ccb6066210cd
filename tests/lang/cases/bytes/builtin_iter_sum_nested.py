rows = [b"\x01\x02", b"\x03", b""]
print(sum(sum(r) for r in rows), [len(r) for r in rows if r], max(rows))
