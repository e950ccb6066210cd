data = b"ok\xff"
text = data.decode("utf-8")
