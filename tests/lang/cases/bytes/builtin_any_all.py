print(any(b""), all(b""), any(b"\x00"), all(b"\x00\x01"), any(b"\x00\x01"), all(b"ab"))
