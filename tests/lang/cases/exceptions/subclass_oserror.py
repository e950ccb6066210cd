class DeviceError(OSError):
    pass
e = DeviceError(5, "I/O failed")
print(e.errno, e.strerror, e.filename, str(e))
print(isinstance(e, OSError), type(e).__name__)
e = DeviceError("just a message")
print(e.errno, e.strerror, str(e), e.args)
