# -*- coding: gbk -*-
# A source file in GBK: the uncaught traceback shows its line decoded, as
# CPython reads a declared encoding for the traceback too.
def fail(msg):
    raise RuntimeError(msg + "丂儀")

print("中文")
fail("错误: ")
